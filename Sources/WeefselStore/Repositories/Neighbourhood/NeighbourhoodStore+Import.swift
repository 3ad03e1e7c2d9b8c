import GRDB
import WeefselCore
import WeefselGraph

extension NeighbourhoodStore {
    /// Adds or updates households, nodes and ties by their external ids, all in one transaction:
    /// either everything is written or nothing is. Importing the same data again changes nothing.
    /// A node row replaces what is stored about that node; a household's stored address is only
    /// ever replaced by another address, never erased by a file that leaves the address out.
    ///
    /// - Throws: `StoreError` when a node names an unknown household or a tie an unknown node;
    ///   the database is then unchanged.
    /// - Complexity: O((n + m) log N) for n nodes and m ties into a database of N rows.
    @discardableResult
    public func importNeighbourhood(_ neighbourhood: Neighbourhood) throws(StoreError) -> ImportSummary {
        try database.write { db in try Self.importNeighbourhood(neighbourhood, into: db) }
    }

    /// Reads CSV files and imports them in one transaction: the files are checked against the
    /// database as it is inside that transaction, and any problem refuses the whole import. With
    /// `audit`, records who imported which persons in the same transaction.
    ///
    /// A large first import, into a database without nodes, writes through SQLite's rollback
    /// journal rather than WAL, so that each page is written once (see `writeFirstImport`).
    ///
    /// - Throws: `StoreError.importRefused` with every problem by file, line and column.
    @discardableResult
    public func importCSV(_ files: [CSVFile], audit: AuditContext? = nil) throws(StoreError)
        -> (Neighbourhood, ImportSummary)
    {
        let large = files.reduce(0) { $0 + $1.bytes.count } >= Store.firstImportThreshold
        let body = { (db: Database) throws -> (Neighbourhood, ImportSummary) in
            let existing = Set(
                try NodeRecord.select(NodeRecord.Columns.externalId, as: String.self).fetchAll(db).map { Node.ID($0) })
            let nodesRead = NeighbourhoodCSV.readNodes(files)
            guard nodesRead.isClean else {
                // Refused whatever the ties files hold; read them for their problems too.
                let ties = Result { () throws(ImportFailure) in
                    try NeighbourhoodCSV.readTies(after: nodesRead, existing: existing)
                }
                if case .failure(let failure) = ties { throw StoreError.importRefused(failure) }
                throw StoreError.database("nodes files with problems passed the check")
            }
            // The ties files are read on another core while the nodes are written; a problem in them
            // refuses the import, and the transaction rolls the nodes back.
            let tiesRead = Handoff { () -> Result<[Tie], ImportFailure> in
                Result { () throws(ImportFailure) in try NeighbourhoodCSV.readTies(after: nodesRead, existing: existing)
                }
            }
            let nodesWritten = Result {
                try Self.importNodes(nodesRead.nodes, households: nodesRead.households, into: db)
            }
            let ties: [Tie]
            switch tiesRead.value() {
            case .success(let value): ties = value
            case .failure(let failure): throw StoreError.importRefused(failure)
            case nil: throw StoreError.database("reading the ties files ended without a result")
            }
            var summary = try nodesWritten.get()
            // A partner's own columns of persons files are kept with the persons, unless the
            // import was asked to leave them out; those of ties files are always left out.
            let keeps = files.allSatisfy(\.keepsOwnColumns)
            var kept: [String] = []
            var leftOut: [String] = []
            for file in nodesRead.opened {
                let named = file.header.leftOut.map { "\(file.name): \($0)" }
                if keeps && file.header.table == .nodes { kept += named } else { leftOut += named }
            }
            summary.ownColumnsKept = kept.isEmpty ? nil : kept
            summary.columnsLeftOut = leftOut.isEmpty ? nil : leftOut
            if keeps { try Self.saveOwnFields(nodesRead.ownFields, in: db) }
            try Self.importTies(ties, into: db, summary: &summary)
            try Self.settleWijken(in: db)
            let neighbourhood = Neighbourhood(nodes: nodesRead.nodes, households: nodesRead.households, ties: ties)
            if let audit {
                var subjects = Set(neighbourhood.nodes.map(\.id))
                for tie in neighbourhood.ties {
                    subjects.insert(tie.source)
                    subjects.insert(tie.target)
                }
                try database.appendAudit([.init(audit, .create, subjects: Array(subjects))], in: db)
            }
            return (neighbourhood, summary)
        }
        return large ? try database.writeFirstImport(body) : try database.write(body)
    }

    /// Imports nodes and ties files all or nothing; the audit entry names every person it changed.
    public func importNeighbourhood(_ files: [ImportFile], audit: AuditContext?) throws(StoreError) -> (
        Neighbourhood, ImportSummary
    ) {
        try importCSV(files.map(CSVFile.init), audit: audit)
    }

    /// What nodes and ties files hold, read and checked against the stored nodes but not written.
    ///
    /// - Throws: `StoreError.importRefused` with the import's problems.
    public func readImport(_ files: [ImportFile]) throws(StoreError) -> Neighbourhood {
        let existing = try nodeIDs()
        do {
            return try NeighbourhoodCSV.parse(files.map(CSVFile.init), existing: existing)
        } catch {
            throw .importRefused(error)
        }
    }
}

extension CSVFile {
    /// The file a user handed to an import, as the CSV reader takes it.
    init(_ file: ImportFile) {
        self.init(
            name: file.name, bytes: file.bytes, kind: file.table.map { $0 == .nodes ? .nodes : .ties },
            keepsOwnColumns: file.keepsOwnColumns)
    }
}
