import Dispatch

/// Where work that holds a thread runs: route handlers that wait on SQLite (reads, the one writer,
/// the audit's commits) and analyses that compute for seconds. Threads of a concurrent dispatch
/// queue of its own, rather than Swift's cooperative pool, which has one thread per core: a
/// cooperative thread that blocks or computes long holds up every other task of the process.
public final class BlockingExecutor: TaskExecutor {
    private let queue: DispatchQueue

    /// An executor whose threads are named after `label` (`weefsel.database`, `weefsel.analyses`).
    public init(label: String) {
        queue = DispatchQueue(label: label, qos: .userInitiated, attributes: .concurrent)
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
