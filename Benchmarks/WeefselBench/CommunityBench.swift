import WeefselGraph

/// Times one community search on `adjacency` for a seed.
///
/// - Returns: the wall-clock seconds of the search and the modularity it found.
func benchCommunities(adjacency: Adjacency, seed: UInt64) -> (seconds: Double, modularity: Double) {
    let clock = ContinuousClock()
    var found = Partition(labels: [], modularity: 0)
    let elapsed = clock.measure { found = communities(of: adjacency, seed: seed) }
    return (communitySeconds(elapsed), found.modularity)
}

/// Times the isolation worklist of `graph` five times.
///
/// - Returns: the median seconds.
func benchIsolation(graph: AnalysisGraph) -> Double {
    let clock = ContinuousClock()
    var times: [Double] = []
    var households = 0
    for _ in 0..<5 {
        let elapsed = clock.measure { households = isolatedHouseholds(in: graph, referenceYear: 2025).count }
        times.append(communitySeconds(elapsed))
    }
    precondition(households <= graph.householdCount)
    times.sort()
    return times[times.count / 2]
}

private func communitySeconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
}
