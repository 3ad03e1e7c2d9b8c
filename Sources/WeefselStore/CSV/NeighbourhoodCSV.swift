import WeefselGraph

/// One file handed to an import: its name (for messages), its bytes, and optionally which table it
/// holds (otherwise the header tells).
public struct CSVFile: Sendable {
    public var name: String
    public var bytes: [UInt8]
    public var kind: CSVTableKind?
    /// Whether the columns of a nodes file that no table knows are kept as own fields.
    public var keepsOwnColumns: Bool

    public init(name: String, bytes: [UInt8], kind: CSVTableKind? = nil, keepsOwnColumns: Bool = true) {
        self.name = name
        self.bytes = bytes
        self.kind = kind
        self.keepsOwnColumns = keepsOwnColumns
    }
}

/// Reads and writes a neighbourhood as `nodes.csv` and `ties.csv`.
///
/// Import is all or nothing: any problem refuses the whole import and every problem found is
/// reported with its file, line and column. Households are derived from the node rows (the household
/// id and address columns). Export writes the canonical format, which imports back to the same data.
public enum NeighbourhoodCSV {
    /// The tables a neighbourhood import reads, in the order it reads them.
    public static let tables: [CSVTableKind] = [.nodes, .ties]

    /// Reads nodes and ties files into a neighbourhood.
    ///
    /// Nodes files are read before ties files, whatever their order. Nodes, households and ties come
    /// out in the order of the files (households in the order they first appear). A file with only a
    /// header is fine next to files with rows (an exported neighbourhood without ties re-imports), but
    /// an import without a single row is refused.
    /// - Parameters:
    ///   - files: any number of nodes and ties files.
    ///   - existing: ids of nodes already stored, which ties may name without a row in these files.
    /// - Throws: `ImportFailure` with every problem found (up to 50, then a count).
    /// - Complexity: O(*n*) expected in the total size of the files.
    public static func parse(_ files: [CSVFile], existing: Set<Node.ID> = []) throws(ImportFailure) -> Neighbourhood {
        let nodesRead = readNodes(files)
        let ties = try readTies(after: nodesRead, existing: existing)
        return Neighbourhood(nodes: nodesRead.nodes, households: nodesRead.households, ties: ties)
    }

    /// An import of which the nodes files have been read and checked and the ties files not yet:
    /// the first half of `parse`, so that the store can write the nodes while another core reads
    /// the ties.
    struct NodesRead: Sendable {
        let opened: [OpenedFile]
        fileprivate let log: ImportProblemLog
        fileprivate let rows: NodeRows
        let nodes: [Node]
        /// The values of the partners' own columns, by person and column name.
        var ownFields: [Node.ID: [String: String]] { rows.ownFields }
        let households: [Household]

        /// Whether the nodes files (and every file's header) are free of problems so far.
        var isClean: Bool { log.isEmpty }
    }

    /// Opens every file and reads its nodes files.
    /// - Complexity: O(*n*) expected in the total size of the nodes files.
    static func readNodes(_ given: [CSVFile]) -> NodesRead {
        var log = ImportProblemLog()
        let files: [CSVFile]
        do {
            files = try CSVFile.expandingWorkbooks(given)
        } catch {
            for problem in error.problems { log.add(problem) }
            files = []
        }
        var opened: [OpenedFile] = []
        for (number, file) in files.enumerated() {
            if let table = open(file, number: number, log: &log) { opened.append(table) }
        }
        var nodes = NodeRows(fileNames: files.map(\.name))
        for index in opened.indices where opened[index].header.table == .nodes {
            nodes.read(&opened[index], log: &log)
        }
        return NodesRead(opened: opened, log: log, rows: nodes, nodes: nodes.nodes, households: nodes.households())
    }

    /// Reads the ties files of an import whose nodes files are read, and refuses the whole import
    /// when any file had a problem.
    /// - Throws: `ImportFailure` with every problem found in all files (up to 50, then a count).
    /// - Complexity: O(*n*) expected in the total size of the ties files.
    static func readTies(after nodesRead: NodesRead, existing: Set<Node.ID>) throws(ImportFailure) -> [Tie] {
        var log = nodesRead.log
        var opened = nodesRead.opened
        let nodes = nodesRead.rows
        var ties = TieRows(
            fileNames: nodes.fileNames, known: existing, nodes: nodes.numbers, salvaged: nodes.salvagedIDs)
        for index in opened.indices where opened[index].header.table == .ties {
            ties.read(&opened[index], log: &log)
        }
        ties.reportRepeatedTies(log: &log)
        if opened.allSatisfy({ $0.rows == 0 }) {
            for file in opened { log.add(file.name, file.header.line, "-", .headerWithoutRows) }
        }
        guard log.isEmpty else { throw log.failure }
        return ties.ties
    }

    /// A file whose header has been read.
    struct OpenedFile {
        var name: String
        /// The position of the file in the import.
        var number: Int
        var reader: CSVReader
        var header: CSVHeader
        var rows = 0
        /// The record read last, its storage reused for the next.
        var record = CSVRecord(line: 0, fields: [])
    }

    /// Decodes a file, reads its header and decides its table; logs what prevents that.
    private static func open(_ file: CSVFile, number: Int, log: inout ImportProblemLog) -> OpenedFile? {
        var reader: CSVReader
        let first: CSVRecord?
        do {
            reader = try CSVReader(bytes: file.bytes)
            first = try reader.next()
        } catch {
            log.add(file.name, error.line, "-", .text(error.reason))
            return nil
        }
        guard let first else {
            log.add(file.name, 1, "-", .text(.emptyFile))
            return nil
        }
        let expected = tables.map { "a \($0) file has \($0.requiredColumns.map(\.name).joined(separator: ", "))" }
        guard let table = file.kind ?? CSVTableKind.detect(header: first.fields) else {
            log.add(
                file.name, first.line, "-",
                .notATableFile(expected: expected, found: first.fields.filter { !$0.isEmpty }))
            return nil
        }
        guard tables.contains(table) else {
            log.add(file.name, first.line, "-", .notPartOfImport(table: table.description))
            return nil
        }
        let (header, problems) = CSVHeader.read(first, as: table, file: file.name)
        problems.forEach { log.add($0) }
        return OpenedFile(name: file.name, number: number, reader: reader, header: header)
    }
}

extension NeighbourhoodCSV.OpenedFile {
    /// Reads the next data record into `record` and tells whether its field count matches the
    /// header (only then are its columns meaningful); `nil` at the end of the file. Logs the problems
    /// of the record's shape and records that cannot be split.
    mutating func nextRow(log: inout ImportProblemLog) -> Bool? {
        while true {
            do {
                guard try reader.next(into: &record) else { return nil }
            } catch {
                rows += 1
                log.add(name, error.line, error.field.map { header.name(ofField: $0) } ?? "-", .text(error.reason))
                continue
            }
            if record.isBlank { continue }
            rows += 1
            header.shapeProblems(of: record, file: name).forEach { log.add($0) }
            return record.fields.count == header.names.count
        }
    }
}
