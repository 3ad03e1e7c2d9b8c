import Dispatch
import Foundation

/// Runs one shortest-path sweep per source on all cores and sums what the sweeps add per node.
///
/// The sources are dealt round-robin to a fixed number of tasks (independent of the machine's core
/// count); each task keeps its own buffers and its own partial sums, and the partial sums are added
/// in task order. So the result is the same, bit for bit, on every machine.
struct SourceSweep {
    /// How many tasks the sources are dealt to.
    static let taskLimit = 32

    /// Calls `makeWorker` once per task and `sweep(worker, source, partial)` for each of the task's
    /// sources, then returns the node-wise sum of the partial arrays.
    ///
    /// - Complexity: O(tasks × n) memory for the partial sums plus what the sweeps use.
    static func sum<Worker>(
        nodeCount n: Int, sources: [Int32], makeWorker: (Int) -> Worker,
        sweep: (inout Worker, Int, UnsafeMutableBufferPointer<Double>) -> Void
    ) -> [Double] {
        guard n > 0, !sources.isEmpty else { return [Double](repeating: 0, count: n) }
        let tasks = min(taskLimit, sources.count)
        var partials = [Double](repeating: 0, count: tasks * n)
        partials.withUnsafeMutableBufferPointer { all in
            let base = all
            concurrentlyPerform(iterations: tasks) { task in
                let slice = UnsafeMutableBufferPointer(rebasing: base[(task * n)..<((task + 1) * n)])
                var worker = makeWorker(n)
                var i = task
                while i < sources.count {
                    sweep(&worker, Int(sources[i]), slice)
                    i += tasks
                }
            }
        }
        var total = [Double](repeating: 0, count: n)
        for task in 0..<tasks {
            let offset = task * n
            for v in 0..<n { total[v] += partials[offset + v] }
        }
        return total
    }
}

/// Runs `body(i)` for `i` in `0..<iterations` on all cores and returns when every call has returned.
///
/// One thread per core (the calling thread among them) takes the next index until none is left.
/// Which thread runs which index does not change a result: the callers hand each call disjoint
/// memory (a task's own slice or node), which is also what makes sharing the closure safe.
func concurrentlyPerform(iterations: Int, _ body: (Int) -> Void) {
    let threads = min(iterations, ProcessInfo.processInfo.activeProcessorCount)
    guard threads > 1 else {
        for i in 0..<iterations { body(i) }
        return
    }
    withoutActuallyEscaping(body) { escapable in
        // The threads reach the closure only through the queue, which lets go of it before this
        // scope ends, whatever the threads' own lifetimes.
        let queue = TaskQueue(count: iterations, body: escapable)
        let finished = DispatchSemaphore(value: 0)
        for _ in 1..<threads {
            let thread = Thread {
                queue.drain()
                finished.signal()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        queue.drain()
        for _ in 1..<threads { finished.wait() }
        queue.release()
    }
}

/// Hands out the indices `0..<count` once each, to whichever thread asks first, and runs the body.
private final class TaskQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var issued = 0
    private let count: Int
    private var body: ((Int) -> Void)?

    init(count: Int, body: @escaping (Int) -> Void) {
        self.count = count
        self.body = body
    }

    /// Runs the body for indices until none is left.
    func drain() {
        guard let body else { return }
        while let i = next() { body(i) }
    }

    /// Drops the body; called once every thread has finished draining.
    func release() { body = nil }

    private func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard issued < count else { return nil }
        issued += 1
        return issued - 1
    }
}
