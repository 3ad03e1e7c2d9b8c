import GRDB
import WeefselCore
import WeefselGraph
import WeefselMatching

extension MatchingStore {
    /// Imports `needs.csv` and `offers.csv` (told apart by name: `need`/`vraag` or `offer`/`aanbod`)
    /// in one transaction: any problem, including an unknown person, household or programme,
    /// refuses the whole import. Rows replace the need or offer with the same id.
    ///
    /// - Throws: `StoreError.importRefused` with every problem by file, line and column.
    @discardableResult
    public func importMatchingCSV(_ files: [CSVFile], today: Day, audit: AuditContext? = nil) throws(StoreError)
        -> (needs: Int, offers: Int)
    {
        var problems = ImportProblemLog()
        var needs: [(Need, MatchingCSV.Origin)] = []
        var offers: [(Offer, MatchingCSV.Origin)] = []
        let tables: [CSVFile]
        do {
            tables = try CSVFile.expandingWorkbooks(files)
        } catch {
            throw .importRefused(error)
        }
        for file in tables {
            let name = file.name.lowercased()
            let table = MatchingCSV.read(file, problems: &problems)
            // Known by its header (an offer has a capacity, a screening or a day it was offered;
            // a need the day it was asked), else by its name.
            let offerColumns: Set<String> = ["capacity", "screened", "max_distance", "offered"]
            let isOffer = !table.columns.isDisjoint(with: offerColumns)
            let isNeed = !isOffer && (table.columns.contains("requested") || table.columns.contains("children"))
            if isNeed || (!isOffer && (name.contains("need") || name.contains("vraag"))) {
                needs += MatchingCSV.needs(table, problems: &problems, today: today)
            } else if isOffer || name.contains("offer") || name.contains("aanbod") {
                offers += MatchingCSV.offers(table, problems: &problems, today: today)
            } else {
                problems.add(file.name, 1, "-", .notAMatchingFile)
            }
        }
        guard problems.isEmpty else { throw .importRefused(problems.failure) }
        return try database.write { db in
            var problems = ImportProblemLog()
            func note(_ origin: MatchingCSV.Origin, _ error: any Error) {
                let refused = (error as? StoreError) ?? .database(Store.describe(error))
                problems.add(
                    origin.file, origin.line, "-", .refused(english: refused.description, dutch: refused.dutch))
            }
            for (need, origin) in needs {
                do { try Self.save(need, in: db) } catch { note(origin, error) }
            }
            for (offer, origin) in offers {
                do { try Self.save(offer, in: db) } catch { note(origin, error) }
            }
            guard problems.isEmpty else { throw StoreError.importRefused(problems.failure) }
            if let audit {
                let subjects = Set(needs.compactMap(\.0.person) + offers.compactMap(\.0.person))
                try database.appendAudit([.init(audit, .create, subjects: Array(subjects))], in: db)
            }
            return (needs.count, offers.count)
        }
    }

    /// Imports needs and offers files all or nothing.
    public func importMatching(_ files: [ImportFile], today: Day, audit: AuditContext?) throws(StoreError) -> (
        needs: Int, offers: Int
    ) {
        try importMatchingCSV(files.map(CSVFile.init), today: today, audit: audit)
    }
}
