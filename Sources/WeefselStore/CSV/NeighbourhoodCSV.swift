import WeefselGraph

/// One file handed to an import: its name (for messages), its bytes, and optionally which table it
/// holds (otherwise the header tells).
public struct CSVFile: Sendable {
    public var name: String
    public var bytes: [UInt8]
    public var kind: CSVTableKind?

    public init(name: String, bytes: [UInt8], kind: CSVTableKind? = nil) {
        self.name = name
        self.bytes = bytes
        self.kind = kind
    }
}

/// Reads and writes a neighbourhood as `nodes.csv` and `ties.csv`.
///
/// Import is all or nothing: any problem refuses the whole import and every problem found is
/// reported with its file, line and column. Households are derived from the node rows (the household
/// id and address columns). Export writes the canonical format, which imports back to the same data.
public enum NeighbourhoodCSV {
    /// Reads nodes and ties files into a neighbourhood.
    ///
    /// Nodes files are read before ties files, whatever their order. Nodes, households and ties come
    /// out in the order of the files (households in the order they first appear).
    /// - Parameters:
    ///   - files: any number of nodes and ties files.
    ///   - existing: ids of nodes already stored, which ties may name without a row in these files.
    /// - Throws: `ImportFailure` with every problem found (up to 50, then a count).
    /// - Complexity: O(*n*) expected in the total size of the files.
    public static func parse(_ files: [CSVFile], existing: Set<Node.ID> = []) throws(ImportFailure) -> Neighbourhood {
        var log = ImportProblemLog()
        var opened: [OpenedFile] = []
        for file in files {
            if let table = open(file, log: &log) { opened.append(table) }
        }
        var nodes = NodeRows()
        for index in opened.indices where opened[index].header.table == .nodes {
            nodes.read(&opened[index], log: &log)
        }
        var ties = TieRows(known: existing, nodes: nodes.firstLines, salvaged: nodes.salvagedIDs)
        for index in opened.indices where opened[index].header.table == .ties {
            ties.read(&opened[index], log: &log)
        }
        guard log.isEmpty else { throw log.failure }
        return Neighbourhood(nodes: nodes.nodes, households: nodes.households(), ties: ties.ties)
    }

    /// A file whose header has been read.
    struct OpenedFile {
        var name: String
        var reader: CSVReader
        var header: CSVHeader
        var rows = 0
    }

    /// Decodes a file, reads its header and decides its table; logs what prevents that.
    private static func open(_ file: CSVFile, log: inout ImportProblemLog) -> OpenedFile? {
        var reader: CSVReader
        let first: CSVRecord?
        do {
            reader = try CSVReader(bytes: file.bytes)
            first = try reader.next()
        } catch {
            log.add(file.name, error.line, "-", error.message)
            return nil
        }
        guard let first else {
            log.add(file.name, 1, "-", CSVSyntaxError(line: 1, reason: .emptyFile).message)
            return nil
        }
        guard let table = file.kind ?? CSVTableKind.detect(header: first.fields) else {
            let found = first.fields.filter { !$0.isEmpty }.map { "'\($0)'" }.joined(separator: ", ")
            log.add(
                file.name, first.line, "-",
                "not a nodes or ties file: a nodes file has the columns id, kind, name;"
                    + " a ties file has source, target, kind; this header has \(found.isEmpty ? "no names" : found)")
            return nil
        }
        let (header, problems) = CSVHeader.read(first, as: table, file: file.name)
        problems.forEach { log.add($0) }
        return OpenedFile(name: file.name, reader: reader, header: header)
    }

}

extension NeighbourhoodCSV.OpenedFile {
    /// The next data record, and whether its field count matches the header (only then are its
    /// columns meaningful). Logs the problems of the record's shape, records that cannot be split
    /// and, at the end, a file with a header but no rows.
    mutating func nextRow(log: inout ImportProblemLog) -> (record: CSVRecord, wellShaped: Bool)? {
        while true {
            let record: CSVRecord
            do {
                guard let next = try reader.next() else {
                    if rows == 0 { log.add(name, header.line, "-", "the file has a header but no rows") }
                    return nil
                }
                record = next
            } catch {
                rows += 1
                log.add(name, error.line, error.field.map { header.name(ofField: $0) } ?? "-", error.message)
                continue
            }
            if record.isBlank { continue }
            rows += 1
            header.shapeProblems(of: record, file: name).forEach { log.add($0) }
            return (record, record.fields.count == header.names.count)
        }
    }
}
