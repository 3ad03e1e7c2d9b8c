import WeefselGraph

/// A node as `node list --json` prints it: `id`, `kind`, `name`, `household` and the other fields,
/// lists sorted.
struct NodeRow: Encodable {
    let id: String
    let kind: String
    let name: String
    let household: String?
    let roles: [String]
    let birthYear: Int?
    let languages: [String]
    let skills: [String]
    let interests: [String]
    let wijk: String?
    let consent: [String]

    init(_ node: Node) {
        id = node.id.rawValue
        kind = node.kind.rawValue
        name = node.name
        household = node.household?.rawValue
        roles = node.roles.sorted().map(\.rawValue)
        birthYear = node.birthYear
        languages = node.languages
        skills = node.skills
        interests = node.interests
        wijk = node.wijk
        consent = node.consent.sorted().map(\.rawValue)
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, name, household, roles, languages, skills, interests, wijk, consent
        case birthYear = "birth_year"
    }
}

/// One node with its household and ties, for `node show`.
struct NodeDetail: Encodable {
    let node: NodeRow
    let address: String?
    let ties: [TieEntry]
    private let tieLines: [String]

    init(node: Node, household: Household?, ties: [Tie]) {
        self.node = NodeRow(node)
        address = household.map(\.address)
        self.ties = ties.map(TieEntry.init)
        tieLines = ties.map { tie in
            let other = tie.source == node.id ? tie.target : tie.source
            return "  \(tie.kind.dutchName) met \(other) (sterkte \(tie.strength.rawValue)"
                + (tie.since.map { ", sinds \($0)" } ?? "") + ")"
        }
    }

    enum CodingKeys: String, CodingKey { case node, address, ties }

    var text: String {
        var lines = ["\(node.name) (\(node.id), \(Node.Kind(rawValue: node.kind)?.dutchName ?? node.kind))"]
        if let household = node.household {
            lines.append("huishouden: \(household)" + (address.map { ", \($0)" } ?? ""))
        }
        if let year = node.birthYear { lines.append("geboortejaar: \(year)") }
        if !node.roles.isEmpty { lines.append("rollen: \(node.roles.joined(separator: ", "))") }
        if !node.languages.isEmpty { lines.append("talen: \(node.languages.joined(separator: ", "))") }
        if !node.skills.isEmpty { lines.append("talenten: \(node.skills.joined(separator: ", "))") }
        if !node.interests.isEmpty { lines.append("interesses: \(node.interests.joined(separator: ", "))") }
        if let wijk = node.wijk { lines.append("wijk: \(wijk)") }
        lines.append("toestemming: " + (node.consent.isEmpty ? "geen" : node.consent.joined(separator: ", ")))
        lines.append("banden (\(ties.count)):")
        lines.append(contentsOf: tieLines)
        return lines.joined(separator: "\n")
    }
}
