import Foundation
import Testing
import WeefselGraph
import WeefselMaps

@Suite struct VisualLanguageTests {
    private func edgeLine(_ text: String, _ a: Int, _ b: Int) -> String? {
        text.split(separator: "\n").map(String.init).first { $0.hasPrefix("  n\(a) -- n\(b) ") }
    }

    @Test func conflictTiesAreRedAndDashedProfessionalTiesGreyAndDotted() throws {
        let text = try neighbourhoodMap(of: try Fixture.input(), options: Fixture.options).text
        // P01 (n0) - P06 (n5) conflict; P06 (n5) - P08 (n7) professional.
        let conflict = try #require(edgeLine(text, 0, 5))
        #expect(conflict.contains("style=\"dashed\"") && conflict.contains("color=\"#d55e00\""))
        let professional = try #require(edgeLine(text, 5, 7))
        #expect(professional.contains("style=\"dotted\"") && professional.contains("color=\"#8c8c8c\""))
    }

    @Test func lineWidthGrowsWithStrength() throws {
        let text = try neighbourhoodMap(of: try Fixture.input(), options: Fixture.options).text
        let weak = try #require(edgeLine(text, 0, 6))  // acquaintance, weak
        let strong = try #require(edgeLine(text, 0, 1))  // household, strong
        #expect(weak.contains("penwidth=\"1\""))
        #expect(strong.contains("penwidth=\"3.5\""))
    }

    @Test func eachNodeKindHasItsOwnShape() throws {
        let text = try neighbourhoodMap(of: try Fixture.input(), options: Fixture.options).text
        let lines = text.split(separator: "\n")
        func shape(of id: String) -> String? {
            guard let line = lines.first(where: { $0.hasPrefix("  \(id) [") }),
                let range = line.range(of: "shape=\"")
            else { return nil }
            return String(line[range.upperBound...].prefix { $0 != "\"" })
        }
        #expect(shape(of: "n0") == "ellipse")  // resident
        #expect(shape(of: "n6") == "hexagon")  // volunteer
        #expect(shape(of: "n7") == "diamond")  // professional
        #expect(shape(of: "n8") == "box")  // association
    }

    @Test func theNetworkMapPutsContactsOnTheRingOfTheirTie() throws {
        var options = Fixture.options
        options.engine = .twopi
        let drawing = try egoMap(of: try Fixture.graph(), centre: "P01", options: options)
        #expect(drawing.engine == .twopi)
        let text = drawing.text
        #expect(text.contains("root=\"h0\""))
        // Kees (n6) is family of Marie: ring 2, one spacer. Sanne (n7), professional: ring 6, five spacers.
        #expect(text.contains("s6_1 [") && !text.contains("s6_2 ["))
        #expect(text.contains("s7_5 [") && !text.contains("s7_6 ["))
        // Piet (n5) is known only through a conflict: the neighbours' ring.
        #expect(text.contains("s5_3 [") && !text.contains("s5_4 ["))
    }
}

extension VisualLanguageTests {
    @Test func ringsGivenByTheCallerPlaceContacts() throws {
        let graph = try Fixture.graph()
        // Sanne (n7) on the family ring instead of the professionals' ring; Piet (n5) not shown.
        var options = Fixture.options
        options.engine = .twopi
        let drawing = try egoMap(of: graph, centre: "P01", rings: [7: .family, 2: .neighbours], options: options)
        let text = drawing.text
        #expect(text.contains("s7_1 [") && !text.contains("s7_2 ["))
        #expect(!text.contains("\n  n5 ["))
        #expect(throws: MapError.self) { try egoMap(of: graph, centre: "P01", rings: [42: .family]) }
    }

    @Test func aNetworkMapCanBeDrawnInRowsWithDot() throws {
        var options = Fixture.options
        options.engine = .dot
        let drawing = try egoMap(of: try Fixture.graph(), centre: "P01", options: options)
        #expect(drawing.engine == .dot)
        // Household above its members, each contact below its chain of spacers.
        #expect(drawing.text.contains("  h0 -- n0 ["))
        #expect(drawing.text.contains("  s7_5 -- n7 ["))
    }
}
