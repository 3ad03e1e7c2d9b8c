import Foundation
import Testing
import WeefselGraph

@Suite struct CommunityTests {
    /// Two groups of four who all know each other, joined by one tie between 3 and 4.
    static let twoCliques: Adjacency = {
        var edges: [(Int32, Int32, UInt8)] = []
        for group in [0, 4] as [Int32] {
            for a in 0..<4 as Range<Int32> {
                for b in (a + 1)..<4 { edges.append((group + a, group + b, 3)) }
            }
        }
        edges.append((3, 4, 1))
        return Adjacency(nodeCount: 8, edges: edges)
    }()

    @Test func twoCliquesJoinedByOneTieAreTwoCommunities() {
        let partition = communities(of: Self.twoCliques, seed: 7)
        #expect(partition.communities == [[0, 1, 2, 3], [4, 5, 6, 7]])
        #expect(partition.membership == [0, 0, 0, 0, 1, 1, 1, 1])
        // m = 13, each side has 6 inside edges and degree 13: 2 * (6/13 - (13/26)^2).
        #expect(abs(partition.modularity - (12.0 / 13.0 - 0.5)) < 1e-12)
    }

    @Test func weightedModularityCountsStrengths() throws {
        // Inside weight 2 * 6 * 3 = 36, bridge 1: m = 37; each side degree 37.
        let q = try modularity([0, 0, 0, 0, 1, 1, 1, 1], of: Self.twoCliques, weighted: true)
        #expect(abs(q - (36.0 / 37.0 - 0.5)) < 1e-12)
        let weighted = communities(of: Self.twoCliques, seed: 1, weighted: true)
        #expect(weighted.communities == [[0, 1, 2, 3], [4, 5, 6, 7]])
        #expect(abs(weighted.modularity - q) < 1e-12)
    }

    @Test func nodesWithoutTiesAreCommunitiesOfTheirOwn() {
        let lonely = Adjacency(nodeCount: 3, edges: [])
        let partition = communities(of: lonely)
        #expect(partition.communities == [[0], [1], [2]])
        #expect(partition.modularity == 0)
        #expect(communities(of: Adjacency(nodeCount: 0, edges: [])).count == 0)
    }

    @Test func sparseLabelsGiveTheSameModularity() throws {
        let dense = try modularity([0, 0, 0, 0, 1, 1, 1, 1], of: Self.twoCliques)
        let sparse = try modularity([7, 7, 7, 7, .max, .max, .max, .max], of: Self.twoCliques)
        #expect(dense == sparse)
    }

    @Test func modularityRefusesAMembershipOfTheWrongSize() {
        #expect(throws: GraphError.self) { try modularity([0, 0], of: Self.twoCliques) }
        #expect(throws: GraphError.self) { try modularity([0, 0, 0, 0, -1, 1, 1, 1], of: Self.twoCliques) }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func aRandomGraphIsSplitIntoEveryNodeOnce(seed: UInt64) throws {
        let adjacency = plantedAdjacency(groups: 12, size: 25, inside: 3, outside: 1, seed: seed)
        let partition = communities(of: adjacency, seed: seed)
        let members = partition.communities.flatMap { $0 }.sorted()
        #expect(members == (0..<Int32(adjacency.nodeCount)).map { $0 })
        for (c, group) in partition.communities.enumerated() {
            #expect(group == group.sorted())
            #expect(group.allSatisfy { partition.membership[Int($0)] == Int32(c) })
        }
        let sizes = partition.communities.map(\.count)
        #expect(sizes == sizes.sorted(by: >))
        #expect(partition.modularity >= -0.5 && partition.modularity <= 1)
        #expect(abs(try modularity(partition.membership, of: adjacency) - partition.modularity) < 1e-12)
        // The planted groups are found well: at least as good as the plant itself.
        let planted = (0..<adjacency.nodeCount).map { Int32($0 / 25) }
        #expect(partition.modularity >= (try modularity(planted, of: adjacency)) - 1e-9)
    }

