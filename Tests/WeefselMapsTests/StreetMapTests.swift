import Foundation
import Testing
import WeefselGraph
import WeefselMaps

/// The street map: households where they live, the streets named, the households that need a visit
/// marked, the key figures named beside their home.
@Suite struct StreetMapTests {
    /// Sixty households on three streets with seeded positions; on the last street, numbers 3 to 5
    /// have no position, and a fourth street has none at all.
    static func neighbourhood() -> Neighbourhood {
        var random = SeededRandom(seed: 11)
        var neighbourhood = Neighbourhood()
        for (s, street) in ["Merelstraat", "Lijsterweg", "Vinkenlaan", "Nieuwe Dijk"].enumerated() {
            for number in 1...15 {
                let id = Household.ID("H\(s)-\(number)")
                let located = s < 3 && !(s == 2 && (3...5).contains(number))
                neighbourhood.households.append(
                    Household(
                        id: id, street: street, houseNumber: "\(number)",
                        latitude: located ? 52.0 + Double(s) * 0.002 + random.nextUnit() * 0.0015 : nil,
                        longitude: located ? 5.0 + Double(number) * 0.0002 + random.nextUnit() * 0.0001 : nil))
                neighbourhood.nodes.append(
                    Node(id: Node.ID("P\(s)-\(number)"), kind: .resident, name: "Bewoner \(s)-\(number)", household: id)
                )
            }
        }
        let people = neighbourhood.nodes.map(\.id)
        for (index, person) in people.enumerated() where index % 7 != 3 {
            let other = (index * 13 + 5) % people.count
            guard other % 7 != 3, other != index else { continue }
            neighbourhood.ties.append(Tie(source: person, target: people[other], kind: .friend))
        }
        neighbourhood.nodes.append(Node(id: "V1", kind: .association, name: "Buurthuis De Vink"))
        for person in people.prefix(8) { neighbourhood.ties.append(Tie(source: person, target: "V1", kind: .member)) }
        return neighbourhood
    }

    static func drawing(names: Bool = true) throws -> (MapDrawing, AnalysisGraph) {
        let graph = try AnalysisGraph(neighbourhood())
        let input = try MapInput(analysing: graph, seed: 1, referenceYear: 2026, betweenness: true)
        return (try streetMap(of: input, options: MapOptions(neighbourhoodName: "Vogelbuurt", names: names)), graph)
    }

    static func positions(_ drawing: MapDrawing) -> [String: DOTPoint] {
        Dictionary(
            drawing.graph.nodes.compactMap { node in node.attributes.position.map { (node.id.description, $0) } },
            uniquingKeysWith: { first, _ in first })
    }

    @Test func householdsKeepTheOrderOfTheirCoordinatesAlongEachAxis() throws {
        let (drawing, graph) = try Self.drawing()
        let positions = Self.positions(drawing)
        let located = (0..<Int32(graph.householdCount)).filter { graph.householdLatitudes[Int($0)] != nil }
        #expect(located.count == 42)
        let byLatitude = located.sorted { graph.householdLatitudes[Int($0)]! < graph.householdLatitudes[Int($1)]! }
        let ys = byLatitude.map { positions["h\($0)"]!.y }
        #expect(ys == ys.sorted(), "north stays north")
        let byLongitude = located.sorted { graph.householdLongitudes[Int($0)]! < graph.householdLongitudes[Int($1)]! }
        let xs = byLongitude.map { positions["h\($0)"]!.x }
        #expect(xs == xs.sorted(), "east stays east")
        #expect(drawing.engine == .pinned)
        #expect(drawing.text.contains("pos=\""))
    }

    @Test func householdsWithoutAPositionGoAlongTheirStreetInHouseNumberOrder() throws {
        let (drawing, graph) = try Self.drawing()
        let positions = Self.positions(drawing)
        func x(_ id: String) throws -> Double {
            let h = try #require(graph.index(of: Household.ID(id)))
            return try #require(positions["h\(h)"]).x
        }
        // Vinkenlaan 3 to 5 between 2 and 6; the Nieuwe Dijk in a row of its own, 1 to 15.
        let vinken = try [2, 3, 4, 5, 6].map { try x("H2-\($0)") }
        #expect(vinken == vinken.sorted())
        let dijk = try (1...15).map { try x("H3-\($0)") }
        #expect(dijk == dijk.sorted() && Set(dijk).count == 15)
    }

    @Test func streetsKeyFiguresAndLandmarksAreNamedAndHiddenWhenPseudonymised() throws {
        let (named, _) = try Self.drawing()
        for word in ["Merelstraat", "Lijsterweg", "Vinkenlaan", "Nieuwe Dijk", "Buurthuis De Vink", "1. Bewoner"] {
            #expect(named.text.contains(word), "\(word)")
        }
        #expect(named.text.contains("Straatkaart — Vogelbuurt"))
        let (hidden, _) = try Self.drawing(names: false)
        #expect(!hidden.text.contains("Merelstraat") && !hidden.text.contains("Bewoner"))
        #expect(hidden.text.contains("straat 1") && hidden.text.contains("straat 4"))
    }

    @Test func householdsThatNeedAVisitAreMarkedAndLabelledWithTheirNumber() throws {
        let (drawing, graph) = try Self.drawing()
        // Every seventh person has no tie of their own and nobody names them: isolated.
        let isolated = isolatedHouseholds(in: graph, referenceYear: 2026).filter { $0.class == .isolated }
        #expect(!isolated.isEmpty)
        for entry in isolated {
            let node = try #require(drawing.graph.nodes.first { $0.id == .backdrop("mark_\(entry.household)") })
            #expect(node.attributes.fillColour == Palette.vermillion)
            #expect(node.attributes.shape == .house)
        }
        #expect(drawing.text.contains("geïsoleerd huishouden"))
    }

    @Test func labelsCoverNoOtherLabel() throws {
        let (drawing, _) = try Self.drawing()
        let labels = drawing.graph.nodes.filter { $0.attributes.shape == .plaintext }
        #expect(labels.count >= 5)
        for (index, a) in labels.enumerated() {
            for b in labels[(index + 1)...] {
                let (pa, pb) = (a.attributes.position!, b.attributes.position!)
                let (ta, tb) = (Self.text(a), Self.text(b))
                let width = (Double(ta.count) + Double(tb.count)) * 11 * 0.6 / 72 / 2
                #expect(abs(pa.x - pb.x) >= width || abs(pa.y - pb.y) >= 11 / 72, "\(ta) covers \(tb)")
            }
        }
    }

    static func text(_ node: DOTNode) -> String {
        if case .text(let text) = node.attributes.label { return text }
        return ""
    }
}
