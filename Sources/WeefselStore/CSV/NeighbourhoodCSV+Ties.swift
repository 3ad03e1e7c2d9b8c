import WeefselGraph

extension NeighbourhoodCSV {
    /// The rows of ties files read so far.
    struct TieRows {
        /// The names of all files of the import, for messages that point into another file.
        let fileNames: [String]
        private(set) var ties: [Tie] = []
        /// Ids stored before this import.
        private let known: Set<Node.ID>
        private let salvaged: Set<Node.ID>
        /// Every id a tie may name, numbered: those of the nodes files, then stored ones as ties name them.
        private var numbers: [Node.ID: Int32]
        /// Each tie's key in numbers (see `pairKey`) with its row, to find repeated ties by sorting.
        private var pairs: [(key: UInt64, location: RowLocation)] = []
        private static let kinds = Tie.Kind.allCases

        init(fileNames: [String], known: Set<Node.ID>, nodes: [Node.ID: Int32], salvaged: Set<Node.ID>) {
            self.fileNames = fileNames
            self.known = known
            self.numbers = nodes
            self.salvaged = salvaged
        }

        /// Reads every row of a ties file, logging each problem.
        /// - Complexity: O(rows) expected.
        mutating func read(_ file: inout OpenedFile, log: inout ImportProblemLog) {
            let header = file.header
            let columns = TieColumns(header)
            let expectedRows = file.reader.text.utf8.count / 24
            ties.reserveCapacity(ties.count + expectedRows)
            pairs.reserveCapacity(pairs.count + expectedRows)
            while let wellShaped = file.nextRow(log: &log) {
                if wellShaped { readRow(file.record, columns: columns, header: header, file: file, log: &log) }
            }
        }

        /// An undirected tie as one number: 30 bits for each end's number (more than a 256 MiB file can
        /// name), lower number first, then 4 bits for the kind.
        private static func pairKey(_ a: Int32, _ b: Int32, _ kind: Tie.Kind) -> UInt64 {
            let low = UInt64(UInt32(bitPattern: min(a, b)))
            let high = UInt64(UInt32(bitPattern: max(a, b)))
            return low << 34 | high << 4 | UInt64(kinds.firstIndex(of: kind) ?? 0)
        }

        /// Reports every tie that repeats an earlier one (the same two ends, either way round, and kind).
        /// - Complexity: O(*t* log *t*) in the number of ties.
        func reportRepeatedTies(log: inout ImportProblemLog) {
            let ordered = pairs.sorted {
                ($0.key, $0.location.file, $0.location.line) < ($1.key, $1.location.file, $1.location.line)
            }
            var repeated: [(key: UInt64, first: RowLocation, again: RowLocation)] = []
            var start = 0
            for index in ordered.indices.dropFirst() {
                if ordered[index].key == ordered[start].key {
                    repeated.append((ordered[index].key, ordered[start].location, ordered[index].location))
                } else {
                    start = index
                }
            }
            guard !repeated.isEmpty else { return }
            repeated.sort { ($0.again.file, $0.again.line) < ($1.again.file, $1.again.line) }
            var ids = [Node.ID?](repeating: nil, count: numbers.count)
            for (id, number) in numbers { ids[Int(number)] = id }
            for (key, first, again) in repeated {
                let kind = Self.kinds[Int(key & 0xF)]
                let a = ids[Int(key >> 34)] ?? "", b = ids[Int((key >> 4) & 0x3FFF_FFFF)] ?? ""
                let ends = Tie.Key(a, b, kind: kind)
                log.add(
                    fileNames[again.file], again.line, "-",
                    .duplicateTie(
                        kind: kind.rawValue, ends.low.rawValue, ends.high.rawValue,
                        first: first.place(from: again.file, names: fileNames)))
            }
        }

        /// The number of a node a tie may name, or `nil` if it is unknown.
        private mutating func number(of id: Node.ID) -> Int32? {
            if let number = numbers[id] { return number }
            guard known.contains(id) || salvaged.contains(id) else { return nil }
            let number = Int32(truncatingIfNeeded: numbers.count)
            numbers[id] = number
            return number
        }

        private mutating func readRow(
            _ record: CSVRecord, columns: TieColumns, header: CSVHeader, file: OpenedFile,
            log: inout ImportProblemLog
        ) {
            let fields = record.fields
            var valid = true
            func report(_ index: Int, _ kind: ImportProblem.Kind) {
                log.add(file.name, record.line, header.name(ofField: index), kind)
                valid = false
            }
            func end(_ index: Int?, _ role: ImportProblem.Subject) -> (id: Node.ID, number: Int32)? {
                guard let index else { return nil }
                let id = Node.ID(fields[index])
                if fields[index].isEmpty {
                    report(index, .empty(role))
                    return nil
                }
                guard let number = number(of: id) else {
                    report(index, .unknownNode(id.rawValue))
                    return nil
                }
                return (id, number)
            }
            let source = end(columns.source, .source)
            let target = end(columns.target, .target)
            if let source, let target, source.number == target.number, let index = columns.target {
                report(index, .selfTie(source.id.rawValue))
            }
            var kind: Tie.Kind?
            if let index = columns.kind {
                kind = CSVValue.tieKind(fields[index])
                if kind == nil {
                    report(index, .unknownValue(.tieKind, fields[index], expected: CSVValue.expected(Tie.Kind.self)))
                }
            }
            var strength = Tie.Strength.medium
            if let index = columns.strength, !fields[index].isEmpty {
                if let parsed = CSVValue.strength(fields[index]) {
                    strength = parsed
                } else {
                    report(index, .invalidStrength(fields[index]))
                }
            }
            func day(_ index: Int?) -> Day? {
                guard let index, !fields[index].isEmpty else { return nil }
                guard let day = CSVValue.day(fields[index]) else {
                    report(index, .invalidDate(fields[index]))
                    return nil
                }
                return day
            }
            let since = day(columns.since)
            let until = day(columns.until)
            if let since, let until, until < since, let index = columns.until {
                report(index, .untilBeforeSince(until: until.description, since: since.description))
            }
            if let source, let target, let kind, source.number != target.number {
                pairs.append(
                    (
                        Self.pairKey(source.number, target.number, kind),
                        RowLocation(file: file.number, line: record.line)
                    ))
            }
            guard valid, let source, let target, let kind else { return }
            func text(_ index: Int?) -> String? {
                guard let index, !fields[index].isEmpty else { return nil }
                return fields[index]
            }
            ties.append(
                Tie(
                    source: source.id, target: target.id, kind: kind, strength: strength, since: since, until: until,
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
