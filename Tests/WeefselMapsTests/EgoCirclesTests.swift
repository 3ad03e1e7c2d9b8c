import Foundation
import Testing
import WeefselGraph

@testable import WeefselMaps

/// The netwerkkaart in circles: every position computed by Weefsel and kept by Graphviz, each
/// contact in the sector of its tie, lines only from the middle, and no label over another.
@Suite struct EgoCirclesTests {
    /// The pinned position of `id` in the DOT text, in inches.
    static func position(of id: String, in text: String) -> DOTPoint? {
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("  \(id) [") }),
            let range = line.range(of: "pos=\"")
        else { return nil }
        let value = line[range.upperBound...].prefix { $0 != "\"" }.dropLast()
        let parts = value.split(separator: ",").compactMap { Double($0) }
        return parts.count == 2 ? DOTPoint(x: parts[0], y: parts[1]) : nil
    }

    /// The angle of a point clockwise from the top, from 0 to 2π.
    static func angle(_ point: DOTPoint) -> Double {
        let angle = atan2(point.x, point.y)
        return angle < 0 ? angle + 2 * Double.pi : angle
    }

    @Test func eachContactSitsInTheSectorOfItsTieAtAPositionGraphvizKeeps() throws {
        let drawing = try egoMap(of: try Fixture.graph(), centre: "P01", options: Fixture.options)
        let text = drawing.text
        #expect(drawing.engine == .neato)
        // Kees (n6) is family, Piet (n5) known through a conflict goes with the neighbours,
        // Sanne (n7) is a professional: clockwise from the top in that order.
        let kees = try #require(Self.position(of: "n6", in: text))
        let piet = try #require(Self.position(of: "n5", in: text))
        let sanne = try #require(Self.position(of: "n7", in: text))
        #expect(Self.angle(kees) < Self.angle(piet) && Self.angle(piet) < Self.angle(sanne))
        // Every person and the household has a pinned position; the sectors are named.
        for id in ["h0", "n0", "n5", "n6", "n7"] {
            #expect(text.contains("\n  \(id) [") && Self.position(of: id, in: text) != nil)
        }
        #expect(text.contains("label=\"familie\"") && text.contains("label=\"professionals\""))
    }

    @Test func linesRunFromTheMiddleOnlyUnlessTiesBetweenContactsAreAskedFor() throws {
        let graph = try Fixture.graph()
        let plain = try egoMap(of: graph, centre: "P01", options: Fixture.options).graph
        let contacts = Set(["n5", "n6", "n7"])
        let between = { (graph: DOTGraph) in
            graph.edges.filter { contacts.contains($0.tail.description) && contacts.contains($0.head.description) }
        }
        #expect(between(plain).isEmpty)
        #expect(plain.edges.contains { $0.tail.description == "h0" && $0.head.description == "n7" })
        var options = Fixture.options
        options.showsTiesBetweenContacts = true
        let drawn = try egoMap(of: graph, centre: "P01", options: options).graph
        #expect(between(drawn).count >= between(plain).count)
    }

    @Test func labelsAreMovedOutwardsUntilNoneCoversAnother() {
        // Two wide labels left of the middle on neighbouring circles, at the same height.
        let boxes = [
            (node: Int32(1), box: EgoCircles.Box(centre: DOTPoint(x: -2, y: 0), width: 3, height: 0.4)),
            (node: Int32(2), box: EgoCircles.Box(centre: DOTPoint(x: -3, y: 0.1), width: 3, height: 0.4)),
        ]
        let middle = EgoCircles.Box(centre: DOTPoint(x: 0, y: 0), width: 1.5, height: 0.5)
        let placed = EgoCircles.separate(boxes, around: [middle])
        let all = [middle] + boxes.map { EgoCircles.Box(centre: placed[$0.node]!, width: $0.box.width, height: 0.4) }
        for i in all.indices {
            for j in all.indices where i < j { #expect(!all[i].overlaps(all[j])) }
        }
    }

    @Test func strongerTiesSitCloserAndEveryCircleHoldsItsLabels() {
        #expect(EgoCircles.circle(strength: 3) == 0 && EgoCircles.circle(strength: 1) == 2)
        let crowd = (0..<30).map {
            EgoCircles.Contact(node: Int32($0), sector: .friends, circle: 1, labelWidth: 1.5, sortKey: "\($0)")
        }
        let angles = EgoCircles.angles(crowd)
        let radii = EgoCircles.radii(crowd, angles: angles, innermost: 1)
        #expect(radii[0] < radii[1] && radii[1] < radii[2])
        // Thirty labels of 1.5 inches fit along the friends' sector of the middle circle.
        #expect(radii[1] * (angles[.friends] ?? 0) >= 30 * 1.7 * 0.99)
    }
}
