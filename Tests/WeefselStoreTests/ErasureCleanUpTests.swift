import Foundation
import GRDB
import Testing
import WeefselCore
import WeefselGraph
import WeefselStore

/// An erased name must leave the database's files, also when another program was reading at the
/// moment of the erasure: the store says the clean-up waits, and finishes it once the reader ends.
@Suite struct ErasureCleanUpTests {
    @Test func anErasureHeldUpByAReaderSaysSoAndFinishesWhenTheReaderEnds() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("weefsel-erase-\(UUID()).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let store = try Store(path: path)
        try store.neighbourhood.importNeighbourhood(StoreTests.sample)
        let name = "Fatma Yilmaz"
        // Another process reading: a read transaction open on its own connection.
        let reader = try DatabaseQueue(path: path)
        let started = DispatchSemaphore(value: 0)
        let finish = DispatchSemaphore(value: 0)
        let thread = Thread {
            try? reader.read { db in
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM node")
                started.signal()
                finish.wait()
            }
        }
        thread.start()
        started.wait()
        let report = try store.privacy.erase("P3", audit: .commandLine)
        #expect(!report.checkpointed)
        #expect(store.privacy.cleanUpPendingSince != nil, "the store says the clean-up waits")
        #expect(!store.privacy.finishCleanUp(), "not while the reader reads")
        finish.signal()
        while thread.isExecuting { usleep(10_000) }
        try reader.close()
        #expect(store.privacy.finishCleanUp())
        #expect(store.privacy.cleanUpPendingSince == nil)
        let wal = (try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data()
        #expect(wal.range(of: Data(name.utf8)) == nil, "the name is still in the write-ahead log")
        let file = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(file.range(of: Data(name.utf8)) == nil, "the name is still in the database file")
    }
}
