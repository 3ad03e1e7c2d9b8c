import Foundation
import WeefselGraph

extension NeighbourhoodRecords {
    /// A free code for a new node of `kind`, in the style the neighbourhood already uses: the
    /// most common stem of that kind's codes (`P` in `P000412`, `DM-P` in `DM-P000412`) followed
    /// by the next number, as wide as the widest code with that stem. A first node of its kind
    /// gets `P000001`, `A0001` or `W0001`.
    ///
    /// A worker in the browser never invents a code; two workers adding at the same moment can
    /// draw the same one, and the second add is then refused as taken, never overwritten.
    public func newID(for kind: Node.Kind, by actor: Actor) throws -> Node.ID {
        try requireRecordKeeper(actor)
        let letter = Self.codeLetter(of: kind)
        let codes = try neighbourhood.nodes(kind: nil, wijk: nil, matching: nil)
            .filter { Self.codeLetter(of: $0.kind) == letter }.map(\.id.rawValue)
        return Node.ID(Self.nextCode(after: codes, letter: letter, width: kind.isPersonKind ? 6 : 4))
    }

    /// A free code for a new household, as ``newID(for:by:)`` does for persons (`H0001`).
    public func newHouseholdID(by actor: Actor) throws -> Household.ID {
        try requireRecordKeeper(actor)
        return Household.ID(
            Self.nextCode(after: try neighbourhood.households(wijk: nil).map(\.id.rawValue), letter: "H", width: 4))
    }

    /// Changes a household's address, postcode, wijk or coordinates; its members move with it
    /// into a new wijk, which must be one of the actor's.
    ///
    /// - Throws: `Problem.notFound` for a household out of sight or without members,
    ///   `Problem.outsideYourWijken` for a wijk the actor does not work in.
    public func update(_ household: Household, by actor: Actor) throws {
        try requireRecordKeeper(actor)
        try Self.checkText(of: nil, household: household)
        let (_, members) = try self.household(household.id, for: actor)
        guard var first = members.first else { throw Problem.notFound(household.id.rawValue) }
        let visibility = Visibility(actor)
        guard visibility.sees(wijk: household.wijk) else { throw Problem.outsideYourWijken(visibility.wijken ?? []) }
        first.wijk = household.wijk ?? first.wijk
        try neighbourhood.update(first, household: household, audit: actor.auditContext)
    }

    /// The persons in the actor's sight who may be `node` recorded a second time: the same name
    /// (case and accents folded) living at the same address or in the same household. The
    /// browser warns with them before adding or changing a person.
    public func lookalikes(of node: Node, at household: Household?, for actor: Actor) throws -> [Node] {
        let name = PersonSearch.fold(node.name).split(separator: " ").joined(separator: " ")
        guard !name.isEmpty else { return [] }
        let address = household.map(Self.addressKey)
        let visibility = Visibility(actor)
        return try neighbourhood.nodes(kind: nil, wijk: nil, matching: nil).filter { other in
            guard other.id != node.id,
                PersonSearch.fold(other.name).split(separator: " ").joined(separator: " ") == name
            else { return false }
            let home = try other.household.flatMap { try neighbourhood.household($0) }
            guard visibility.sees(other, household: home) else { return false }
            if let household, other.household == household.id { return true }
            guard let address, !address.isEmpty, let home else { return false }
            return Self.addressKey(home) == address
        }.sorted { $0.id < $1.id }
    }

    /// Street, number and postcode folded, spaces left out: "Mussenweg 39, 1234 AB" = "mussenweg391234ab".
    private static func addressKey(_ household: Household) -> String {
        [household.street, household.houseNumber].compactMap { $0 }.map {
            PersonSearch.fold($0).filter { !$0.isWhitespace }
        }.joined()
    }

    /// The letter of a kind's codes: `P` for people, `A` for associations, `W` for professionals.
    static func codeLetter(of kind: Node.Kind) -> String {
        switch kind {
        case .resident, .volunteer: "P"
        case .association: "A"
        case .professional: "W"
        }
    }

    /// The next code after `codes`: their most common stem ending in `letter` (ties broken by
    /// the stem itself), the highest number with that stem plus one, zero-padded to the widest.
    static func nextCode(after codes: [String], letter: String, width: Int) -> String {
        var stems: [String: (count: Int, highest: Int, width: Int)] = [:]
        for code in codes {
            let digits = code.reversed().prefix(while: \.isASCIIDigitCharacter)
            guard !digits.isEmpty, digits.count <= 12, let number = Int(String(digits.reversed())) else { continue }
            let stem = String(code.dropLast(digits.count))
            guard stem.hasSuffix(letter) || stem.hasSuffix(letter + "-") else { continue }
            let known = stems[stem] ?? (0, 0, 0)
            stems[stem] = (known.count + 1, max(known.highest, number), max(known.width, digits.count))
        }
        guard let (stem, found) = stems.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }) else {
            return letter + String(repeating: "0", count: width - 1) + "1"
        }
        let number = String(found.highest + 1)
        return stem + String(repeating: "0", count: max(0, found.width - number.count)) + number
    }
}

extension Node.Kind {
    /// Residents and volunteers: the people of the neighbourhood, as opposed to its organisations.
    var isPersonKind: Bool { self == .resident || self == .volunteer }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isWholeNumber }
}
