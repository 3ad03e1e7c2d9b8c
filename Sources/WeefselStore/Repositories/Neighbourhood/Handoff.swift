import Dispatch
import Synchronization

/// A value computed on another thread, waited for once.
final class Handoff<Value: Sendable>: Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the worker before it signals `done`, read only after `done`.
    private let result = Mutex<Value?>(nil)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            let value = work()
            self.result.withLock { $0 = value }
            self.done.signal()
        }
    }

    /// Waits for the value (`nil` only if the worker never stored one).
    func value() -> Value? {
        done.wait()
        done.signal()
        return result.withLock { $0 }
    }
}
