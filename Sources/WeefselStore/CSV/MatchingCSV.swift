import Foundation
import GRDB
import WeefselGraph
import WeefselMatching

/// `needs.csv` and `offers.csv`: the same conventions as `nodes.csv` (header row, `,` or `;`,
/// lists joined by `|`, Dutch headers accepted).
///
/// needs.csv: `id,programme` and `person` and/or `household`, then optional `life_areas,languages,
/// availability,gender,prefers_gender,prefers_ages,children,requested,status,notes`.
/// offers.csv: the same without `children,requested`, plus `capacity,screened,max_distance,offered`.
public enum MatchingCSV {
    static let aliases: [String: String] = [
        "persoon": "person", "huishouden": "household", "programma": "programme", "program": "programme",
        "levensgebieden": "life_areas", "levensgebied": "life_areas", "life_area": "life_areas", "talen": "languages",
        "beschikbaar": "availability", "beschikbaarheid": "availability", "geslacht": "gender",
        "voorkeur_geslacht": "prefers_gender", "voorkeur_leeftijd": "prefers_ages", "kinderen": "children",
        "aangevraagd": "requested", "datum": "requested", "notities": "notes", "opmerkingen": "notes",
        "capaciteit": "capacity", "vog": "screened", "max_afstand": "max_distance", "aangeboden": "offered",
    ]

    /// One parsed file: its rows by column name, and the line each starts on.
    struct Table {
        var file: String
        var rows: [(line: Int, values: [String: String])] = []
        /// The columns of its header, by their canonical names.
        var columns: Set<String> = []
    }

    /// Where a row came from, for problems found when it is written.
    struct Origin {
        let file: String
        let line: Int
    }

    static func read(_ file: CSVFile, problems: inout ImportProblemLog) -> Table {
        var table = Table(file: file.name)
        var reader: CSVReader
        do {
            reader = try CSVReader(bytes: file.bytes)
        } catch {
            problems.add(file.name, error.line, "-", .text(error.reason))
            return table
        }
        var header: [String]?
        while true {
            let record: CSVRecord?
            do {
                record = try reader.next()
            } catch {
                problems.add(file.name, error.line, "-", .text(error.reason))
                continue
            }
            guard let record else { break }
            if record.isBlank { continue }
            guard let names = header else {
                header = record.fields.map { field in
                    let key = field.lowercased().replacingSpaces()
                    return aliases[key] ?? key
                }
                table.columns = Set(header ?? [])
                continue
            }
            var values: [String: String] = [:]
            for (name, value) in zip(names, record.fields) where !value.isEmpty { values[name] = value }
            table.rows.append((record.line, values))
        }
        return table
    }

    /// The needs of a table, checked; problems go to `problems`.
    static func needs(_ table: Table, problems: inout ImportProblemLog, today: Day) -> [(Need, Origin)] {
        table.rows.compactMap { row in
            var parser = Parser(file: table.file, line: row.line, values: row.values)
            guard let id = parser.required("id"), let programme = parser.required("programme") else {
                problems.add(contentsOf: parser.problems)
                return nil
            }
            var need = Need(
                id: Need.ID(id), person: parser.person, household: parser.household, programme: Programme.ID(programme),
                lifeAreas: parser.list("life_areas"), languages: parser.list("languages"),
                availability: parser.availability, gender: parser.gender("gender"),
                preferences: Preferences(gender: parser.gender("prefers_gender"), ages: parser.ages),
                childBirthYears: parser.list("children").compactMap { parser.integer($0, column: "children") },
                requestedOn: parser.day("requested") ?? today, status: parser.status, notes: row.values["notes"])
            if need.status == .closed { need.closedOn = today }
            problems.add(contentsOf: parser.problems)
            return parser.problems.isEmpty ? (need, Origin(file: table.file, line: row.line)) : nil
        }
    }

