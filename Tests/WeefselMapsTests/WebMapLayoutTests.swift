import Testing
import WeefselGraph
import WeefselMaps

/// The explorable map's layout: every group a disc of its own, nobody outside their disc, and
/// groups named after what their members share, the same every time.
@Suite struct WebMapLayoutTests {
    static let neighbourhood = NeighbourhoodGenerator(persons: 1_500, seed: 2026).generate()

    func layout() throws -> (WebMapLayout, AnalysisGraph) {
        let graph = try AnalysisGraph(Self.neighbourhood)
        let partition = communities(in: graph, seed: 1)
        return (WebMapLayout(graph, membership: partition.membership), graph)
    }

    @Test func theSameNetworkGivesTheSameMap() throws {
        let (first, _) = try layout()
        let (second, _) = try layout()
        #expect(first.x == second.x && first.y == second.y && first.groups == second.groups)
    }

    @Test func everybodyStandsInTheirGroupsDiscAndNoDiscsOverlap() throws {
        let (map, graph) = try layout()
        #expect(map.x.count == graph.nodeCount)
        #expect(map.groups.count > 3, "a neighbourhood of 1,500 has several groups")
        for v in 0..<graph.nodeCount {
            let group = map.groups[Int(map.group[v])]
            let (dx, dy) = (map.x[v] - group.x, map.y[v] - group.y)
            #expect((dx * dx + dy * dy).squareRoot() <= group.radius + 0.5, "node \(v) outside its disc")
        }
        for a in map.groups.indices {
            for b in map.groups.indices where a < b {
                let (p, q) = (map.groups[a], map.groups[b])
                let distance = ((p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)).squareRoot()
                #expect(distance >= p.radius + q.radius - 0.5, "groups \(a) and \(b) overlap")
            }
        }
    }

    @Test func groupsAreNamedAfterAnAssociationOrAStreetNeverAHousehold() throws {
        let (map, graph) = try layout()
        let associations = Set(
            graph.nodeIDs.indices.filter { graph.nodeKinds[$0] == .association }.map { graph.nodeNames[$0] })
        let streets = Set(graph.householdStreets.compactMap { $0 })
        let households = Set(graph.householdIDs.map(\.rawValue))
        for group in map.groups where !group.loose {
            let name = group.name.replacing(#/ \(\d+\)$/#, with: "")
            #expect(group.byStreet ? streets.contains(name) : associations.contains(name) || name.isEmpty)
            #expect(!households.contains(name))
        }
        #expect(Set(map.groups.map(\.name)).count == map.groups.count, "no two groups share a name")
    }

    @Test func whoHasNoGroupStandsTogetherInOneDisc() throws {
        let (map, graph) = try layout()
        let adjacency = graph.adjacency(.informal)
        let found = map.groups.firstIndex { $0.loose }
        let loose = try #require(found)
        for v in 0..<graph.nodeCount where adjacency.degree(of: v) == 0 {
            #expect(map.group[v] == Int32(loose), "node \(v) without informal ties is in the loose disc")
        }
    }
}
