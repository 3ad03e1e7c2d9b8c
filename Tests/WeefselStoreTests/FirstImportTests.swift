import Foundation
import Testing
import WeefselGraph

@testable import WeefselStore

/// A large first import writes through SQLite's rollback journal; whatever happens, the import is
/// all or nothing and the database is in WAL mode again afterwards.
@Suite struct FirstImportTests {
    /// A generated neighbourhood large enough (over 1 MiB of CSV) for the first-import path.
    static let files: [CSVFile] = {
        let csv = NeighbourhoodCSV.export(NeighbourhoodGenerator(persons: 5_000, seed: 11).generate())
        return [
            CSVFile(name: "nodes.csv", bytes: Array(csv.nodes.utf8)),
            CSVFile(name: "ties.csv", bytes: Array(csv.ties.utf8)),
        ]
    }()

    /// A fresh database file in a directory of its own.
    static func databasePath() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "weefsel-first-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("weefsel.sqlite").path
    }

    /// The database file's own record of its journal: bytes 18 and 19 of the header are 2 in WAL
    /// mode and 1 with a rollback journal.
    static func headerSaysWAL(_ path: String) throws -> Bool {
        let header = try #require(FileManager.default.contents(atPath: path))
        return header.count >= 20 && header[18] == 2 && header[19] == 2
    }

    static func journalMode(_ store: Store) throws -> String { try store.writerSettings().journalMode }

    @Test func aLargeFirstImportWritesEverythingAndLeavesWALMode() throws {
        #expect(Self.files.reduce(0) { $0 + $1.bytes.count } >= Store.firstImportThreshold)
        let path = try Self.databasePath()
        let store = try Store(path: path)
        let (neighbourhood, summary) = try store.neighbourhood.importCSV(Self.files)
        #expect(summary.nodesAdded == neighbourhood.nodes.count)
        #expect(summary.tiesAdded == neighbourhood.ties.count)
        #expect(try store.statistics().nodeCount == neighbourhood.nodes.count)
        #expect(try store.statistics().tieCount == neighbourhood.ties.count)
        #expect(try Self.journalMode(store) == "wal")
        #expect(try Self.headerSaysWAL(path))
        #expect(!FileManager.default.fileExists(atPath: path + "-journal"))
        #expect(try store.integrityProblems().isEmpty)

        let (_, again) = try store.neighbourhood.importCSV(Self.files)
        #expect(again.changedNothing, "re-importing the same files changes nothing")
    }

    @Test func aLargeFirstImportWhileTheServiceRunsReachesItsCachesAndItsNetwerkkaart() throws {
        let path = try Self.databasePath()
        let store = try Store(path: path)
        try store.keepNetworkInMemory()
        let before = store.generation.current
        let (neighbourhood, _) = try store.neighbourhood.importCSV(Self.files)
        #expect(store.generation.current > before, "caches of results learn of the import")
        let day = try #require(Day(year: 2026, month: 3, day: 1))
        let whole = try store.analysis.loadGraph(at: day)
        for node in neighbourhood.nodes.enumerated().filter({ $0.offset % 500 == 0 }).map(\.element) {
            let part = try store.analysis.egoGraph(around: node.id, depth: 2, at: day) { _ in true }
            #expect(try EgoReport(of: node.id, in: part, depth: 2) == EgoReport(of: node.id, in: whole, depth: 2))
        }
    }

    @Test func aRefusedLargeFirstImportLeavesTheDatabaseUnchangedAndInWALMode() throws {
        let path = try Self.databasePath()
        let store = try Store(path: path)
        var files = Self.files
        let lines = String(decoding: files[1].bytes, as: UTF8.self).split(separator: "\n").count
        files[1].bytes += Array("P-nobody,\(files[1].name),friend,2,,,,\n".utf8)
        #expect {
            try store.neighbourhood.importCSV(files)
        } throws: { error in
            guard case StoreError.importRefused(let failure) = error else { return false }
            return failure.problems.contains { $0.file == "ties.csv" && $0.line == lines + 1 }
        }
        #expect(try store.statistics().nodeCount == 0)
        #expect(try store.statistics().tieCount == 0)
        #expect(try Self.journalMode(store) == "wal")
        #expect(try Self.headerSaysWAL(path))

        try store.neighbourhood.importCSV(Self.files)
        #expect(try store.statistics().nodeCount > 0, "the same store imports the good files afterwards")
    }

    @Test func aFirstImportBesideAnOpenReaderStillImportsInWALMode() throws {
        let path = try Self.databasePath()
        let store = try Store(path: path)
        // Another store that has read the database keeps it open, so the journal cannot change.
        let reader = try Store(path: path, access: .readOnly)
        #expect(try reader.statistics().nodeCount == 0)
        let (neighbourhood, _) = try store.neighbourhood.importCSV(Self.files)
        #expect(try reader.statistics().nodeCount == neighbourhood.nodes.count)
        #expect(try Self.journalMode(store) == "wal")
        #expect(try Self.headerSaysWAL(path))
    }

    @Test func theWriterCommitsWithFullSynchronisation() throws {
        let store = try Store(path: try Self.databasePath())
        #expect(try store.writerSettings().synchronous == 2, "2 is FULL")
    }
}
