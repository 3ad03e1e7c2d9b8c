import WeefselGraph

extension NeighbourhoodCSV {
    /// The rows of nodes files read so far: the nodes, the households derived from them, and where
    /// each id was first seen.
    struct NodeRows {
        private(set) var nodes: [Node] = []
        /// The row that first named each id, for duplicates and for ties.
        private(set) var firstLines: [Node.ID: RowLocation] = [:]
        /// Ids of rows too malformed to read, kept so ties to them are not reported as unknown too.
        private(set) var salvagedIDs: Set<Node.ID> = []
        private var householdOrder: [Household.ID] = []
        private var drafts: [Household.ID: HouseholdDraft] = [:]

        /// A household as stated so far: each address field with the row that first stated it.
        private struct HouseholdDraft {
            var fields: [(value: String, location: RowLocation)?] = [nil, nil, nil, nil]
        }

        /// The address columns of a household, in the order of `HouseholdDraft.fields`.
        private static let addressColumns: [CSVColumn] = [.street, .houseNumber, .postcode, .wijk]

        /// The households in the order they first appear.
        func households() -> [Household] {
            householdOrder.compactMap { id in
                guard let draft = drafts[id] else { return nil }
                let values = draft.fields.map { $0?.value }
                return Household(id: id, street: values[0], houseNumber: values[1], postcode: values[2], wijk: values[3])
            }
        }

        /// Reads every row of a nodes file, logging each problem.
        /// - Complexity: O(rows) expected.
        mutating func read(_ file: inout OpenedFile, log: inout ImportProblemLog) {
            let header = file.header
            let columns = NodeColumns(header)
            while let (record, wellShaped) = file.nextRow(log: &log) {
                if wellShaped {
                    readRow(record, columns: columns, header: header, file: file.name, log: &log)
                } else if let index = columns.id, index < record.fields.count, !record.fields[index].isEmpty {
                    salvagedIDs.insert(Node.ID(record.fields[index]))
                }
            }
        }

        private mutating func readRow(
            _ record: CSVRecord, columns: NodeColumns, header: CSVHeader, file: String,
            log: inout ImportProblemLog
        ) {
            let fields = record.fields
            var valid = true
            func report(_ index: Int, _ message: String) {
                log.add(file, record.line, header.name(ofField: index), message)
                valid = false
            }
            func cell(_ index: Int?) -> String { index.map { fields[$0] } ?? "" }
            let here = RowLocation(file: file, line: record.line)

            var id = Node.ID("")
            if let index = columns.id {
                id = Node.ID(fields[index])
                if fields[index].isEmpty {
                    report(index, "the id is empty")
                } else if let first = firstLines[id] {
                    report(index, "duplicate id '\(id)' (first on \(first.describe(from: file)))")
                } else {
                    firstLines[id] = here
                }
            }
            var kind = Node.Kind.resident
            if let index = columns.kind {
                if let parsed = CSVValue.nodeKind(fields[index]) {
                    kind = parsed
                } else {
                    report(index, Self.unknown("kind", fields[index], expected: CSVValue.expected(Node.Kind.self)))
                }
            }
            if let index = columns.name, fields[index].isEmpty { report(index, "the name is empty") }

            let household = readHousehold(fields, columns: columns, here: here, report: report)
            var birthYear: Int?
            if let index = columns.birthYear, !fields[index].isEmpty {
                if let year = Int(fields[index]), CSVValue.birthYears.contains(year) {
                    birthYear = year
                } else {
                    let range = "\(CSVValue.birthYears.lowerBound) to \(CSVValue.birthYears.upperBound)"
                    report(index, "invalid birth year '\(fields[index])' (expected a year from \(range))")
                }
            }
            var roles: Set<Node.Role> = []
            if let index = columns.roles {
                for item in CSVValue.list(fields[index]) {
                    if let role = Node.Role(parsing: item) {
                        roles.insert(role)
                    } else {
                        report(index, Self.unknown("role", item, expected: CSVValue.expected(Node.Role.self)))
                    }
                }
            }
            var consent: Set<Consent.Purpose> = []
            if let index = columns.consent {
                for item in CSVValue.list(fields[index]) {
                    if let purpose = Consent.Purpose(parsing: item) {
                        consent.insert(purpose)
                    } else {
                        report(
                            index,
                            Self.unknown("consent purpose", item, expected: CSVValue.expected(Consent.Purpose.self)))
                    }
                }
            }
            guard valid else { return }
            let wijk = cell(columns.wijk)
            nodes.append(
                Node(
                    id: id, kind: kind, name: cell(columns.name), household: household, roles: roles,
                    birthYear: birthYear, languages: CSVValue.list(cell(columns.languages)),
                    skills: CSVValue.list(cell(columns.skills)), interests: CSVValue.list(cell(columns.interests)),
                    wijk: wijk.isEmpty ? nil : wijk, consent: consent))
        }

        /// Merges the row's household and address into the household drafts; an address field that
        /// differs from an earlier row of the same household is a problem.
        private mutating func readHousehold(
            _ fields: [String], columns: NodeColumns, here: RowLocation, report: (Int, String) -> Void
        ) -> Household.ID? {
            let addressIndices = [columns.street, columns.houseNumber, columns.postcode, columns.wijk]
            guard let index = columns.household, !fields[index].isEmpty else {
                if let stated = addressIndices.prefix(3).compactMap({ $0 }).first(where: { !fields[$0].isEmpty }) {
                    report(stated, "an address needs a household id in the household column")
                }
                return nil
            }
            let id = Household.ID(fields[index])
            var draft: HouseholdDraft
            if let stated = drafts[id] {
                draft = stated
            } else {
                householdOrder.append(id)
                draft = HouseholdDraft()
            }
            for (position, fieldIndex) in addressIndices.enumerated() {
                guard let fieldIndex, !fields[fieldIndex].isEmpty else { continue }
                let value = fields[fieldIndex]
                if let earlier = draft.fields[position] {
                    if earlier.value != value {
                        let column = Self.addressColumns[position]
                        report(
                            fieldIndex,
                            "household '\(id)' has \(column) '\(value)' here but '\(earlier.value)' on "
                                + earlier.location.describe(from: here.file))
                    }
                } else {
                    draft.fields[position] = (value, here)
                }
            }
            drafts[id] = draft
            return id
        }

        static func unknown(_ what: String, _ value: String, expected: String) -> String {
            value.isEmpty ? "the \(what) is empty (expected \(expected))" : "unknown \(what) '\(value)' (expected \(expected))"
        }
    }

    /// Where each column of a nodes file is.
    struct NodeColumns {
        let id, kind, name, household, street, houseNumber, postcode, birthYear: Int?
        let roles, languages, skills, interests, wijk, consent: Int?

        init(_ header: CSVHeader) {
            id = header.index(of: .id)
            kind = header.index(of: .kind)
            name = header.index(of: .name)
            household = header.index(of: .household)
            street = header.index(of: .street)
            houseNumber = header.index(of: .houseNumber)
            postcode = header.index(of: .postcode)
            birthYear = header.index(of: .birthYear)
            roles = header.index(of: .roles)
            languages = header.index(of: .languages)
            skills = header.index(of: .skills)
            interests = header.index(of: .interests)
            wijk = header.index(of: .wijk)
            consent = header.index(of: .consent)
        }
    }
}
