import WeefselCore
import WeefselGraph
import WeefselMatching

extension MatchingCSV {
    /// A need read from the fields of a form or a JSON body, named as the columns of needs.csv
    /// (`programme`, `life_areas`, `prefers_gender`, …), with the same checks as an import; lists
    /// joined by `|`. Problems name `source` and the field.
    ///
    /// - Throws: `ImportFailure` with every problem found.
    public static func need(from values: [String: String], source: String, today: Day) throws(ImportFailure) -> Need {
        var problems = ImportProblemLog()
        let read = needs(Table(file: source, rows: [(1, values)]), problems: &problems, today: today)
        guard problems.isEmpty, let need = read.first?.0 else { throw problems.failure }
        return need
    }

    /// An offer read from the fields of a form or a JSON body, as ``need(from:source:today:)``.
    ///
    /// - Throws: `ImportFailure` with every problem found.
    public static func offer(from values: [String: String], source: String, today: Day) throws(ImportFailure) -> Offer {
        var problems = ImportProblemLog()
        let read = offers(Table(file: source, rows: [(1, values)]), problems: &problems, today: today)
        guard problems.isEmpty, let offer = read.first?.0 else { throw problems.failure }
        return offer
    }
}
