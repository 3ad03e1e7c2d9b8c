/// Which table a CSV file holds. Each table has its canonical columns in order, and a few of them
/// are required.
public enum CSVTableKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// People and organisations, with their household and address.
    case nodes
    /// Ties between nodes.
    case ties

    /// Every column in the order export writes them.
    public var columns: [CSVColumn] {
        switch self {
        case .nodes:
            [
                .id, .kind, .name, .household, .street, .houseNumber, .postcode, .birthYear, .roles, .languages,
                .skills, .interests, .wijk, .consent, .latitude, .longitude,
            ]
        case .ties:
            [.source, .target, .kind, .strength, .since, .until, .recordedBy, .note]
        }
    }

    /// The columns every file of this table must have.
    public var requiredColumns: [CSVColumn] {
        switch self {
        case .nodes: [.id, .kind, .name]
        case .ties: [.source, .target, .kind]
        }
    }

    /// The canonical file name, `nodes.csv` or `ties.csv`.
    public var fileName: String { rawValue + ".csv" }

    public var description: String { rawValue }

    /// The column of this table a header cell names, if any.
    public func column(named header: String) -> CSVColumn? {
        let key = CSVColumn.normalise(header)
        return columns.first { $0.name == key || $0.aliases.contains(key) }
    }

    /// The table a header row belongs to.
    ///
    /// A table whose required columns are all present wins; otherwise the table with the most of its
    /// required columns present, if that is at least two and no other table ties with it (so that a
    /// file missing one required column is still reported as that table's file, with the missing
    /// column named). Returns `nil` when the header fits no table.
    /// - Complexity: O(*tables* × *columns* × *header cells*).
    public static func detect(header: [String]) -> CSVTableKind? {
        var best: (table: CSVTableKind, present: Int)?
        var tied = false
        for table in allCases {
            let present = table.requiredColumns.filter { column in
                header.contains { table.column(named: $0) == column }
            }.count
            if present == table.requiredColumns.count { return table }
            if let current = best, present == current.present {
                tied = true
            } else if present > (best?.present ?? 0) {
                best = (table, present)
                tied = false
            }
        }
        guard let best, best.present >= 2, !tied else { return nil }
        return best.table
    }
}
