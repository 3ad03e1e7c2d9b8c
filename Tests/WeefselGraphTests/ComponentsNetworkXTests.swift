import Testing
import WeefselGraph

/// Components, articulation points and distances on published networks agree with NetworkX.
@Suite struct ComponentsNetworkXTests {
    @Test(arguments: CentralityFixture.all)
    func articulationPointsMatchNetworkX(_ fixture: CentralityFixture) {
        #expect(articulationPoints(of: fixture.adjacency) == fixture.expected.articulation_points)
    }

    @Test(arguments: CentralityFixture.all)
    func componentCountMatchesNetworkX(_ fixture: CentralityFixture) {
        #expect(connectedComponents(of: fixture.adjacency).count == fixture.expected.component_count)
    }

    @Test(arguments: CentralityFixture.all)
    func distancesMatchNetworkX(_ fixture: CentralityFixture) throws {
        #expect(try breadthFirstDistances(from: 0, in: fixture.adjacency) == fixture.expected.distances_from_0)
    }
}
