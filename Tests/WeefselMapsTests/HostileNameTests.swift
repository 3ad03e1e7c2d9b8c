import Foundation
import Testing
import WeefselGraph
import WeefselMaps

/// Names from spreadsheets can hold anything. They must show as text, never become DOT syntax,
/// markup, a link or a Graphviz escape.
@Suite struct HostileNameTests {
    static let hostile = [
        #"Quote "Q" O'Brien"#,
        #"Back\slash\\"#,
        "New\nline\r\nname",
        #"Escape \N \G \L \E"#,
        #"x"]; x [URL="javascript:alert(1)"]; y [label="y"#,
        "<b>HTML</b> &amp; <a href=\"http://evil\">link</a>",
        "\u{202E}evil\u{202C} right-to-left",
        "Tab\tand bell\u{07}",
    ]

    /// What a hostile name should look like on the map: control characters as spaces, bidi
    /// controls removed, everything else literal.
    static func shown(_ name: String) -> String {
        var result = ""
        for scalar in name.unicodeScalars {
            if (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) { continue }
            result.unicodeScalars.append(scalar.value < 0x20 ? " " : scalar)
        }
        return result
    }

    static func input() throws -> MapInput {
        var nodes: [Node] = []
        var ties: [Tie] = []
        for (index, name) in hostile.enumerated() {
            let id = Node.ID("X\(index)")
            nodes.append(Node(id: id, kind: .resident, name: name, household: Household.ID("H\(index)")))
            if index > 0 { ties.append(Tie(source: Node.ID("X\(index - 1)"), target: id, kind: .friend)) }
        }
        let households = hostile.indices.map { Household(id: Household.ID("H\($0)"), street: hostile[$0]) }
        let graph = try AnalysisGraph(Neighbourhood(nodes: nodes, households: households, ties: ties))
        return MapInput(graph: graph, groups: hostile.indices.map { Int32($0 % 2) }, groupLabels: hostile)
    }

    static var options: MapOptions {
        MapOptions(neighbourhoodName: #"Wijk "]; <b>x</b> \N"#, date: Day(year: 2026, month: 1, day: 2), names: true)
    }

    @Test func hostileNamesAddNoStatementsOrAttributesToTheDOT() throws {
        let text = try neighbourhoodMap(of: try Self.input(), options: Self.options).text
        let lines = text.split(separator: "\n")
        // One statement per node and tie: names cannot start a statement or break a line.
        #expect(
            lines.count { $0.hasPrefix("  n") && $0.dropFirst(3).first?.isNumber == true && !$0.contains(" -- ") }
                == Self.hostile.count)
        #expect(lines.count { $0.contains(" -- ") } == Self.hostile.count - 1)
        #expect(!text.contains("\n  x "))
        #expect(!text.contains("\n  y "))
        // The only URL text is inside an escaped label.
        #expect(!text.contains(#"URL="javascript"#))
        #expect(text.contains(#"URL=\"javascript"#))
        #expect(!text.contains("\u{202E}"))
        #expect(!text.contains("=<<b>"))
    }

    @Test func hostileNamesShowAsPlainTextInTheSVGAndAddNoLink() async throws {
        let drawing = try neighbourhoodMap(of: try Self.input(), options: Self.options)
        let svg = try await Renderer().render(drawing, as: .svg)
        var content = Fixture.svgContent(svg)
        // Graphviz writes a run of spaces with no-break spaces.
        content.texts = content.texts.map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
        #expect(content.parsed)
        for name in Self.hostile {
            #expect(content.texts.contains(Self.shown(name)), "\(name.debugDescription) not shown literally")
        }
        // The title is shown literally too (its backslash included).
        #expect(content.texts.contains { $0.contains(#"Wijk "]; <b>x</b> \N"#) })
        // No links, no extra nodes, no right-to-left override.
        #expect(content.attributes["xlink:href"] == nil && content.attributes["href"] == nil)
        #expect(content.attributes["class", default: []].count { $0 == "node" } == Self.hostile.count)
        #expect(content.attributes["class", default: []].count { $0 == "edge" } == Self.hostile.count - 1)
        let text = String(decoding: svg, as: UTF8.self)
        #expect(!text.contains("\u{202E}"))
        #expect(!text.contains("<b>"))
        // Tooltips keep backslashes literal: no `\N` was replaced by a node id.
        #expect(content.attributes["xlink:title", default: []].contains { $0.contains(#"Escape \N \G \L \E"#) })
    }
}
