import Foundation
import WeefselGraph
import WeefselMaps

/// A generated neighbourhood, its analysis graph and its informal ties as an edge list file that
/// the Python baselines read: every tool works on the very same network.
struct BenchNeighbourhood {
    let persons: Int
    let graph: AnalysisGraph
    let informal: Adjacency
    let edgeList: String

    init(persons: Int, seed: UInt64 = 7) throws {
        self.persons = persons
        graph = try AnalysisGraph(NeighbourhoodGenerator(persons: persons, seed: seed).generate())
        informal = graph.adjacency(.informal)
        edgeList = Harness.scratch + "/informal-\(persons).edges"
        try Harness.writeEdgeList(informal, to: edgeList)
    }

    var size: String { "\(persons) persons: \(informal.nodeCount) nodes, \(informal.edgeCount) informal ties" }
}

/// Exact betweenness and closeness against python-igraph, graph-tool and (on a small network)
/// NetworkX; approximate and exact betweenness on the largest network.
func benchCentralitySection(report: inout Report) throws {
    let small = try BenchNeighbourhood(persons: 1_000)
    print("Centrality on \(small.size)")
    let smallWeefsel = benchCentrality(adjacency: small.informal)
    let smallBaseline = try Harness.python("centrality_baseline.py", [small.edgeList, "\(small.informal.nodeCount)"])
    for measure in ["betweenness", "closeness"] {
        report.time(
            "centrality", "\(measure), 1,000 persons", weefsel: smallWeefsel[measure] ?? .nan,
            baseline: smallBaseline["networkx_\(measure)"] as? Double, baselineName: "NetworkX")
    }

    let medium = try BenchNeighbourhood(persons: 10_000)
    print("Centrality on \(medium.size)")
    let weefsel = benchCentrality(adjacency: medium.informal)
    let igraph = try Harness.python("centrality_baseline.py", [medium.edgeList, "\(medium.informal.nodeCount)"])
    let graphTool = try? Harness.python(
        "graphtool_baseline.py", [medium.edgeList, "\(medium.informal.nodeCount)"], interpreter: "/usr/bin/python3")
    if graphTool == nil { print("  (graph-tool is not installed: scripts/bootstrap.sh --bench installs it)") }
    for measure in ["betweenness", "closeness"] {
        report.time(
            "centrality", "\(measure), 10,000 persons", weefsel: weefsel[measure] ?? .nan,
            baseline: igraph["igraph_\(measure)"] as? Double, baselineName: "igraph")
        if let seconds = graphTool?["graphtool_\(measure)"] as? Double {
            report.time(
                "centrality", "\(measure), 10,000 persons", weefsel: weefsel[measure] ?? .nan,
                baseline: seconds, baselineName: "graph-tool")
        }
    }
    for measure in ["eigenvector", "pagerank"] {
        report.time(
            "centrality", "\(measure), 10,000 persons", weefsel: weefsel[measure] ?? .nan,
            baseline: igraph["igraph_\(measure)"] as? Double, baselineName: "igraph")
    }
}

/// Exact betweenness on a large generated neighbourhood (100,000 persons: igraph is estimated at
/// 35 minutes there), wall-clock and processor time.
func benchLargeBetweenness(persons: Int, report: inout Report) throws {
    let large = try BenchNeighbourhood(persons: persons)
    print("Exact betweenness on \(large.size)")
    let cpuBefore = Harness.processorSeconds()
    let seconds = Harness.median(runs: 1) { _ = betweennessCentrality(of: large.informal) }
    let cpu = Harness.processorSeconds() - cpuBefore
    let goal = persons == 100_000 ? " (goal < 3 min)" : ""
    report.time(
        "centrality", "exact betweenness, \(persons.formatted()) persons\(goal)", weefsel: seconds,
        baseline: nil, baselineName: "")
    report.note(
        "centrality", "exact betweenness, \(persons.formatted()) persons, processor time",
        weefsel: Report.seconds(cpu))
}

