import Foundation
import WeefselGraph

extension NeighbourhoodCSV {
    /// The rows of nodes files read so far: the nodes, the households derived from them, and where
    /// each id was first seen.
    struct NodeRows {
        /// The names of all files of the import, for messages that point into another file.
        let fileNames: [String]
        private(set) var nodes: [Node] = []
        /// Each id read, numbered in the order first seen.
        private(set) var numbers: [Node.ID: Int32] = [:]
        /// The row that first named each id, by number.
        private var locations: [RowLocation] = []
        /// Ids of rows too malformed to read, kept so ties to them are not reported as unknown too.
        private(set) var salvagedIDs: Set<Node.ID> = []
        /// The values under columns no table knows, by person and column name.
        private(set) var ownFields: [Node.ID: [String: String]] = [:]
        private var householdNumbers: [Household.ID: Int] = [:]
        private var drafts: [HouseholdDraft] = []

        init(fileNames: [String]) {
            self.fileNames = fileNames
        }

        /// A household as stated so far: each address field with the row that first stated it.
        private struct HouseholdDraft {
            var id: Household.ID
            var street, houseNumber, postcode, wijk, latitude, longitude: (value: String, location: RowLocation)?

            subscript(position: Int) -> (value: String, location: RowLocation)? {
                get {
                    switch position {
                    case 0: street
                    case 1: houseNumber
                    case 2: postcode
                    case 3: wijk
                    case 4: latitude
                    default: longitude
                    }
                }
                set {
                    switch position {
                    case 0: street = newValue
                    case 1: houseNumber = newValue
                    case 2: postcode = newValue
                    case 3: wijk = newValue
                    case 4: latitude = newValue
                    default: longitude = newValue
                    }
                }
            }
        }

        /// The address columns of a household, in the order of `HouseholdDraft`'s subscript.
        private static let addressColumns: [CSVColumn] = [
            .street, .houseNumber, .postcode, .wijk, .latitude, .longitude,
        ]

        /// The households in the order they first appear.
        func households() -> [Household] {
            drafts.map { draft in
                Household(
                    id: draft.id, street: draft.street?.value, houseNumber: draft.houseNumber?.value,
                    postcode: draft.postcode?.value, wijk: draft.wijk?.value,
                    latitude: draft.latitude.flatMap { Double($0.value) },
                    longitude: draft.longitude.flatMap { Double($0.value) })
            }
        }

        /// Reads every row of a nodes file, logging each problem.
        /// - Complexity: O(rows) expected.
        mutating func read(_ file: inout OpenedFile, log: inout ImportProblemLog) {
            let header = file.header
            let columns = NodeColumns(header)
            let expectedRows = file.reader.text.utf8.count / 32
            nodes.reserveCapacity(nodes.count + expectedRows)
            numbers.reserveCapacity(numbers.count + expectedRows)
            while let wellShaped = file.nextRow(log: &log) {
                if wellShaped {
                    readRow(file.record, columns: columns, header: header, file: file, log: &log)
                } else if let index = columns.id, index < file.record.fields.count, !file.record.fields[index].isEmpty {
                    salvagedIDs.insert(Node.ID(file.record.fields[index]))
                }
            }
        }

