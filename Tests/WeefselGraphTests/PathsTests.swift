import Testing
import WeefselGraph

@Suite struct PathsTests {
    @Test func distancesCountStepsAndMarkTheUnreachable() throws {
        #expect(try breadthFirstDistances(from: 0, in: SmallGraph.path) == [0, 1, 2, 3, 4])
        #expect(try breadthFirstDistances(from: 2, in: SmallGraph.twoPairsAndAnIsolate) == [-1, -1, 0, 1, -1])
        #expect(try breadthFirstDistances(from: 0, in: SmallGraph.path, maxDepth: 2) == [0, 1, 2, -1, -1])
    }

    @Test func anUnknownStartIsRefused() {
        #expect(throws: GraphError.self) { try breadthFirstDistances(from: 5, in: SmallGraph.path) }
        #expect(throws: GraphError.self) { try shortestPath(from: -1, to: 0, in: SmallGraph.path) }
    }

    @Test func theShortestPathTakesTheLowestNodeAmongEqualRoutes() throws {
        // A square 0-1-2-3-0 plus 3-4: from 0 to 2 over 1 or 3; 1 is lower.
        let square = SmallGraph.make(5, [(0, 1), (1, 2), (2, 3), (3, 0), (3, 4)])
        #expect(try shortestPath(from: 0, to: 2, in: square) == [0, 1, 2])
        #expect(try shortestPath(from: 2, to: 0, in: square) == [2, 1, 0])
        #expect(try shortestPath(from: 4, to: 1, in: square) == [4, 3, 0, 1])
        #expect(try shortestPath(from: 3, to: 3, in: square) == [3])
    }

    @Test func thereIsNoPathBetweenSeparateParts() throws {
        #expect(try shortestPath(from: 0, to: 3, in: SmallGraph.twoPairsAndAnIsolate) == nil)
        #expect(try shortestPath(from: 4, to: 0, in: SmallGraph.twoPairsAndAnIsolate) == nil)
    }

    static func street() throws -> AnalysisGraph {
        let people = ["ans", "bram", "cor", "dirk", "eva"].map { Node(id: Node.ID($0), kind: .resident, name: $0) }
        let ties = [
            Tie(source: "ans", target: "bram", kind: .neighbour),
            Tie(source: "bram", target: "cor", kind: .professional),
            Tie(source: "cor", target: "dirk", kind: .friend),
            Tie(source: "ans", target: "dirk", kind: .conflict),
        ]
        return try AnalysisGraph(Neighbourhood(nodes: people, ties: ties))
    }

    @Test func anIntroductionRunsOverTrustedTiesAndNeverOverAConflict() throws {
        let graph = try Self.street()
        #expect(try shortestPath(from: "ans", to: "dirk", in: graph) == ["ans", "bram", "cor", "dirk"])
        #expect(try shortestPath(from: "ans", to: "eva", in: graph) == nil)
        // Informal ties only: the professional link is not an introduction.
        #expect(try shortestPath(from: "ans", to: "dirk", in: graph, filter: .informal) == nil)
    }

    @Test func anUnknownPersonIsNamedInTheError() throws {
        let graph = try Self.street()
        #expect(throws: GraphError.unknownNode("zoe")) { try shortestPath(from: "ans", to: "zoe", in: graph) }
    }
}
