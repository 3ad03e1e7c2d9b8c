import WeefselCore

extension CSVFile {
    /// The tables of `files`, with every Excel workbook (`.xlsx`, recognised by its content, not its
    /// name) taken apart into one table per sheet that holds anything, named `FILE [SHEET]`, whose
    /// line numbers are the sheet's row numbers. Other files are kept as they are.
    ///
    /// - Throws: `ImportFailure` naming a workbook that cannot be read.
    static func expandingWorkbooks(_ files: [CSVFile]) throws(ImportFailure) -> [CSVFile] {
        var tables: [CSVFile] = []
        for file in files {
            guard ZipArchive.isArchive(file.bytes) else {
                tables.append(file)
                continue
            }
            let workbook: Workbook
            do {
                workbook = try Workbook(file.bytes)
            } catch {
                throw ImportFailure(problems: [
                    ImportProblem(file: file.name, line: 1, column: "-", .unreadableWorkbook(error.reason))
                ])
            }
            for sheet in workbook.sheets {
                guard let last = sheet.rows.keys.max() else { continue }
                var writer = CSVWriter()
                let width = (sheet.rows.values.compactMap { $0.keys.max() }.max() ?? 0) + 1
                for number in 1...last {
                    // Empty rows stay as blank lines, so that a problem's line is the sheet's row.
                    if let cells = sheet.rows[number] {
                        writer.append((0..<width).map { cells[$0] ?? "" })
                    } else {
                        writer.endRecord()
                    }
                }
                tables.append(
                    CSVFile(
                        name: "\(file.name) [\(sheet.name)]", bytes: writer.bytes, kind: file.kind,
                        keepsOwnColumns: file.keepsOwnColumns))
            }
        }
        return tables
    }
}