    @Test func theSameSeedGivesTheSameSplit() {
        let adjacency = plantedAdjacency(groups: 20, size: 30, inside: 2, outside: 2, seed: 99)
        let first = communities(of: adjacency, seed: 5)
        let second = communities(of: adjacency, seed: 5)
        #expect(first == second)
    }

    @Test func relabellingTheNodesKeepsTheModularityOfASplit() throws {
        let adjacency = plantedAdjacency(groups: 8, size: 20, inside: 3, outside: 1, seed: 3)
        let n = adjacency.nodeCount
        var random = SeededRandom(seed: 17)
        let permutation = (0..<n).map { Int32($0) }.shuffled(using: &random)
        var edges: [(Int32, Int32, UInt8)] = []
        for v in 0..<n {
            for e in adjacency.range(of: v) {
                edges.append((permutation[v], permutation[Int(adjacency.targets[e])], adjacency.strengths[e]))
            }
        }
        let relabelled = Adjacency(nodeCount: n, edges: edges)
        let partition = communities(of: adjacency, seed: 2)
        var moved = [Int32](repeating: 0, count: n)
        for v in 0..<n { moved[Int(permutation[v])] = partition.membership[v] }
        #expect(abs(try modularity(moved, of: relabelled) - partition.modularity) < 1e-12)
        // A search on the relabelled graph finds a split of about the same quality.
        let again = communities(of: relabelled, seed: 2)
        #expect(abs(again.modularity - partition.modularity) < 0.02)
    }

    @Test func aHigherResolutionGivesSmallerGroups() {
        let adjacency = plantedAdjacency(groups: 6, size: 40, inside: 3, outside: 1, seed: 8)
        let coarse = communities(of: adjacency, seed: 1, resolution: 0.2)
        let fine = communities(of: adjacency, seed: 1, resolution: 4)
        #expect(coarse.count < fine.count)
        #expect(fine.communities.map(\.count).max() ?? 0 < coarse.communities.map(\.count).max() ?? 0)
    }

    @Test func aSplitAgreesWithItsCanonicalForm() {
        let partition = Partition(labels: [5, 5, 9, 2, 9, 9], modularity: 0.1)
        #expect(partition.communities == [[2, 4, 5], [0, 1], [3]])
        #expect(partition.membership == [1, 1, 0, 2, 0, 0])
    }
}

@Suite struct CommunityNetworkXTests {
    struct Fixture: Decodable {
        struct Network: Decodable {
            struct Split: Decodable {
                let label: String
                let membership: [Int32]
                let modularity: Double
                let modularity_resolution_2: Double
            }
            let name: String
            let nodes: [String]
            let edges: [[Int32]]
            let best_louvain_modularity: Double
            let partitions: [Split]

            var adjacency: Adjacency {
                Adjacency(nodeCount: nodes.count, edges: edges.map { ($0[0], $0[1], UInt8(1)) })
            }
        }
        let networks: [Network]
    }

    static let fixture: Fixture? = {
        guard
            let url = Bundle.module.url(
                forResource: "community_fixtures", withExtension: "json", subdirectory: "Fixtures"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return try? JSONDecoder().decode(Fixture.self, from: data)
    }()

    @Test func modularityAgreesWithNetworkX() throws {
        let fixture = try #require(Self.fixture)
        #expect(fixture.networks.count == 4)
        for network in fixture.networks {
            let adjacency = network.adjacency
            for split in network.partitions {
                let q = try modularity(split.membership, of: adjacency)
                #expect(abs(q - split.modularity) < 1e-9, "\(network.name): \(split.label)")
                let q2 = try modularity(split.membership, of: adjacency, resolution: 2)
                #expect(abs(q2 - split.modularity_resolution_2) < 1e-9, "\(network.name): \(split.label)")
            }
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func publishedNetworksReachNetworkXsBestLouvain(seed: UInt64) throws {
        let fixture = try #require(Self.fixture)
        for network in fixture.networks {
            let partition = communities(of: network.adjacency, seed: seed)
            #expect(
                partition.modularity >= 0.99 * network.best_louvain_modularity,
                "\(network.name): \(partition.modularity) against \(network.best_louvain_modularity)")
        }
    }
}
