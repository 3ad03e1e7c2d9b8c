import ArgumentParser
import Foundation
import WeefselCore
import WeefselGraph
import WeefselStore

struct NodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "node",
        abstract: "Add, show, list, edit or remove persons and organisations.",
        subcommands: [Add.self, Show.self, List.self, Edit.self, Move.self, Remove.self]
    )

    /// The fields of a node that `add` and `edit` take.
    struct Fields: ParsableArguments {
        @Option(help: "resident, volunteer, association or professional (Dutch names too).") var kind: Node.Kind?
        @Option(help: "The name as the team writes it.") var name: String?
        @Option(help: "The household's id.") var household: String?
        @Option(help: "The household's street (creates or updates the household).") var street: String?
        @Option(name: .customLong("house-number")) var houseNumber: String?
        @Option var postcode: String?
        @Option(name: .customLong("birth-year")) var birthYear: Int?
        @Option(help: "Roles, e.g. volunteer,parent.") var roles: ListArgument?
        @Option(help: "Languages, e.g. nl,tr.") var languages: ListArgument?
        @Option(help: "Skills and talents, e.g. administratie,koken.") var skills: ListArgument?
        @Option var interests: ListArgument?
        @Option var wijk: String?
        @Option(help: "Purposes consented to: matching, maps, sharing.") var consent: ListArgument?

        /// Applies the given fields to `node`.
        func apply(to node: inout Node) throws {
            if let kind { node.kind = kind }
            if let name { node.name = name }
            if let household { node.household = household.isEmpty ? nil : Household.ID(household) }
            if let birthYear { node.birthYear = birthYear }
            if let roles {
                node.roles = Set(
                    try roles.items.map { item in
                        guard let role = Node.Role(parsing: item) else {
                            throw ValidationError(
                                "unknown role '\(item)' (expected \(Node.Role.allCases.map(\.rawValue).joined(separator: ", ")))"
                            )
                        }
                        return role
                    })
            }
            if let languages { node.languages = languages.items }
            if let skills { node.skills = skills.items }
            if let interests { node.interests = interests.items }
            if let wijk { node.wijk = wijk.isEmpty ? nil : wijk }
            if let consent {
                node.consent = Set(
                    try consent.items.map { item in
                        guard let purpose = Consent.Purpose(parsing: item) else {
                            throw ValidationError(
                                "unknown consent purpose '\(item)' (expected matching, maps, sharing)")
                        }
                        return purpose
                    })
            }
        }

        /// The household to create or update, when address fields were given.
        func household(for node: Node, existing: Household?) throws -> Household? {
            guard street != nil || houseNumber != nil || postcode != nil else { return nil }
            guard let id = node.household else {
                throw ValidationError("--street, --house-number and --postcode need --household")
            }
            var household = existing ?? Household(id: id, wijk: node.wijk)
            if let street { household.street = street }
            if let houseNumber { household.houseNumber = houseNumber }
            if let postcode { household.postcode = postcode }
            return household
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a person or organisation.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The new node's id, e.g. P0413.") var id: String
        @OptionGroup var fields: Fields

        func validate() throws {
            guard fields.kind != nil else { throw ValidationError("--kind is required") }
            guard let name = fields.name, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("--name is required and must not be empty")
            }
        }

        func run() async throws {
            let store = try global.openStore()
            var node = Node(id: Node.ID(id), kind: .resident, name: "")
            try fields.apply(to: &node)
            let existing = try node.household.flatMap { try store.neighbourhood.household($0) }
            try Core(repositories: store.repositories).records.add(
                node, household: try fields.household(for: node, existing: existing), by: global.actor)
            print("Added \(node.kind.dutchName) \(node.id).")
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a person or organisation and their ties.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument var id: String

        func run() async throws {
            let records = try global.openCore(.readOnly).records
            let (node, household) = try records.node(Node.ID(id), for: global.actor)
            let ties = try records.ties(of: node.id, for: global.actor).map(\.tie)
            let detail = NodeDetail(node: node, household: household, ties: ties)
            try await global.recordRead(.read, of: [node.id] + ties.flatMap { [$0.source, $0.target] })
            if output.json { return try Console.json(detail) }
            print(detail.text)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List persons and organisations, sorted by id.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Only this kind.") var kind: Node.Kind?
        @Option(help: "Only this wijk.") var wijk: String?
        @Option(help: "Only those found by these words (name, address, postcode or id), best first.")
        var search: String?

        func run() async throws {
            let records = try global.openCore(.readOnly).records
            let found =
                try search.map { text in
                    try records.search(text, kind: kind, limit: .max, for: global.actor).hits.map(\.node)
                } ?? records.nodes(kind: kind, for: global.actor)
            let nodes = found.filter { wijk == nil || $0.wijk == wijk }
            try await global.recordRead(.search, of: nodes.map(\.id))
            if output.json { return try Console.json(nodes.map(NodeRow.init)) }
            Console.table(
                ["id", "soort", "naam", "huishouden"],
                nodes.map { [$0.id.rawValue, $0.kind.dutchName, $0.name, $0.household?.rawValue ?? "-"] }
            )
            print("\(nodes.count) gevonden")
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change fields of a person or organisation.")
        @OptionGroup var global: GlobalOptions
        @Argument var id: String
        @OptionGroup var fields: Fields

        func run() async throws {
            let store = try global.openStore()
            let core = Core(repositories: store.repositories)
            guard var node = try store.neighbourhood.node(Node.ID(id)) else {
                throw StoreError.unknownNode(Node.ID(id))
            }
            let consented = node.consent
            try fields.apply(to: &node)
            // Consent changes are decisions with a day and a history, as on the person's page.
            let wanted = node.consent
            node.consent = consented
            let existing = try node.household.flatMap { try store.neighbourhood.household($0) }
            try core.records.update(
                node, household: try fields.household(for: node, existing: existing), by: global.actor)
            let changes = wanted.symmetricDifference(consented).sorted()
            for purpose in changes {
                _ = try core.privacy.recordConsent(
                    purpose, given: wanted.contains(purpose), on: Day.today, today: Day.today, for: node.id,
                    by: global.actor)
            }
            print("Updated \(node.id).")
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a person or organisation and their ties.")
        @OptionGroup var global: GlobalOptions
        @Argument var id: String

        func run() async throws {
            let ties = try global.openCore().records.remove(Node.ID(id), by: global.actor)
            print("Removed \(id) and \(ties) tie\(ties == 1 ? "" : "s").")
        }
    }

    struct Move: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move a person to another household (new or existing); their wijk becomes the household's.")
        @OptionGroup var global: GlobalOptions
        @Argument var id: String
        @Option(help: "The household they move to.") var household: String
        @Option(help: "The household's street (for a new household, or to correct it).") var street: String?
        @Option(name: .customLong("house-number")) var houseNumber: String?
        @Option var postcode: String?
        @Option(help: "The household's wijk (for a new household, or when the address moves to another wijk).")
        var wijk: String?

        func run() async throws {
            guard !household.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("--household must not be empty")
            }
            let home = Household(
                id: Household.ID(household), street: street, houseNumber: houseNumber, postcode: postcode, wijk: wijk)
            try global.openCore().records.move(Node.ID(id), to: home, by: global.actor)
            print("Moved \(id) to household \(household).")
        }
    }
}
