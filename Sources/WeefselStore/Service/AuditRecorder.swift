import Foundation
import GRDB

/// Records reads of personal data with group commit: entries from many requests are buffered and
/// written together in one transaction, every `interval` or as soon as `batchLimit` are waiting.
///
/// `record(_:)` returns once the entry is committed, so a caller can hold back personal data until
/// its read is on record, while one commit serves many requests.
public actor AuditRecorder {
    private let store: Store
    private let interval: Duration
    private let batchLimit: Int
    private var pending: [(AuditEntry.Draft, CheckedContinuation<Result<Void, StoreError>, Never>)] = []
    private var timer: Task<Void, Never>?
    /// How many transactions the recorder committed; for tests and benchmarks.
    public private(set) var commits = 0

    public init(store: Store, interval: Duration = .milliseconds(50), batchLimit: Int = 256) {
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
            if pending.count >= batchLimit {
                Task { await self.flush() }
            } else if timer == nil {
                timer = Task { [interval] in
                    try? await Task.sleep(for: interval)
                    await self.flush()
                }
            }
        }
        try result.get()
    }

    /// Writes every buffered entry now, in one transaction.
    public func flush() async {
        // A pending timer is left to run: it may be the caller, and flushing nothing is harmless.
        timer = nil
        guard !pending.isEmpty else { return }
        let batch = pending
        pending = []
        let drafts = batch.map(\.0)
        let result: Result<Void, StoreError>
        do {
            try await store.writer.write { db in try Store.appendAudit(drafts, in: db) }
            commits += 1
            result = .success(())
        } catch {
            result = .failure(.database(Store.describe(error)))
        }
        for (_, continuation) in batch { continuation.resume(returning: result) }
    }
}
