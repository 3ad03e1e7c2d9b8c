import Foundation
import WeefselGraph
import WeefselMatching

/// What the matching benchmark measured.
struct MatchingBenchFigures: Sendable, Codable {
    var needs: Int
    var offers: Int
    var feasiblePairs: Int
    /// The whole `match propose`: compile, candidates, hard rules, scores, solve, reasons (median of 3).
    var proposeSeconds: Double
    /// Candidates, rules and scores only (median of 3).
    var candidateSeconds: Double
    /// The optimal solver alone on the unit-demand instance written for SciPy (median of 3).
    var solveSeconds: Double
    /// The greedy solver alone on the same instance (median of 3).
    var greedySeconds: Double
    /// Optimum of the unit-demand instance, in thousandths of a point (comparable with SciPy's).
    var optimum: Int64
    var greedyTotal: Int64
    var matched: Int
    var instancePath: String
}

/// Builds the 5,000/5,000 instance with the generator, times `match propose` and the solver
/// (median of 3 each), writes the unit-demand instance for `Benchmarks/python/matching_baseline.py`
/// to `instancePath`, and returns the figures.
///
/// Instance file: a header line `needs offers pairs`, a line of offer capacities, then one line per
/// pair `need offer score` (0-based; scores are whole thousandths of a point; every need takes one
/// place).
func runMatchingBenchmark(
    needs: Int = 5_000, offers: Int = 5_000, seed: UInt64 = 7, instancePath: String = "matching-instance.txt"
) throws -> MatchingBenchFigures {
    let today = Day(year: 2025, month: 6, day: 1)!
    var generator = MatchingGenerator(seed: seed)
    let sample = generator.sample(needs: needs, offers: offers, today: today)
    let graph = try AnalysisGraph(sample.neighbourhood)

    func makeProblem() throws -> MatchingProblem {
        try MatchingProblem(
            programmes: Programme.builtIn, needs: sample.needs, offers: sample.offers,
            neighbourhood: sample.neighbourhood, graph: graph, postcodes: sample.postcodes, today: today)
    }
    func median(_ run: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<3 {
            let start = ContinuousClock.now
            try run()
            let elapsed = ContinuousClock.now - start
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        return times.sorted()[1]
    }

    var proposal: Proposal?
    let proposeSeconds = try median { proposal = try makeProblem().propose() }
    let problem = try makeProblem()
    var built: (instance: AssignmentInstance, rowNeeds: [Need.ID], columnOffers: [Offer.ID])?
    let candidateSeconds = median { built = problem.assignmentInstance() }
    guard let built, let proposal else { throw MatchingError.invalidArgument("benchmark did not run") }

    // The same pairs with every need taking one place, so SciPy solves the very same problem.
    var pairs: [(need: Int, offer: Int, score: Int64)] = []
    pairs.reserveCapacity(built.instance.pairCount)
    for i in 0..<built.instance.needCount {
        for e in built.instance.pairs(of: i) {
            pairs.append((i, Int(built.instance.offers[e]), built.instance.scores[e]))
        }
    }
    let unit = try AssignmentInstance(
        demands: [Int](repeating: 1, count: built.instance.needCount),
        capacities: built.instance.capacities.map { Int($0) }, pairs: pairs)
    var optimal: Assignment?
    var greedy: Assignment?
    let solveSeconds = median { optimal = unit.solve(using: .optimal) }
    let greedySeconds = median { greedy = unit.solve(using: .greedy) }

    var text = "\(unit.needCount) \(unit.offerCount) \(unit.pairCount)\n"
    text += unit.capacities.map(String.init).joined(separator: " ") + "\n"
    for pair in pairs { text += "\(pair.need) \(pair.offer) \(pair.score)\n" }
    try text.write(toFile: instancePath, atomically: true, encoding: .utf8)

    return MatchingBenchFigures(
        needs: needs, offers: offers, feasiblePairs: proposal.feasiblePairs, proposeSeconds: proposeSeconds,
        candidateSeconds: candidateSeconds, solveSeconds: solveSeconds, greedySeconds: greedySeconds,
        optimum: optimal?.totalScore ?? 0, greedyTotal: greedy?.totalScore ?? 0, matched: proposal.matches.count,
        instancePath: instancePath)
}

/// `make bench` section `matching`: the 5,000/5,000 instance against SciPy's sparse and dense
/// assignment solvers on the very same pairs, with the ratios.
func benchMatching(needs: Int = 5_000, offers: Int = 5_000, report: inout Report) throws {
    print("Matching \(needs) needs with \(offers) offers")
    let path = Harness.scratch + "/matching-instance.txt"
    let figures = try runMatchingBenchmark(needs: needs, offers: offers, instancePath: path)
    let scipy = try Harness.python("matching_baseline.py", [path])
    let sparse = scipy["sparse_seconds"] as? Double
    let dense = scipy["dense_seconds"] as? Double
    let sparseOptimum = (scipy["sparse_optimum"] as? NSNumber)?.int64Value
    report.note(
        "matching", "feasible pairs", weefsel: "\(figures.feasiblePairs) (\(figures.matched) needs matched)")
    report.time(
        "matching", "solve with capacities (min-cost flow)", weefsel: figures.solveSeconds, baseline: sparse,
        baselineName: "SciPy min_weight_full_bipartite_matching")
    report.time(
        "matching", "solve with capacities (dense)", weefsel: figures.solveSeconds, baseline: dense,
        baselineName: "SciPy linear_sum_assignment")
    report.note(
        "matching", "optimum (thousandths of a point)", weefsel: "\(figures.optimum)",
        baseline: "SciPy \(sparseOptimum.map(String.init) ?? "-")",
        ratio: sparseOptimum == figures.optimum ? "same optimum" : "DIFFERENT")
    report.note(
        "matching", "greedy total / optimum",
        weefsel: String(format: "%.4f", Double(figures.greedyTotal) / Double(max(1, figures.optimum))),
        baseline: "greedy \(Report.seconds(figures.greedySeconds))")
    report.note(
        "matching", "whole match propose (rules, scores, reasons, solve)",
        weefsel: Report.seconds(figures.proposeSeconds),
        baseline: "goal < 1 s")
}