/// Communities, the isolation worklist and depth-2 netwerkkaarten on 100,000 persons, and Louvain
/// in NetworkX on 10,000.
func benchCommunitySection(report: inout Report) throws {
    let large = try BenchNeighbourhood(persons: 100_000)
    print("Communities on \(large.size)")
    var runs: [(seconds: Double, modularity: Double)] = []
    for seed in 1...3 { runs.append(benchCommunities(adjacency: large.informal, seed: UInt64(seed))) }
    let weefsel = runs.sorted { $0.seconds < $1.seconds }[1]
    let igraph = try Harness.python("community_baseline.py", [large.edgeList, "\(large.informal.nodeCount)", "1"])
    let multilevel = igraph["igraph_multilevel"] as? [String: Any]
    let leiden = igraph["igraph_leiden"] as? [String: Any]
    report.time(
        "communities", "100,000 persons", weefsel: weefsel.seconds,
        baseline: multilevel?["seconds"] as? Double, baselineName: "igraph multilevel")
    report.time(
        "communities", "100,000 persons", weefsel: weefsel.seconds,
        baseline: leiden?["seconds"] as? Double, baselineName: "igraph Leiden")
    let leidenQ = leiden?["modularity"] as? Double ?? .nan
    report.note(
        "communities", "modularity, 100,000 persons", weefsel: String(format: "%.4f", weefsel.modularity),
        baseline: String(
            format: "igraph multilevel %.4f, Leiden %.4f", multilevel?["modularity"] as? Double ?? .nan, leidenQ),
        ratio: String(format: "%+.2f%% of Leiden", (weefsel.modularity / leidenQ - 1) * 100))

    let medium = try BenchNeighbourhood(persons: 10_000)
    let small = benchCommunities(adjacency: medium.informal, seed: 1)
    let networkx = try Harness.python("community_baseline.py", [medium.edgeList, "\(medium.informal.nodeCount)", "1"])
    let louvain = networkx["networkx_louvain"] as? [String: Any]
    report.time(
        "communities", "10,000 persons", weefsel: small.seconds, baseline: louvain?["seconds"] as? Double,
        baselineName: "NetworkX Louvain")

    report.time(
        "isolation", "worklist, 100,000 persons (goal < 0.3 s)", weefsel: benchIsolation(graph: large.graph),
        baseline: nil, baselineName: "")
    var random = SeededRandom(seed: 3)
    var times: [Double] = []
    for _ in 0..<200 {
        let node = Int32(truncatingIfNeeded: random.next() % UInt64(large.graph.nodeCount))
        times.append(Harness.median(runs: 1) { _ = try? egoNetwork(of: node, in: large.graph, depth: 2) })
    }
    times.sort()
    report.note(
        "ego", "depth-2 netwerkkaart, 100,000 persons (goal < 5 ms)",
        weefsel: "median \(Report.seconds(times[100])), slowest \(Report.seconds(times[199]))")
}

/// The neighbourhood map of 1,000 and 10,000 persons drawn with sfdp through Weefsel's renderer
/// and through the `sfdp -Tsvg` command line on the same DOT, a 150-node netwerkkaart with dot,
/// and the street and group maps against their goals.
func benchMapsSection(report: inout Report) throws {
    for persons in [1_000, 10_000] {
        let neighbourhood = try BenchNeighbourhood(persons: persons)
        let input = try MapInput(analysing: neighbourhood.graph, seed: 1, referenceYear: 2025, betweenness: false)
        let dot = try neighbourhoodMap(of: input, options: MapOptions(neighbourhoodName: "bench")).text
        print("Map of \(neighbourhood.size)")
        let figures = benchMapsSFDP(dot: dot)
        report.time(
            "maps", "sfdp to SVG, \(persons) persons (goal: overhead at most 10%)",
            weefsel: figures["renderer"] ?? .nan, baseline: figures["command_line"], baselineName: "sfdp -Tsvg")
    }
    if let ego = benchEgoMapWithDot() {
        report.time(
            "maps", "150-node netwerkkaart with dot (goal < 1 s)", weefsel: ego, baseline: nil, baselineName: "")
    }
    try benchStreetAndGroupMaps(report: &report)
}
