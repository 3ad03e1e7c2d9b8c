import WeefselGraph

extension NeighbourhoodCSV {
    /// The rows of ties files read so far.
    struct TieRows {
        private(set) var ties: [Tie] = []
        /// Ids stored before this import.
        private let known: Set<Node.ID>
        /// Ids of the nodes files, with the row that named them.
        private let nodes: [Node.ID: RowLocation]
        private let salvaged: Set<Node.ID>
        /// The row of each undirected tie read so far.
        private var firstLines: [Tie.Key: RowLocation] = [:]

        init(known: Set<Node.ID>, nodes: [Node.ID: RowLocation], salvaged: Set<Node.ID>) {
            self.known = known
            self.nodes = nodes
            self.salvaged = salvaged
        }

        /// Reads every row of a ties file, logging each problem.
        /// - Complexity: O(rows) expected.
        mutating func read(_ file: inout OpenedFile, log: inout ImportProblemLog) {
            let header = file.header
            let columns = TieColumns(header)
            firstLines.reserveCapacity(firstLines.count + file.reader.text.utf8.count / 24)
            while let (record, wellShaped) = file.nextRow(log: &log) {
                if wellShaped { readRow(record, columns: columns, header: header, file: file.name, log: &log) }
            }
        }

        private func isKnown(_ id: Node.ID) -> Bool {
            nodes[id] != nil || known.contains(id) || salvaged.contains(id)
        }

        private mutating func readRow(
            _ record: CSVRecord, columns: TieColumns, header: CSVHeader, file: String,
            log: inout ImportProblemLog
        ) {
            let fields = record.fields
            var valid = true
            func report(_ index: Int, _ message: String) {
                log.add(file, record.line, header.name(ofField: index), message)
                valid = false
            }
            func end(_ index: Int?, _ role: String) -> Node.ID? {
                guard let index else { return nil }
                let id = Node.ID(fields[index])
                if fields[index].isEmpty {
                    report(index, "the \(role) is empty")
                    return nil
                }
                guard isKnown(id) else {
                    report(index, "unknown node '\(id)': not in the nodes files and not stored before")
                    return nil
                }
                return id
            }
            let source = end(columns.source, "source")
            let target = end(columns.target, "target")
            if let source, let target, source == target, let index = columns.target {
                report(index, "a tie from '\(source)' to itself")
            }
            var kind: Tie.Kind?
            if let index = columns.kind {
                kind = CSVValue.tieKind(fields[index])
                if kind == nil {
                    report(
                        index, NodeRows.unknown("tie kind", fields[index], expected: CSVValue.expected(Tie.Kind.self)))
                }
            }
            var strength = Tie.Strength.medium
            if let index = columns.strength, !fields[index].isEmpty {
                if let parsed = CSVValue.strength(fields[index]) {
                    strength = parsed
                } else {
                    report(index, "strength '\(fields[index])' is not 1, 2 or 3 (weak, medium, strong)")
                }
            }
            func day(_ index: Int?) -> Day? {
                guard let index, !fields[index].isEmpty else { return nil }
                guard let day = CSVValue.day(fields[index]) else {
                    report(index, "invalid date '\(fields[index])' (expected a date such as 2024-03-31 or 31-03-2024)")
                    return nil
                }
                return day
            }
            let since = day(columns.since)
            let until = day(columns.until)
            if let since, let until, until < since, let index = columns.until {
                report(index, "until \(until) is before since \(since)")
            }
            if let source, let target, let kind, source != target {
                let key = Tie.Key(source, target, kind: kind)
                if let first = firstLines[key] {
                    report(
                        -1,
                        "the same \(kind) tie between '\(key.low)' and '\(key.high)' as on "
                            + "\(first.describe(from: file)) (ties are undirected)")
                } else {
                    firstLines[key] = RowLocation(file: file, line: record.line)
                }
            }
            guard valid, let source, let target, let kind else { return }
            func text(_ index: Int?) -> String? {
                guard let index, !fields[index].isEmpty else { return nil }
                return fields[index]
            }
            ties.append(
                Tie(
                    source: source, target: target, kind: kind, strength: strength, since: since, until: until,
                    recordedBy: text(columns.recordedBy), note: text(columns.note)))
        }
    }

    /// Where each column of a ties file is.
    struct TieColumns {
        let source, target, kind, strength, since, until, recordedBy, note: Int?

        init(_ header: CSVHeader) {
            source = header.index(of: .source)
            target = header.index(of: .target)
            kind = header.index(of: .kind)
            strength = header.index(of: .strength)
            since = header.index(of: .since)
            until = header.index(of: .until)
            recordedBy = header.index(of: .recordedBy)
            note = header.index(of: .note)
        }
    }
}
