/// The header row of a CSV file read as one table: which field holds which column.
public struct CSVHeader: Sendable {
    public let table: CSVTableKind
    /// The header cells as the file writes them.
    public let names: [String]
    /// The column each field holds, `nil` under an empty header cell.
    public let columns: [CSVColumn?]
    /// The line the header is on.
    public let line: Int
    /// The header cells that name no column of the table: kept out of the import.
    public var leftOut: [String] = []

    /// Reads a header row for `table`, reporting repeated and missing required columns; columns the
    /// table does not know are left out (``leftOut``).
    /// - Complexity: O(*header cells* × *columns*).
    public static func read(
        _ record: CSVRecord, as table: CSVTableKind, file: String
    ) -> (header: CSVHeader, problems: [ImportProblem]) {
        var problems: [ImportProblem] = []
        var columns: [CSVColumn?] = []
        var seen: [CSVColumn: String] = [:]
        var leftOut: [String] = []
        for name in record.fields {
            guard !name.isEmpty else {
                columns.append(nil)
                continue
            }
            guard let column = table.column(named: name) else {
                // A partner's own column (a phone number, an e-mail address) is no error: it is left
                // out, and the import says so.
                leftOut.append(name)
                columns.append(nil)
                continue
            }
            if let earlier = seen[column] {
                problems.append(
                    ImportProblem(
                        file: file, line: record.line, column: name,
                        .duplicateColumn(column.description, earlier: earlier)))
                columns.append(nil)
                continue
            }
            seen[column] = name
            columns.append(column)
        }
        for column in table.requiredColumns where seen[column] == nil {
            problems.append(
                ImportProblem(
                    file: file, line: record.line, column: column.name,
                    .missingColumn(column.description, table: table.description)))
        }
        return (
            CSVHeader(table: table, names: record.fields, columns: columns, line: record.line, leftOut: leftOut),
            problems
        )
    }

    /// The position of a column's field, if the file has that column.
    public func index(of column: CSVColumn) -> Int? {
        columns.firstIndex(of: column)
    }

    /// The header of the field at `index` as the file writes it, or `-` beyond the header.
    public func name(ofField index: Int) -> String {
        names.indices.contains(index) && !names[index].isEmpty ? names[index] : "-"
    }

    /// Problems with the shape of a record: a field count that differs from the header, or a value
    /// under an empty header cell. (A value under a column left out is no problem.)
    public func shapeProblems(of record: CSVRecord, file: String) -> [ImportProblem] {
        guard record.fields.count == names.count else {
            return [
                ImportProblem(
                    file: file, line: record.line,
                    .fieldCount(record.fields.count, expected: names.count))
            ]
        }
        var problems: [ImportProblem] = []
        for (index, column) in columns.enumerated() where column == nil && !record.fields[index].isEmpty {
            if names[index].isEmpty {
                problems.append(
                    ImportProblem(
                        file: file, line: record.line, column: "-",
                        .valueWithoutHeader(field: index + 1)))
            }
        }
        return problems
    }
}
