import Foundation
import Testing
import WeefselGraph
import WeefselStore

#if canImport(Glibc)
    import Glibc
#endif

/// Kills `weefsel import` of a whole generated neighbourhood into an empty database with SIGKILL at
/// random moments. The first import writes through SQLite's rollback journal instead of WAL; after
/// the kill the database must open, pass SQLite's integrity check, hold either nothing or the whole
/// import, and be in WAL mode again.
@Suite(.serialized) struct ImportKillTests {
    static let trials = 8

    /// Bytes 18 and 19 of an SQLite header are 2 in WAL mode and 1 with a rollback journal.
    static func headerSaysWAL(_ path: String) -> Bool {
        guard let header = FileManager.default.contents(atPath: path), header.count >= 20 else { return false }
        return header[18] == 2 && header[19] == 2
    }

    @Test func aKilledFirstImportLeavesNothingOrEverythingAndWALMode() throws {
        let weefsel = try CrashTests.executable()
        let neighbourhood = NeighbourhoodGenerator(persons: 20_000, seed: 3).generate()
        let csv = NeighbourhoodCSV.export(neighbourhood)
        let files = FileManager.default.temporaryDirectory.appendingPathComponent(
            "weefsel-import-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: files) }
        let nodesFile = files.appendingPathComponent("nodes.csv").path
        let tiesFile = files.appendingPathComponent("ties.csv").path
        try csv.nodes.write(toFile: nodesFile, atomically: true, encoding: .utf8)
        try csv.ties.write(toFile: tiesFile, atomically: true, encoding: .utf8)

        var random = SeededRandom(seed: 20_261_125)
        var killedBeforeCommit = 0
        for trial in 0..<Self.trials {
            let directory = files.appendingPathComponent("trial-\(trial)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let path = directory.appendingPathComponent("weefsel.sqlite").path
            // An initialised, empty database, as after 'weefsel init'.
            _ = try Store(path: path)

            let process = Process()
            process.executableURL = weefsel
            process.arguments = ["import", "--db", path, nodesFile, tiesFile]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: 0.05 + random.nextUnit() * 1.5)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let store = try Store(path: path)
            #expect(try store.integrityProblems().isEmpty, "trial \(trial)")
            let statistics = try store.statistics()
            if statistics.nodeCount == 0 {
                #expect(statistics.tieCount == 0, "trial \(trial): ties without their nodes")
                killedBeforeCommit += 1
            } else {
                #expect(statistics.nodeCount == neighbourhood.nodes.count, "trial \(trial): a partial import")
                #expect(statistics.tieCount == neighbourhood.ties.count, "trial \(trial): a partial import")
            }
            #expect(Self.headerSaysWAL(path), "trial \(trial): the database is in WAL mode again")
            #expect(!FileManager.default.fileExists(atPath: path + "-journal"), "trial \(trial)")

            // An interrupted import can simply be run again.
            if statistics.nodeCount == 0 && killedBeforeCommit == 1 {
                try store.neighbourhood.importCSV([
                    CSVFile(name: "nodes.csv", bytes: Array(csv.nodes.utf8)),
                    CSVFile(name: "ties.csv", bytes: Array(csv.ties.utf8)),
                ])
                #expect(try store.statistics().nodeCount == neighbourhood.nodes.count, "trial \(trial)")
            }
        }
        #expect(killedBeforeCommit >= Self.trials / 2, "most trials were killed in the middle of the import")
    }
}
