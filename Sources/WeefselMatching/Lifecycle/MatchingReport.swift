import WeefselGraph

/// The figures funders ask for, per programme, over a period: who is waiting and for how long,
/// how many matches started, are running and ended (and why), and how long matches last.
public struct MatchingReport: Sendable, Hashable, Codable {
    public struct Figures: Sendable, Hashable, Codable {
        public var programme: Programme.ID
        /// Needs waiting on the last day of the period.
        public var waiting: Int
        /// Median and longest wait in days of those needs (since they asked, or since their last match ended).
        public var medianWait: Double?
        public var longestWait: Int?
        /// Matches that became active during the period.
        public var started: Int
        /// Matches active on the last day.
        public var active: Int
        /// Matches that ended during the period, by reason (`EndReason` raw values).
        public var ended: [String: Int]
        public var endedTotal: Int
        /// Proposals declined during the period.
        public var declined: Int
        /// Mean length in days of the matches that ended during the period.
        public var meanDuration: Double?
    }

    public var from: Day
    public var to: Day
    /// One entry per programme, by programme id.
    public var programmes: [Figures]

    /// Computes the report for the days `from...to`.
    ///
    /// - Throws: `MatchingError.invalidArgument` when `from` is after `to`.
    /// - Complexity: O((n + m) log(n + m)) for n needs and m matches.
    public init(
        programmes: [Programme], needs: [Need], matches: [Match], from: Day, to: Day
    ) throws(MatchingError) {
        guard from <= to else { throw .invalidArgument("the report starts (\(from)) after it ends (\(to))") }
        self.from = from
        self.to = to
        var matchesOfNeed: [Need.ID: [Match]] = [:]
        for match in matches { matchesOfNeed[match.need, default: []].append(match) }
        let period = from...to

        var figures: [Figures] = []
        for programme in programmes.sorted(by: { $0.id < $1.id }) {
            var waits: [Int] = []
            for need in needs where need.programme == programme.id && need.requestedOn <= to {
                if need.status == .closed, need.closedOn.map({ $0 <= to }) ?? true { continue }
                let history = matchesOfNeed[need.id] ?? []
                if history.contains(where: { $0.state(on: to)?.isLive ?? false }) { continue }
                let lastEnd = history.compactMap { m in m.state(on: to) == .ended ? m.closedOn : nil }.max()
                let since = max(need.requestedOn, lastEnd ?? need.requestedOn)
                waits.append(since.days(until: to))
            }
            waits.sort()
            var ended: [String: Int] = [:]
            var durations: [Int] = []
            var started = 0
            var active = 0
            var declined = 0
            for match in matches where match.programme == programme.id {
                if let start = match.startedOn, period.contains(start) { started += 1 }
                if match.state(on: to) == .active { active += 1 }
                guard let closed = match.closedOn, period.contains(closed) else { continue }
                if match.state == .declined {
                    declined += 1
                } else {
                    ended[(match.endReason ?? .other).rawValue, default: 0] += 1
                    if let start = match.startedOn { durations.append(start.days(until: closed)) }
                }
            }
            figures.append(
                Figures(
                    programme: programme.id, waiting: waits.count, medianWait: MatchingReport.median(waits),
                    longestWait: waits.last, started: started, active: active, ended: ended,
                    endedTotal: ended.values.reduce(0, +), declined: declined,
                    meanDuration: durations.isEmpty
                        ? nil : Double(durations.reduce(0, +)) / Double(durations.count)))
        }
        self.programmes = figures
    }

    static func median(_ sorted: [Int]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
    }
}
