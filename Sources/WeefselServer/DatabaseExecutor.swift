import Dispatch

/// Where the service's route handlers run: threads of their own rather than Swift's cooperative
/// pool, because every handler waits on SQLite (reads, the one writer, the audit's commits), and a
/// cooperative thread that blocks holds up every other task of the process.
final class DatabaseExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "weefsel.database", qos: .userInitiated, attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
