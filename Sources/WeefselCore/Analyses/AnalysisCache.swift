import Foundation
import WeefselGraph

/// The analyses of the service (key figures, communities, the worklist, indicators) per scope,
/// answered from memory while the data they were computed from is unchanged.
///
/// Every result carries the store's ``StoreGeneration`` from before it was computed. A committed
/// write advances the generation before it returns and, in the same moment, drops every result
/// held here, so a request never gets an answer from before a write it could have seen, and
/// nothing about an erased person stays in memory. The write also schedules one refresh once the
/// writes pause for `refreshDelay` (or at the latest four times that after the first of them;
/// the writes meanwhile join it), which recomputes the analyses asked for most recently on a
/// detached task, off the request path. Requests for an analysis that is being
/// computed await that computation instead of starting their own: one computation per analysis
/// and generation at a time.
public final class AnalysisCache: @unchecked Sendable {
    private struct Entry {
        let generation: UInt64
        let answer: AnalysisAnswer
    }

    private struct Flight {
        let generation: UInt64
        let task: Task<AnalysisAnswer, any Error>
    }

    private enum Lookup {
        case ready(AnalysisAnswer)
        case running(Task<AnalysisAnswer, any Error>)
    }

    private let store: any AnalysisSource
    private let refreshDelay: Duration
    private let capacity: Int
    // Guards everything below; never held while computing or while taking another lock other than
    // the generation's (which is never held while this one is taken).
    private let lock = NSLock()
    private var entries: [AnalysisKey: Entry] = [:]
    private var flights: [AnalysisKey: Flight] = [:]
    /// The analyses asked for, least recently first; at most `capacity`.
    private var recent: [AnalysisKey] = []
    private var refreshScheduled = false
    /// Set once the application shut the cache down: nothing is refreshed any more.
    private var stopped = false
    private var lastChange = ContinuousClock.now
    private var firstUnrefreshedChange = ContinuousClock.now
    private var computationCount = 0

    /// - Parameters:
    ///   - store: the store whose writes invalidate the results.
    ///   - refreshDelay: how long after a write the analyses are recomputed in the background.
    ///   - capacity: how many different analyses (scope, kind, arguments, day) are kept.
    public init(store: any AnalysisSource, refreshDelay: Duration = .milliseconds(250), capacity: Int = 32) {
        self.store = store
        self.refreshDelay = refreshDelay
        self.capacity = max(1, capacity)
        store.generation.observe { [weak self] _ in self?.storeChanged() }
    }

    /// Runs for as long as the application does: the cache refreshes its results in the
    /// background after writes. When the task running this is cancelled (the application shuts
    /// down), the cache stops refreshing and cancels the computations under way, so shutting down
    /// never waits for an analysis.
    public func run() async {
        await withTaskCancellationHandler {
            while !Task.isCancelled, !locked({ stopped }) { try? await Task.sleep(for: .milliseconds(200)) }
        } onCancel: {
            shutDown()
        }
    }

    /// Stops refreshing, cancels every computation under way and forgets every result.
    public func shutDown() {
        let running = locked { () -> [Task<AnalysisAnswer, any Error>] in
            stopped = true
            entries.removeAll()
            defer { flights.removeAll() }
            return flights.values.map(\.task)
        }
        for task in running { task.cancel() }
    }

    /// How many analyses have been computed so far (requests answered from memory not included).
    public var computations: Int { locked { computationCount } }

    /// Whether any result held now mentions `text` (a name, an id, an address) in its JSON or
    /// among the persons it names: after an erasure, nothing about the person does.
    public func holds(_ text: String) -> Bool {
        locked {
            entries.values.contains { entry in
                String(decoding: entry.answer.json, as: UTF8.self).contains(text)
                    || entry.answer.subjects.contains(Node.ID(text))
            }
        }
    }

    /// The answer to `key` as of the store's current data: from memory, from a computation under
    /// way, or computed now on a detached task.
    public func answer(_ key: AnalysisKey) async throws -> AnalysisAnswer {
        switch lookup(key, remembering: true) {
        case .ready(let answer): return answer
        case .running(let task): return try await task.value
        }
    }

    /// The answer to `key` when it is at hand for the current data, without computing it.
    public func answerAtHand(_ key: AnalysisKey) -> AnalysisAnswer? {
        locked {
            guard let entry = entries[key], entry.generation == store.generation.current else { return nil }
            return entry.answer
        }
    }

    /// Where analyses compute: threads of their own, so that a computation of seconds holds up
    /// no request.
    static let executor = BlockingExecutor(label: "weefsel.analyses")

    private func lookup(_ key: AnalysisKey, remembering: Bool) -> Lookup {
        locked {
            if remembering { remember(key) }
            let generation = store.generation.current
            if let entry = entries[key], entry.generation == generation { return .ready(entry.answer) }
            if let flight = flights[key], flight.generation == generation { return .running(flight.task) }
            let store = store
            let task = Task.detached(executorPreference: Self.executor) { [weak self] () throws -> AnalysisAnswer in
                do {
                    let answer = try key.answer(from: store)
                    self?.finish(key, generation: generation, with: answer)
                    return answer
                } catch {
                    self?.finish(key, generation: generation, with: nil)
                    throw error
                }
            }
            flights[key] = Flight(generation: generation, task: task)
            computationCount += 1
            return .running(task)
        }
    }

    /// Keeps a computed answer only when no write came in between and the analysis is still wanted.
    private func finish(_ key: AnalysisKey, generation: UInt64, with answer: AnalysisAnswer?) {
        locked {
            if flights[key]?.generation == generation { flights[key] = nil }
            guard let answer, store.generation.current == generation, recent.contains(key) else { return }
            entries[key] = Entry(generation: generation, answer: answer)
        }
    }

    private func remember(_ key: AnalysisKey) {
        recent.removeAll { $0 == key }
        recent.append(key)
        while recent.count > capacity { entries[recent.removeFirst()] = nil }
    }

    /// Called by the store as a write commits: forgets every result and, unless one is pending
    /// already, schedules one refresh.
    private func storeChanged() {
        let now = ContinuousClock.now
        let schedule = locked { () -> Bool in
            entries.removeAll()
            lastChange = now
            guard !stopped, !refreshScheduled, !recent.isEmpty else { return false }
            refreshScheduled = true
            firstUnrefreshedChange = now
            return true
        }
        guard schedule else { return }
        let delay = refreshDelay
        Task.detached { [weak self] in
            while let self, !self.refreshIsDue() { try? await Task.sleep(for: delay) }
            await self?.refresh()
        }
    }

    /// Whether the writes have paused for `refreshDelay`, or the first of them waits four times
    /// that already (a steady stream of writes still gets its analyses refreshed now and then).
    private func refreshIsDue() -> Bool {
        let now = ContinuousClock.now
        return locked {
            now - lastChange >= refreshDelay || now - firstUnrefreshedChange >= refreshDelay * 4
        }
    }

    /// Recomputes the analyses asked for most recently, newest first, one at a time; stops as soon
    /// as another write makes the results out of date (that write schedules the next refresh).
    private func refresh() async {
        let (keys, generation) = locked { () -> ([AnalysisKey], UInt64) in
            refreshScheduled = false
            return (recent.reversed(), store.generation.current)
        }
        for key in keys {
            guard store.generation.current == generation else { return }
            if case .running(let task) = lookup(key, remembering: false) { _ = try? await task.value }
        }
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
