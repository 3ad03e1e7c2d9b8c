import Dispatch

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
/// The callers hand each call disjoint memory (a task's own slice or node), which is what makes
/// sharing the unchecked closure safe.
func concurrentlyPerform(iterations: Int, _ body: (Int) -> Void) {
    withoutActuallyEscaping(body) { escapable in
        let shared = UncheckedSendable(value: escapable)
        DispatchQueue.concurrentPerform(iterations: iterations) { shared.value($0) }
    }
}

/// A value the caller vouches is used by one task at a time, or read-only.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
}
