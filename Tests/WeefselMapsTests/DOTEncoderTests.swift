import Foundation
import Testing
import WeefselGraph
import WeefselMaps

@Suite struct DOTEncoderTests {
    @Test func outputDoesNotDependOnTheOrderNodesAndEdgesWereAdded() {
        var graph = DOTGraph()
        graph.nodes = [2, 0, 1].map { DOTNode(id: .element($0), attributes: DOTAttributes(label: .text("v\($0)"))) }
        graph.edges = [
            DOTEdge(.element(2), .element(0)), DOTEdge(.element(1), .element(0)),
            DOTEdge(.element(0), .element(1), attributes: DOTAttributes(colour: Palette.vermillion)),
        ]
        var shuffled = graph
        shuffled.nodes.reverse()
        shuffled.edges.reverse()
        #expect(graph.text == shuffled.text)
        let lines = graph.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let nodeLines = lines.filter { $0.hasPrefix("n") && !$0.contains("--") }
        #expect(nodeLines.map { $0.prefix(2) } == ["n0", "n1", "n2"])
        let edgeLines = lines.filter { $0.contains("--") }
        #expect(edgeLines.count == 3)
        #expect(edgeLines.allSatisfy { $0.hasPrefix("n0 -- ") })
    }

    @Test func nodeIDsAreGeneratedNeverUserText() throws {
        let input = try Fixture.input()
        var options = Fixture.options
        options.names = true
        let text = try neighbourhoodMap(of: input, options: options).text
        for line in text.split(separator: "\n") where line.hasPrefix("  ") && !line.hasPrefix("  graph") {
            let id = line.dropFirst(2).prefix { $0 != " " && $0 != ";" }
            #expect(
                id == "node" || id == "edge" || id == "subgraph" || id == "}"
                    || (id.first == "n" && id.dropFirst().allSatisfy(\.isNumber)),
                "unexpected statement start \(id)")
        }
    }

    @Test(arguments: [
        ("plain", "plain"),
        (#"say "hi""#, #"say \"hi\""#),
        (#"C:\temp"#, #"C:\\temp"#),
        (#"a\Nb"#, #"a\\Nb"#),
        ("two\nlines", "two lines"),
        ("tab\there", "tab here"),
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ("\u{202E}evil\u{202C}", "evil"),
        ("\u{2066}iso\u{2069}", "iso"),
    ])
    func labelsAreEscaped(name: String, escaped: String) {
        var graph = DOTGraph()
        graph.nodes = [DOTNode(id: .element(0), attributes: DOTAttributes(label: .text(name)))]
        #expect(graph.text.contains("n0 [label=\"\(escaped)\"];"))
    }

    @Test func tooltipsKeepABackslashLiteralThroughGraphvizDoubleUnescaping() {
        var graph = DOTGraph()
        graph.nodes = [DOTNode(id: .element(0), attributes: DOTAttributes(tooltip: #"a\Nb"#))]
        #expect(graph.text.contains(#"tooltip="a\\\\Nb""#))
    }

    @Test func htmlLabelTextIsEscaped() {
        var graph = DOTGraph()
        let table = HTMLTable(rows: [[HTMLCell([HTMLText(#"<b>x</b> & "q" \N"#, bold: true)])]])
        graph.attributes.label = .html(table)
        let text = graph.text
        #expect(text.contains("<B>&lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot; &#92;&#92;N</B>"))
        #expect(!text.contains("<b>"))
    }

    @Test func coloursAreWrittenAsHex() {
        #expect(Palette.vermillion.description == "#d55e00")
        #expect(DOTColour(hex: 0x0072B2, alpha: 0x80).description == "#0072b280")
        #expect(DOTColour(hex: 0x000000).lightened(by: 1).description == "#ffffff")
    }
}
