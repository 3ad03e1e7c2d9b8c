import Foundation

/// Counts the committed changes to a store's data, so that a result computed from the data can
/// tell whether it is still current, and tells observers the moment a change is committed.
///
/// Every write method of ``Store`` goes through one place (`Store.write`), which advances the
/// generation after its transaction commits and before the method returns: a reader that starts
/// after a write returned sees a newer generation than any result computed before that write.
/// Writes that change no neighbourhood data (sessions, accounts, the audit log, exports) leave it alone.
public final class StoreGeneration: @unchecked Sendable {
    private let lock = NSLock()
    private var value: UInt64 = 0
    private var observers: [@Sendable (UInt64) -> Void] = []

    package init() {}

    /// The number of committed changes so far.
    public var current: UInt64 { lock.withLock { value } }

    /// Calls `observer` with the new generation after every committed change, synchronously,
    /// before the write that made the change returns. Observers must be quick and must not write.
    public func observe(_ observer: @escaping @Sendable (UInt64) -> Void) {
        lock.withLock { observers.append(observer) }
    }

    /// Records one committed change and tells the observers.
    package func advance() {
        let (generation, observers) = lock.withLock { () -> (UInt64, [@Sendable (UInt64) -> Void]) in
            value += 1
            return (value, self.observers)
        }
        for observer in observers { observer(generation) }
    }
}
