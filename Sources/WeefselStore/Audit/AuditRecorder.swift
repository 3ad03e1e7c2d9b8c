import Foundation
import GRDB

/// Records reads of personal data with group commit: entries from many requests are written
/// together in one transaction.
///
/// The first entry that arrives while no commit is under way starts one (after `interval`, when
/// that is not zero); entries that arrive during a commit wait for it and are written together in
/// the next, up to `batchLimit` per transaction. Under load batches grow by themselves, and no
/// read waits for a timer while the disk is idle.
///
/// `record(_:)` returns once the entry is committed, so a caller can hold back personal data until
/// its read is on record, while one commit serves many requests.
public actor AuditRecorder: ReadLog {
    private let store: Store
    private let interval: Duration
    private let batchLimit: Int
    private var pending: [(AuditEntry.Draft, CheckedContinuation<Result<Void, StoreError>, Never>)] = []
    private var committing = false
    /// How many transactions the recorder committed; for tests and benchmarks.
    public private(set) var commits = 0

    /// - Parameters:
    ///   - interval: how long the first entry of a batch waits for others before the commit starts.
    ///   - batchLimit: the most entries written in one transaction.
    public init(store: Store, interval: Duration = .zero, batchLimit: Int = 256) {
        self.store = store
        self.interval = interval
        self.batchLimit = max(1, batchLimit)
    }

    /// Buffers `draft` and returns when the batch holding it has been committed.
    ///
    /// - Throws: `StoreError` when the batch could not be written.
    public func record(_ draft: AuditEntry.Draft) async throws(StoreError) {
        let result = await withCheckedContinuation { continuation in
            pending.append((draft, continuation))
            if !committing {
                committing = true
                Task { await self.commitPending(after: interval) }
            }
        }
        try result.get()
    }

    /// Writes every buffered entry now.
    public func flush() async {
        while !pending.isEmpty { await commitBatch() }
    }

    /// Commits batches until nothing is waiting; entries that arrive meanwhile join the next batch.
    private func commitPending(after delay: Duration) async {
        if delay > .zero { try? await Task.sleep(for: delay) }
        while !pending.isEmpty { await commitBatch() }
        committing = false
    }

    /// Writes up to `batchLimit` buffered entries in one transaction and answers their callers.
    private func commitBatch() async {
        let count = min(batchLimit, pending.count)
        let batch = Array(pending.prefix(count))
        pending.removeFirst(count)
        let drafts = batch.map(\.0)
        let result: Result<Void, StoreError>
        do {
            try await store.writer.write { db in try store.appendAudit(drafts, in: db) }
            commits += 1
            result = .success(())
        } catch {
            result = .failure(.database(Store.describe(error)))
        }
        for (_, continuation) in batch { continuation.resume(returning: result) }
    }
}
