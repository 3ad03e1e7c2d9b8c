import WeefselGraph

extension NeighbourhoodCSV {
    /// Writes a neighbourhood as canonical `nodes.csv` and `ties.csv` text.
    ///
    /// Every column is written, an empty cell stands for no value, nodes are sorted by id and ties by
    /// their undirected key; a node's household address comes from its household. Values that look
    /// like formulas are protected (see `CSVWriter`). Importing the result gives the same
    /// neighbourhood, as long as it is one the format can hold: households with at least one member, a member's `wijk` equal to its household's, list items without `|` or
    /// surrounding spaces, and no empty strings where a value is optional.
    /// - Complexity: O(*n* log *n*) for sorting, otherwise linear in the size of the output.
    ///
    /// The persons' own fields (`ownFields`, the columns of partners' files that no table knows)
    /// follow the canonical columns, one column per name in alphabetical order, so that they come
    /// back to the partner and import again as they were.
    public static func export(_ neighbourhood: Neighbourhood, ownFields: [Node.ID: [String: String]] = [:]) -> (
        nodes: String, ties: String
    ) {
        (exportNodes(neighbourhood, ownFields: ownFields).text, exportTies(neighbourhood.ties).text)
    }

    /// The nodes as canonical `nodes.csv`, as UTF-8 bytes.
    static func exportNodes(_ neighbourhood: Neighbourhood, ownFields: [Node.ID: [String: String]] = [:]) -> CSVWriter {
        let ownColumns = Set(ownFields.values.flatMap(\.keys)).sorted()
        var households: [Household.ID: Household] = [:]
        for household in neighbourhood.households where households[household.id] == nil {
            households[household.id] = household
        }
        var writer = CSVWriter()
        writer.reserveCapacity(neighbourhood.nodes.count * 96)
        writer.append(CSVTableKind.nodes.columns.map(\.name) + ownColumns)
        let nodes = neighbourhood.nodes
        var order = nodes.indices.map { (id: nodes[$0].id.rawValue, index: $0) }
        order.sort { $0.id < $1.id }
        for (_, index) in order {
            let node = nodes[index]
            let household = node.household.flatMap { households[$0] }
            writer.appendField(node.id.rawValue)
            writer.appendField(node.kind.rawValue)
            writer.appendField(node.name)
            writer.appendField(node.household?.rawValue ?? "")
            writer.appendField(household?.street ?? "")
            writer.appendField(household?.houseNumber ?? "")
            writer.appendField(household?.postcode ?? "")
            if let birthYear = node.birthYear { writer.appendField(birthYear) } else { writer.appendField("") }
            writer.appendField(node.roles.isEmpty ? "" : node.roles.sorted().map(\.rawValue).joined(separator: "|"))
            writer.appendField(node.languages.joined(separator: "|"))
            writer.appendField(node.skills.joined(separator: "|"))
            writer.appendField(node.interests.joined(separator: "|"))
            writer.appendField(node.wijk ?? "")
            writer.appendField(node.consent.isEmpty ? "" : node.consent.sorted().map(\.rawValue).joined(separator: "|"))
            writer.appendField(household?.latitude.map(Self.degrees) ?? "")
            writer.appendField(household?.longitude.map(Self.degrees) ?? "")
            if !ownColumns.isEmpty {
                let own = ownFields[node.id] ?? [:]
                for column in ownColumns { writer.appendField(own[column] ?? "") }
            }
            writer.endRecord()
        }
        return writer
    }

    /// Degrees as the shortest text that reads back to the same number.
    static func degrees(_ value: Double) -> String { "\(value)" }

    /// The ties as canonical `ties.csv`, as UTF-8 bytes.
    static func exportTies(_ ties: [Tie]) -> CSVWriter {
        var writer = CSVWriter()
        writer.reserveCapacity(ties.count * 48)
        writer.append(CSVTableKind.ties.columns.map(\.name))
        // Sorting small keys with an index moves far less than sorting the ties themselves.
        var kindOrder: [Tie.Kind: Int] = [:]
        for (position, kind) in Tie.Kind.allCases.enumerated() { kindOrder[kind] = position }
        var order = ties.indices.map { index in
            let key = ties[index].key
            return (low: key.low.rawValue, high: key.high.rawValue, kind: kindOrder[key.kind] ?? 0, index: index)
        }
        order.sort { ($0.low, $0.high, $0.kind) < ($1.low, $1.high, $1.kind) }
        for entry in order {
            let tie = ties[entry.index]
            writer.appendField(tie.source.rawValue)
            writer.appendField(tie.target.rawValue)
            writer.appendField(tie.kind.rawValue)
            writer.appendField(tie.strength.rawValue)
            writer.appendField(tie.since?.description ?? "")
            writer.appendField(tie.until?.description ?? "")
            writer.appendField(tie.recordedBy ?? "")
            writer.appendField(tie.note ?? "")
            writer.endRecord()
        }
        return writer
    }
}
