import Testing
import WeefselGraph

@Suite struct EgoTests {
    /// Jan lives with Marie (household tie) and Kees (no recorded tie).
    static func jan() throws -> AnalysisGraph { try sketch().graph() }

    static func sketch() -> CommunitySketch {
        var sketch = CommunitySketch()
        sketch.household("H1")
        sketch.person("jan", in: "H1")
        sketch.person("marie", in: "H1")
        sketch.person("kees", in: "H1")
        for id in ["zus", "piet", "buur", "ken", "ruzie", "dubbel", "anna", "carl", "bob", "client", "dora"] {
            sketch.person(id)
        }
        sketch.association("club", name: "Voetbalclub")
        sketch.person("coach", kind: .professional)
        sketch.tie("jan", "marie", .household, strength: 3)
        sketch.tie("jan", "zus", .family)
        sketch.tie("jan", "piet", .friend)
        sketch.tie("jan", "piet", .neighbour)
        sketch.tie("jan", "buur", .neighbour)
        sketch.tie("jan", "club", .member)
        sketch.tie("jan", "coach", .professional)
        sketch.tie("jan", "ken", .acquaintance, strength: 1)
        sketch.tie("jan", "ruzie", .conflict)
        sketch.tie("jan", "dubbel", .conflict)
        sketch.tie("jan", "dubbel", .acquaintance)
        sketch.tie("piet", "anna", .friend)
        sketch.tie("anna", "carl", .friend)
        sketch.tie("carl", "dora", .friend)
        sketch.tie("ruzie", "bob", .friend)
        sketch.tie("coach", "client", .professional)
        return sketch
    }

    @Test func theFirstStepIsDrawnInRings() throws {
        let graph = try Self.jan()
        let ego = try egoNetwork(of: "jan", in: graph)
        func ids(_ ring: EgoNetwork.Ring) -> [String] { ego.members(of: ring).map { graph.nodeIDs[Int($0)].rawValue } }
        #expect(ids(.household) == ["kees", "marie"])
        #expect(ids(.family) == ["zus"])
        #expect(ids(.friends) == ["piet"])
        #expect(ids(.neighbours) == ["buur"])
        #expect(ids(.associations) == ["club"])
        #expect(ids(.professionals) == ["coach"])
        #expect(ids(.others) == ["dubbel", "ken"])
        #expect(ego.conflicts.map { graph.nodeIDs[Int($0)].rawValue } == ["dubbel", "ruzie"])
        #expect(ego.further.isEmpty)
        let piet = try #require(ego.contacts.first { $0.node == graph.node("piet") })
        #expect(piet.kinds == [.neighbour, .friend])
        #expect(ego.contacts.first { $0.node == graph.node("kees") }?.strength == 0)
    }

    @Test func theSecondStepNamesWhoItGoesThrough() throws {
        let graph = try Self.jan()
        let ego = try egoNetwork(of: graph.node("jan"), in: graph, depth: 2)
        #expect(ego.further.map(\.node) == [graph.node("anna")])
        #expect(ego.further.first?.via == graph.node("piet"))
        #expect(ego.further.first?.distance == 2)
    }

    @Test func aPersonTwoStepsAwayIsReachedThroughTheClosestRing() throws {
        var more = Self.sketch()
        more.tie("buur", "anna", .acquaintance)
        let graph = try more.graph()
        let ego = try egoNetwork(of: graph.node("jan"), in: graph, depth: 2)
        // Piet (friends) comes before Buur (neighbours), though Buur sorts first by id.
        #expect(ego.further.first { $0.node == graph.node("anna") }?.via == graph.node("piet"))
    }

    @Test func conflictsAndCaseloadsCarryNoPath() throws {
        let graph = try Self.jan()
        let ego = try egoNetwork(of: graph.node("jan"), in: graph, depth: 3)
        let reached = Set(ego.further.map(\.node))
        #expect(!reached.contains(graph.node("bob")))
        #expect(!reached.contains(graph.node("client")))
        #expect(ego.further.map(\.node) == [graph.node("anna"), graph.node("carl")])
        #expect(ego.further.last?.via == graph.node("piet"))
        #expect(ego.further.last?.distance == 3)
    }

    @Test func aBadCentreOrDepthIsRefused() throws {
        let graph = try Self.jan()
        #expect(throws: GraphError.unknownNode("nobody")) { try egoNetwork(of: "nobody", in: graph) }
        #expect(throws: GraphError.self) { try egoNetwork(of: graph.node("jan"), in: graph, depth: 4) }
        #expect(throws: GraphError.self) { try egoNetwork(of: graph.node("jan"), in: graph, depth: 0) }
        #expect(throws: GraphError.self) { try egoNetwork(of: Int32(graph.nodeCount), in: graph) }
        #expect(throws: GraphError.self) { try egoNetwork(of: -1, in: graph) }
    }

    @Test func helpWithinTwoStepsIsFoundByItsSkill() throws {
        let graph = try Self.jan()
        var skills = [[String]](repeating: [], count: graph.nodeCount)
        skills[Int(graph.node("anna"))] = ["administratie"]
        skills[Int(graph.node("buur"))] = ["klussen", "Administratie "]
        skills[Int(graph.node("bob"))] = ["administratie"]
        skills[Int(graph.node("dubbel"))] = ["administratie"]
        skills[Int(graph.node("carl"))] = ["administratie"]
        skills[Int(graph.node("club"))] = ["administratie"]
        let found = try peopleWithSkills(
            ["administratie", "koken"], near: graph.node("jan"), in: graph, skills: skills)
        #expect(found.map(\.node) == [graph.node("buur"), graph.node("anna")])
        #expect(found[0].skills == ["Administratie "])
        #expect(found[0].distance == 1)
        #expect(found[1].via == graph.node("piet"))
        let both = try peopleWithSkills(["klussen", "administratie"], near: graph.node("jan"), in: graph) {
            skills[Int($0)]
        }
        #expect(both.first?.skills == ["klussen", "Administratie "])
        #expect(throws: GraphError.self) {
            try peopleWithSkills(["koken"], near: graph.node("jan"), in: graph, skills: [[String]]())
        }
    }
}
