import Foundation
import WeefselGraph

/// What a person form holds, as typed: kept as text so that a form shown again (after a warning
/// or a mistake) shows exactly what the worker typed.
struct PersonFormValues {
    var kind = Node.Kind.resident.rawValue
    var name = ""
    var birthYear = ""
    var roles: [String] = []
    var languages = ""
    var skills = ""
    var interests = ""
    var wijk = ""
    var household = ""
    var householdAddress = ""
    var street = ""
    var number = ""
    var postcode = ""
    var latitude = ""
    var longitude = ""

    init() {}

    init(_ form: Form) {
        kind = form["kind"] ?? kind
        name = form["name"] ?? ""
        birthYear = form["birthYear"] ?? ""
        roles = (form.fields["roles"] ?? []).filter { !$0.isEmpty }
        languages = form["languages"] ?? ""
        skills = form["skills"] ?? ""
        interests = form["interests"] ?? ""
        wijk = form["wijk"] ?? ""
        household = form["household"] ?? ""
        street = form["street"] ?? ""
        number = form["number"] ?? ""
        postcode = form["postcode"] ?? ""
        latitude = form["latitude"] ?? ""
        longitude = form["longitude"] ?? ""
    }

    init(_ node: Node, household: Household?) {
        kind = node.kind.rawValue
        name = node.name
        birthYear = node.birthYear.map(String.init) ?? ""
        roles = node.roles.map(\.rawValue)
        languages = node.languages.joined(separator: ", ")
        skills = node.skills.joined(separator: ", ")
        interests = node.interests.joined(separator: ", ")
        wijk = node.wijk ?? household?.wijk ?? ""
        householdAddress = household?.address ?? ""
    }

    var shown: [String: Any] {
        [
            "name": name, "birthYear": birthYear, "languages": languages, "skills": skills, "interests": interests,
            "household": household, "householdAddress": householdAddress.nonEmpty as Any, "street": street,
            "number": number,
            "postcode": postcode,
        ]
    }

    /// The node the form describes, under `id`.
    func node(id: Node.ID, view: PageView) throws(ServiceError) -> Node {
        guard let kind = Node.Kind(parsing: kind) else {
            throw .badRequest(view.text("form_nodeKind"), field: "kind")
        }
        var year: Int?
        if let text = birthYear.nonEmpty {
            guard let parsed = Int(text), (1900...2100).contains(parsed) else {
                throw .badRequest(view.text("form_birthYear"), field: "birthYear")
            }
            year = parsed
        }
        var parsedRoles: Set<Node.Role> = []
        for role in roles {
            guard let parsed = Node.Role(parsing: role) else {
                throw .badRequest(view.text("form_role"), field: "roles")
            }
            parsedRoles.insert(parsed)
        }
        guard let name = name.nonEmpty else { throw .badRequest(view.text("form_required"), field: "name") }
        return Node(
            id: id, kind: kind, name: name, roles: parsedRoles, birthYear: year, languages: Self.items(languages),
            skills: Self.items(skills), interests: Self.items(interests), wijk: wijk.nonEmpty)
    }

    /// The household of the address fields, under `id`.
    func newHousehold(id: Household.ID, view: PageView) throws(ServiceError) -> Household {
        guard let street = street.nonEmpty else { throw .badRequest(view.text("form_required"), field: "street") }
        return Household(
            id: id, street: street, houseNumber: number.nonEmpty, postcode: postcode.nonEmpty.map(Self.postcode),
            wijk: wijk.nonEmpty, latitude: try Self.coordinate(latitude, field: "latitude", within: -90...90, view),
            longitude: try Self.coordinate(longitude, field: "longitude", within: -180...180, view))
    }

    /// A list typed as `Turks, Nederlands` (commas or semicolons), without empty items or repeats.
    static func items(_ text: String) -> [String] {
        var seen: Set<String> = []
        return text.split(whereSeparator: { $0 == "," || $0 == ";" }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }

    /// A postcode as Dutch letters write it: `1234 AB`, whether typed `1234ab` or `1234 AB`.
    static func postcode(_ text: String) -> String {
        let compact = text.uppercased().filter { !$0.isWhitespace }
        guard compact.count == 6, compact.prefix(4).allSatisfy(\.isNumber), compact.suffix(2).allSatisfy(\.isLetter)
        else { return text }
        return compact.prefix(4) + " " + compact.suffix(2)
    }

    /// A coordinate typed with a decimal comma or point; nil when empty.
    static func coordinate(_ text: String, field: String, within range: ClosedRange<Double>, _ view: PageView)
        throws(ServiceError) -> Double?
    {
        guard let text = text.nonEmpty else { return nil }
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), range.contains(value) else {
            throw .badRequest(view.text("form_coordinate"), field: field)
        }
        return value
    }
}

extension String {
    /// The text trimmed, or nil when nothing is left.
    var nonEmpty: String? {
        let trimmed = trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
