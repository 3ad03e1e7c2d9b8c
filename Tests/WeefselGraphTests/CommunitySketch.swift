import WeefselGraph

/// A neighbourhood drawn by hand in a test: households, people and ties by short ids.
struct CommunitySketch {
    var households: [Household] = []
    var nodes: [Node] = []
    var ties: [Tie] = []

    mutating func household(_ id: String, street: String? = nil, wijk: String? = nil) {
        households.append(Household(id: Household.ID(id), street: street, houseNumber: "1", wijk: wijk))
    }

    mutating func person(
        _ id: String, in household: String? = nil, born: Int? = nil, kind: Node.Kind = .resident, wijk: String? = nil
    ) {
        nodes.append(
            Node(
                id: Node.ID(id), kind: kind, name: id, household: household.map { Household.ID($0) }, birthYear: born,
                wijk: wijk))
    }

    mutating func association(_ id: String, name: String) {
        nodes.append(Node(id: Node.ID(id), kind: .association, name: name))
    }

    mutating func tie(_ a: String, _ b: String, _ kind: Tie.Kind, strength: Int = 2) {
        ties.append(
            Tie(
                source: Node.ID(a), target: Node.ID(b), kind: kind,
                strength: Tie.Strength(rawValue: strength) ?? .medium))
    }

    func graph() throws -> AnalysisGraph {
        try AnalysisGraph(Neighbourhood(nodes: nodes, households: households, ties: ties))
    }
}

extension AnalysisGraph {
    /// The index of a node known to be in the graph, for tests.
    func node(_ id: String) -> Int32 { index(of: Node.ID(id)) ?? -1 }
}

/// A seeded random graph with planted groups: `groups` groups of `size` nodes; each node gets
/// `inside` random ties in its group and `outside` random ties anywhere.
func plantedAdjacency(groups: Int, size: Int, inside: Int, outside: Int, seed: UInt64) -> Adjacency {
    var random = SeededRandom(seed: seed)
    let n = groups * size
    var edges: [(Int32, Int32, UInt8)] = []
    for v in 0..<n {
        let group = v / size
        for _ in 0..<inside {
            let u = group * size + Int(random.next() % UInt64(size))
            edges.append((Int32(v), Int32(u), UInt8(1 + random.next() % 3)))
        }
        for _ in 0..<outside {
            edges.append((Int32(v), Int32(random.next() % UInt64(n)), 1))
        }
    }
    return Adjacency(nodeCount: n, edges: edges)
}