        private mutating func readRow(
            _ record: CSVRecord, columns: NodeColumns, header: CSVHeader, file: OpenedFile,
            log: inout ImportProblemLog
        ) {
            let fields = record.fields
            var valid = true
            func report(_ index: Int, _ kind: ImportProblem.Kind) {
                log.add(file.name, record.line, header.name(ofField: index), kind)
                valid = false
            }
            func cell(_ index: Int?) -> String { index.map { fields[$0] } ?? "" }
            let here = RowLocation(file: file.number, line: record.line)

            var id = Node.ID("")
            if let index = columns.id {
                id = Node.ID(fields[index])
                if fields[index].isEmpty {
                    report(index, .empty(.id))
                } else if RecordText.idProblem(fields[index]) != nil {
                    report(index, .notAnID(.id, fields[index]))
                } else if let number = numbers[id] {
                    let first = locations[Int(number)].place(from: file.number, names: fileNames)
                    report(index, .duplicateID(id.rawValue, first: first))
                } else {
                    numbers[id] = Int32(truncatingIfNeeded: locations.count)
                    locations.append(here)
                }
            }
            var kind = Node.Kind.resident
            if let index = columns.kind {
                if let parsed = CSVValue.nodeKind(fields[index]) {
                    kind = parsed
                } else {
                    report(index, .unknownValue(.kind, fields[index], expected: CSVValue.expected(Node.Kind.self)))
                }
            }
            if let index = columns.name, fields[index].isEmpty { report(index, .empty(.name)) }
            for index in fields.indices where RecordText.textProblem(fields[index]) == .controlCharacter {
                report(index, .controlCharacter(index == columns.name ? .name : .value))
            }

            let household = readHousehold(fields, columns: columns, here: here, report: report)
            var birthYear: Int?
            if let index = columns.birthYear, !fields[index].isEmpty {
                if let year = Int(fields[index]), CSVValue.birthYears.contains(year) {
                    birthYear = year
                } else {
                    report(index, .invalidBirthYear(fields[index], range: CSVValue.birthYears))
                }
            }
            var roles: Set<Node.Role> = []
            if let index = columns.roles {
                for item in CSVValue.list(fields[index]) {
                    if let role = Node.Role(rawValue: item) ?? Node.Role(parsing: item) {
                        roles.insert(role)
                    } else {
                        report(index, .unknownValue(.role, item, expected: CSVValue.expected(Node.Role.self)))
                    }
                }
            }
            var consent: Set<Consent.Purpose> = []
            if let index = columns.consent {
                for item in CSVValue.list(fields[index]) {
                    if let purpose = Consent.Purpose(rawValue: item) ?? Consent.Purpose(parsing: item) {
                        consent.insert(purpose)
                    } else {
                        report(
                            index,
                            .unknownValue(.consentPurpose, item, expected: CSVValue.expected(Consent.Purpose.self)))
                    }
                }
            }
            guard valid else { return }
            if !header.leftOut.isEmpty {
                // The partner's own columns, kept with the person when the import keeps them.
                for (index, column) in header.columns.enumerated()
                where column == nil && index < fields.count && !fields[index].isEmpty {
                    let name = header.names[index].trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty { ownFields[id, default: [:]][name] = fields[index] }
                }
            }
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
            _ fields: [String], columns: NodeColumns, here: RowLocation, report: (Int, ImportProblem.Kind) -> Void
        ) -> Household.ID? {
            let addressIndices = columns.address
            guard let index = columns.household, !fields[index].isEmpty else {
                if let stated = addressIndices.prefix(3).compactMap({ $0 }).first(where: { !fields[$0].isEmpty }) {
                    report(stated, .addressWithoutHousehold)
                }
                return nil
            }
            let id = Household.ID(fields[index])
            if RecordText.idProblem(id.rawValue) != nil { report(index, .notAnID(.household, id.rawValue)) }
            let number: Int
            if let known = householdNumbers[id] {
                number = known
            } else {
                number = drafts.count
                householdNumbers[id] = number
                drafts.append(HouseholdDraft(id: id))
            }
            for (position, fieldIndex) in addressIndices.enumerated() {
                guard let fieldIndex, !fields[fieldIndex].isEmpty else { continue }
                let value = fields[fieldIndex]
                if position >= 4 {
                    let limit = position == 4 ? 90.0 : 180.0
                    guard let degrees = Double(value), degrees.isFinite, abs(degrees) <= limit else {
                        report(
                            fieldIndex,
                            .invalidDegrees(position == 4 ? .latitude : .longitude, value, limit: Int(limit)))
                        continue
                    }
                }
                if let earlier = drafts[number][position] {
                    if earlier.value != value {
                        let column = Self.addressColumns[position]
                        report(
                            fieldIndex,
                            .householdDiffers(
                                household: id.rawValue, column: column.description, value: value,
                                earlier: earlier.value,
                                at: earlier.location.place(from: here.file, names: fileNames)))
                    }
                } else {
                    drafts[number][position] = (value, here)
                }
            }
            return id
        }
    }

    /// Where each column of a nodes file is.
    struct NodeColumns {
        let id, kind, name, household, street, houseNumber, postcode, birthYear, latitude, longitude: Int?
        let roles, languages, skills, interests, wijk, consent: Int?
        /// The household's address columns: street, house number, postcode, wijk, latitude, longitude.
        let address: [Int?]

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
            latitude = header.index(of: .latitude)
            longitude = header.index(of: .longitude)
            address = [street, houseNumber, postcode, wijk, latitude, longitude]
        }
    }
}
