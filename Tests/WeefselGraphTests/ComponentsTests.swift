import Testing
import WeefselGraph

@Suite struct ComponentsTests {
    @Test func separatePartsAreNumberedByTheirLowestNode() {
        let parts = connectedComponents(of: SmallGraph.twoPairsAndAnIsolate)
        #expect(parts.labels == [0, 0, 1, 1, 2])
        #expect(parts.sizes == [2, 2, 1])
        #expect(parts.largest == 0)
        #expect(parts.members == [[0, 1], [2, 3], [4]])
        #expect(connectedComponents(of: SmallGraph.empty).count == 0)
        #expect(connectedComponents(of: SmallGraph.empty).largest == nil)
    }

    @Test func theEndsOfABridgeAndTheInnerNodesOfAPathAreArticulationPoints() {
        #expect(articulationPoints(of: SmallGraph.bridgedTriangles) == [2, 3])
        #expect(articulationPoints(of: SmallGraph.path) == [1, 2, 3])
        #expect(articulationPoints(of: SmallGraph.star) == [0])
        #expect(articulationPoints(of: SmallGraph.triangle).isEmpty)
        #expect(articulationPoints(of: SmallGraph.single).isEmpty)
        #expect(articulationPoints(of: SmallGraph.empty).isEmpty)
    }

    @Test func aLongChainDoesNotExhaustTheStack() {
        let n = 200_000
        let chain = SmallGraph.make(n, (1..<n).map { (Int32($0 - 1), Int32($0)) })
        let points = articulationPoints(of: chain)
        #expect(points.count == n - 2)
        #expect(points.first == 1 && points.last == Int32(n - 2))
    }

    @Test func householdsCutOffAreThoseLeftWithoutAMemberInTheLargestPiece() {
        // A chain 0-1-2-3-4-5 with 6 hanging off 4. Households: {0, 5}, {1}, {2, 3}, {6}.
        let graph = SmallGraph.make(7, [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (4, 6)])
        let households: [Int32] = [0, 1, 2, 2, -1, 0, 3]
        let points = articulationPoints(of: graph, nodeHousehold: households)
        let byNode = Dictionary(uniqueKeysWithValues: points.map { ($0.node, $0) })
        #expect(points.map(\.node) == [1, 2, 3, 4])
        // Without 1: {0} is cut off, but household 0 keeps member 5 in the large piece.
        #expect(byNode[1] == ArticulationPoint(node: 1, nodesCutOff: 1, householdsCutOff: 0))
        // Without 4: 5 and 6 are cut off; household 0 keeps member 0, household 3 is cut off.
        #expect(byNode[4] == ArticulationPoint(node: 4, nodesCutOff: 2, householdsCutOff: 1))
        // Without 3: pieces {0,1,2} and {4,5,6}; the tie goes to the piece towards the root.
        #expect(byNode[3] == ArticulationPoint(node: 3, nodesCutOff: 3, householdsCutOff: 1))
    }

    @Test func leavingHomeAloneCutsOffAChildWhoKnowsOnlyTheParent() throws {
        let households = [Household(id: "h1"), Household(id: "h2")]
        let nodes = [
            Node(id: "a", kind: .resident, name: "ouder", household: "h1"),
            Node(id: "b", kind: .resident, name: "kind", household: "h1"),
            Node(id: "c", kind: .resident, name: "buur", household: "h2"),
            Node(id: "d", kind: .resident, name: "buur 2", household: "h2"),
        ]
        let ties = [
            Tie(source: "a", target: "b", kind: .household),
            Tie(source: "a", target: "c", kind: .neighbour),
            Tie(source: "c", target: "d", kind: .household),
            Tie(source: "b", target: "d", kind: .professional),
        ]
        let graph = try AnalysisGraph(Neighbourhood(nodes: nodes, households: households, ties: ties))
        // Informal ties only: the professional tie does not hold b in.
        let points = articulationPoints(in: graph)
        // Without the parent (a) the child (b) is cut off; without c, d is, and c's household with him.
        #expect(
            points == [
                ArticulationPoint(node: 0, nodesCutOff: 1, householdsCutOff: 1),
                ArticulationPoint(node: 2, nodesCutOff: 1, householdsCutOff: 1),
            ])
        #expect(articulationPoints(in: graph, filter: .positive).isEmpty)
    }
}
