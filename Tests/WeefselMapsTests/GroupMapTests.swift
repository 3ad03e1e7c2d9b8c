import Foundation
import Testing
import WeefselGraph
import WeefselMaps

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The group map: one circle per group, named after its association or street, lines between
/// groups with the people who link them, readable at any size.
@Suite struct GroupMapTests {
    /// A generated neighbourhood of 2,000 persons with its groups found.
    static func input() throws -> MapInput {
        let graph = try AnalysisGraph(NeighbourhoodGenerator(persons: 2_000, seed: 3, wijkName: "Oost").generate())
        return try MapInput(analysing: graph, seed: 1, referenceYear: 2026, betweenness: false)
    }

    @Test func noTwoLabelsOverlapInTheDrawnSVG() async throws {
        let drawing = try groupMap(of: try Self.input(), options: MapOptions(neighbourhoodName: "Oost", names: true))
        let svg = try await Renderer().render(drawing, as: .svg)
        let texts = SVGTexts.read(svg)
        let boxes = texts.filter { $0.node != nil }
        #expect(boxes.count >= 20, "the group names and the people on the lines")
        for (index, a) in boxes.enumerated() {
            for b in boxes[(index + 1)...] where a.node != b.node {
                #expect(!a.overlaps(b), "'\(a.text)' covers '\(b.text)'")
            }
        }
    }

    @Test func groupsAreNamedAfterTheirAssociationOrStreetNeverAHousehold() throws {
        let input = try Self.input()
        let drawing = try groupMap(of: input, options: MapOptions(names: true))
        let names = drawing.graph.nodes.filter { $0.id.description.hasSuffix("_name") }.compactMap { node -> String? in
            if case .html(let table) = node.attributes.label { return table.rows.first?.first?.runs.first?.text }
            return nil
        }
        #expect(!names.isEmpty)
        let associations = Set(
            zip(input.graph.nodeKinds, input.graph.nodeNames).filter { $0.0 == .association }.map(\.1))
        for name in names {
            let first = name
            #expect(first.wholeMatch(of: /H-?\d+.*/) == nil, "\(first)")
            let base = first.replacing(/\ \d+$/, with: "")
            #expect(associations.contains(base) || base.hasSuffix(" e.o.") || base.hasPrefix("groep "), "\(first)")
        }
        var english = MapOptions(names: true)
        english.language = .english
        let text = try groupMap(of: input, options: english).text
        #expect(text.contains(" people") && !text.contains(" mensen"))
        #expect(text.contains(" area") || !drawing.text.contains(" e.o."))
    }

    @Test func aLargeNetworkDrawsOneShapePerGroupForTheLargestGroupsOnly() throws {
        // 6,000 persons in a ring, in 600 groups of ten.
        var neighbourhood = Neighbourhood()
        for index in 0..<6_000 {
            neighbourhood.nodes.append(Node(id: Node.ID("P\(index)"), kind: .resident, name: "R\(index)"))
            neighbourhood.ties.append(
                Tie(source: Node.ID("P\(index)"), target: Node.ID("P\((index + 1) % 6_000)"), kind: .friend))
        }
        let graph = try AnalysisGraph(neighbourhood)
        let groups = (0..<Int32(6_000)).map { $0 / 10 }
        var options = MapOptions(names: true)
        options.nodeLimit = 100
        let drawing = try groupMap(of: MapInput(graph: graph, groups: groups), options: options)
        let circles = drawing.graph.nodes.filter { $0.attributes.shape == .circle }
        #expect(circles.count == 60)
        #expect(drawing.graph.edges.count <= 3 * 60)
        #expect(drawing.text.contains("540 kleinere groepen niet getekend"))
        let people = drawing.graph.nodes.filter {
            if case .element = $0.id { return true }
            return false
        }
        #expect(people.isEmpty, "no person is laid out")
    }

    @Test func theLinesCarryTheNamesOfThePeopleWhoLinkTheGroups() throws {
        let drawing = try groupMap(of: try Fixture.input(), options: Fixture.options)
        // Pseudonymised: Jan (P-001) links his group with the one of De Wip.
        let bridges = drawing.graph.nodes.filter { $0.id.description.hasPrefix("b_bridge_") }
        #expect(!bridges.isEmpty)
        #expect(drawing.graph.edges.allSatisfy { $0.attributes.penWidth ?? 0 >= 0.8 })
        #expect(drawing.text.contains("groep 1") && !drawing.text.contains("Lindelaan"))
    }
}

/// The text of an SVG drawing, each piece with the node it belongs to and its box estimated from
/// its position, size and anchor (six tenths of an em and a half per character).
struct SVGTexts {
    struct Piece {
        let node: String?
        let text: String
        let x: Double
        let y: Double
        let size: Double
        let anchor: String

        var box: (minX: Double, maxX: Double, minY: Double, maxY: Double) {
            let width = Double(text.count) * size * 0.6
            let minX = anchor == "middle" ? x - width / 2 : anchor == "end" ? x - width : x
            return (minX, minX + width, y - size * 0.75, y + size * 0.2)
        }

        func overlaps(_ other: Piece) -> Bool {
            let (a, b) = (box, other.box)
            return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY
        }
    }

    static func read(_ svg: [UInt8]) -> [Piece] {
        let reader = Reader()
        let parser = XMLParser(data: Data(svg))
        parser.delegate = reader
        _ = parser.parse()
        return reader.pieces
    }

    final class Reader: NSObject, XMLParserDelegate {
        var pieces: [Piece] = []
        private var groups: [String?] = []
        private var title = false
        private var node: String?
        private var text: (x: Double, y: Double, size: Double, anchor: String, value: String)?

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch name {
            case "g":
                groups.append(attributes["class"])
                if attributes["class"] == "node" { node = "" }
            case "title": title = true
            case "text":
                text = (
                    Double(attributes["x"] ?? "") ?? 0, Double(attributes["y"] ?? "") ?? 0,
                    Double(attributes["font-size"] ?? "") ?? 14, attributes["text-anchor"] ?? "start", ""
                )
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if title, node == "" { node = string }
            text?.value += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "g":
                if groups.popLast() == "node" { node = nil }
            case "title": title = false
            case "text":
                if let text {
                    pieces.append(
                        Piece(node: node, text: text.value, x: text.x, y: text.y, size: text.size, anchor: text.anchor))
                }
                text = nil
            default: break
            }
        }
    }
}
