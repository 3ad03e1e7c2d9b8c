import Synchronization

/// Counts the committed changes to a store's data, so that a result computed from the data can
/// tell whether it is still current, and tells observers the moment a change is committed.
///
/// Every write method of ``Store`` goes through one place (`Store.write`), which advances the
/// generation after its transaction commits and before the method returns: a reader that starts
/// after a write returned sees a newer generation than any result computed before that write.
/// Writes that change no neighbourhood data (sessions, accounts, the audit log, exports) leave it alone.
public final class StoreGeneration: Sendable {
    private struct State {
        var value: UInt64 = 0
        var observers: [@Sendable (UInt64) -> Void] = []
    }

    private let state = Mutex(State())

    package init() {}

    /// The number of committed changes so far.
    public var current: UInt64 { state.withLock { $0.value } }

    /// Calls `observer` with the new generation after every committed change, synchronously,
    /// before the write that made the change returns. Observers must be quick and must not write.
    public func observe(_ observer: @escaping @Sendable (UInt64) -> Void) {
        state.withLock { $0.observers.append(observer) }
    }

    /// Records one committed change and tells the observers.
    package func advance() {
        let (generation, observers) = state.withLock { state -> (UInt64, [@Sendable (UInt64) -> Void]) in
            state.value += 1
            return (state.value, state.observers)
        }
        for observer in observers { observer(generation) }
    }
}
