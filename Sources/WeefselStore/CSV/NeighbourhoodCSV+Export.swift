import WeefselGraph

extension NeighbourhoodCSV {
    /// Writes a neighbourhood as canonical `nodes.csv` and `ties.csv` text.
    ///
    /// Every column is written, an empty cell stands for no value, nodes are sorted by id and ties by
    /// their undirected key; a node's household address comes from its household. Values that look
    /// like formulas are protected (see `CSVWriter`). Importing the result gives the same
    /// neighbourhood, as long as it is one the format can hold: households with at least one member
    /// and without coordinates, a member's `wijk` equal to its household's, list items without `|` or
    /// surrounding spaces, and no empty strings where a value is optional.
    /// - Complexity: O(*n* log *n*) for sorting, otherwise linear in the size of the output.
    public static func export(_ neighbourhood: Neighbourhood) -> (nodes: String, ties: String) {
        (exportNodes(neighbourhood), exportTies(neighbourhood.ties))
    }

    private static func exportNodes(_ neighbourhood: Neighbourhood) -> String {
        var households: [Household.ID: Household] = [:]
        for household in neighbourhood.households where households[household.id] == nil {
            households[household.id] = household
        }
        var writer = CSVWriter()
        writer.append(CSVTableKind.nodes.columns.map(\.name))
        for node in neighbourhood.nodes.sorted(by: { $0.id < $1.id }) {
            let household = node.household.flatMap { households[$0] }
            writer.append([
                node.id.rawValue,
                node.kind.rawValue,
                node.name,
                node.household?.rawValue ?? "",
                household?.street ?? "",
                household?.houseNumber ?? "",
                household?.postcode ?? "",
                node.birthYear.map(String.init) ?? "",
                node.roles.sorted().map(\.rawValue).joined(separator: "|"),
                node.languages.joined(separator: "|"),
                node.skills.joined(separator: "|"),
                node.interests.joined(separator: "|"),
                node.wijk ?? "",
                node.consent.sorted().map(\.rawValue).joined(separator: "|"),
            ])
        }
        return writer.text
    }

    private static func exportTies(_ ties: [Tie]) -> String {
        var writer = CSVWriter()
        writer.append(CSVTableKind.ties.columns.map(\.name))
        for tie in ties.sorted(by: { $0.key < $1.key }) {
            writer.append([
                tie.source.rawValue,
                tie.target.rawValue,
                tie.kind.rawValue,
                String(tie.strength.rawValue),
                tie.since?.description ?? "",
                tie.until?.description ?? "",
                tie.recordedBy ?? "",
                tie.note ?? "",
            ])
        }
        return writer.text
    }
}