    static func offers(_ table: Table, problems: inout ImportProblemLog, today: Day) -> [(Offer, Origin)] {
        table.rows.compactMap { row in
            var parser = Parser(file: table.file, line: row.line, values: row.values)
            guard let id = parser.required("id"), let programme = parser.required("programme") else {
                problems.add(contentsOf: parser.problems)
                return nil
            }
            var offer = Offer(
                id: Offer.ID(id), person: parser.person, household: parser.household,
                programme: Programme.ID(programme),
                lifeAreas: parser.list("life_areas"), languages: parser.list("languages"),
                availability: parser.availability, gender: parser.gender("gender"),
                preferences: Preferences(gender: parser.gender("prefers_gender"), ages: parser.ages),
                capacity: row.values["capacity"].flatMap { parser.integer($0, column: "capacity") },
                screenedOn: parser.day("screened"),
                maxDistance: row.values["max_distance"].flatMap { parser.integer($0, column: "max_distance") }.map(
                    Double.init),
                offeredOn: parser.day("offered") ?? today, status: parser.status, notes: row.values["notes"])
            if offer.status == .closed { offer.closedOn = today }
            if let capacity = offer.capacity, capacity < 0 {
                parser.fail("capacity", .negativeCapacity)
            }
            problems.add(contentsOf: parser.problems)
            return parser.problems.isEmpty ? (offer, Origin(file: table.file, line: row.line)) : nil
        }
    }

    /// Reads the cells of one row, noting every problem.
    struct Parser {
        let file: String
        let line: Int
        let values: [String: String]
        var problems: [ImportProblem] = []

        mutating func fail(_ column: String, _ kind: ImportProblem.Kind) {
            problems.append(ImportProblem(file: file, line: line, column: column, kind))
        }

        mutating func required(_ column: String) -> String? {
            guard let value = values[column] else {
                fail(column, .missingValue)
                return nil
            }
            return value
        }

        var person: Node.ID? { values["person"].map { Node.ID($0) } }
        var household: Household.ID? { values["household"].map { Household.ID($0) } }

        func list(_ column: String) -> [String] {
            (values[column] ?? "").split(separator: "|").map { String($0).replacingSpaces(with: " ") }
                .filter { !$0.isEmpty }
        }

        mutating func integer(_ text: String, column: String) -> Int? {
            guard let value = Int(text) else {
                fail(column, .notWholeNumber(text))
                return nil
            }
            return value
        }

        mutating func day(_ column: String) -> Day? {
            guard let text = values[column] else { return nil }
            guard let day = Day(parsing: text) else {
                fail(column, .notADay(text))
                return nil
            }
            return day
        }

        mutating func gender(_ column: String) -> Gender? {
            guard let text = values[column] else { return nil }
            guard let gender = Gender(parsing: text) else {
                fail(column, .unknownGender(text))
                return nil
            }
            return gender
        }

        var availability: WeekParts {
            mutating get {
                switch WeekParts.parse(values["availability"] ?? "") {
                case .success(let parts): return parts
                case .failure:
                    let items = (values["availability"] ?? "").split(whereSeparator: { "|,;".contains($0) })
                    let wrong = items.first { item in
                        if case .failure = WeekParts.parse(String(item)) { return true }
                        return false
                    }
                    fail(
                        "availability", .notAPartOfTheWeek(wrong.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""))
                    return .all
                }
            }
        }

        var ages: AgeRange? {
            mutating get {
                guard let text = values["prefers_ages"] else { return nil }
                guard let range = AgeRange(parsing: text) else {
                    fail("prefers_ages", .notAnAgeRange(text))
                    return nil
                }
                return range
            }
        }

        var status: WeefselMatching.Status {
            mutating get {
                switch values["status"]?.lowercased() {
                case nil, "open": return .open
                case "closed", "gesloten", "dicht": return .closed
                case let other?:
                    fail("status", .unknownStatus(other))
                    return .open
                }
            }
        }
    }
}

extension ImportProblemLog {
    mutating func add(contentsOf problems: [ImportProblem]) { for problem in problems { add(problem) } }
}

extension String {
    /// Lower-level header cleaning: spaces and dashes become `_`; with `with`, trims instead.
    fileprivate func replacingSpaces(with replacement: String? = nil) -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        guard replacement == nil else { return String(slice) }
        return String(slice.map { $0 == " " || $0 == "-" ? "_" : $0 })
    }
}
