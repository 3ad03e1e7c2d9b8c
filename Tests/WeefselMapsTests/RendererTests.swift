import Foundation
import Testing
import WeefselGraph
import WeefselMaps

@Suite struct RendererTests {
    static let tiny = "graph { a -- b; b -- c; c -- a; c -- d }"

    @Test(arguments: LayoutEngine.allCases.filter { $0 != .pinned })
    func everyEngineDrawsATinyGraph(engine: LayoutEngine) async throws {
        let svg = String(decoding: try await Renderer().render(Self.tiny, engine: engine, format: .svg), as: UTF8.self)
        #expect(svg.contains("<svg"))
        for name in ["a", "b", "c", "d"] {
            #expect(svg.components(separatedBy: "<title>\(name)</title>").count == 2)
        }
    }

    @Test func theEngineThatOnlyDrawsKeepsEveryNodeWhereTheMapPutIt() async throws {
        var graph = DOTGraph()
        graph.attributes.layout = DOTLayoutSettings(splines: .line, seed: nil)
        graph.attributes.layout?.positionsOnly = true
        for (index, point) in [(0.0, 0.0), (2.0, 1.0), (1.0, 3.0)].enumerated() {
            var attributes = DOTAttributes(label: .text("p\(index)"))
            attributes.position = DOTPoint(x: point.0, y: point.1)
            graph.nodes.append(DOTNode(id: .element(Int32(index)), attributes: attributes))
        }
        graph.edges = [DOTEdge(.element(0), .element(1)), DOTEdge(.element(1), .element(2))]
        #expect(graph.text.contains("pos=\"144,72\""), "positions in points for the engine that only draws")
        let plain = String(
            decoding: try await Renderer().render(graph.text, engine: .pinned, format: .dot), as: UTF8.self)
        var drawn: [Int: (x: Double, y: Double)] = [:]
        for match in plain.matches(of: /n(\d)\s+\[[^\]]*?pos="([-\d.]+),([-\d.]+)"/) {
            drawn[Int(match.1) ?? -1] = (Double(match.2) ?? .nan, Double(match.3) ?? .nan)
        }
        let (a, b, c) = (try #require(drawn[0]), try #require(drawn[1]), try #require(drawn[2]))
        #expect(abs(b.x - a.x - 144) < 1 && abs(b.y - a.y - 72) < 1 && abs(c.y - a.y - 216) < 1, "\(plain)")
    }

    @Test(arguments: [
        (OutputFormat.svg, Array("<?xml".utf8)),
        (.png, [0x89, 0x50, 0x4E, 0x47]),
        (.pdf, Array("%PDF".utf8)),
        (.dot, Array("graph".utf8)),
    ])
    func everyFormatIsWritten(format: OutputFormat, magic: [UInt8]) async throws {
        let bytes = try await Renderer().render(Self.tiny, engine: .dot, format: format)
        #expect(Array(bytes.prefix(magic.count)) == magic)
    }

    @Test func everyRenderedMapShowsEachNodeOnce() async throws {
        for drawing in try Fixture.drawings() {
            let svg = String(decoding: try await Renderer().render(drawing, as: .svg), as: UTF8.self)
            let visible = drawing.graph.nodes.filter { !$0.attributes.style.contains(.invisible) }
            #expect(!visible.isEmpty)
            for node in visible {
                let count = svg.components(separatedBy: "<title>\(node.id)</title>").count - 1
                #expect(count == 1, "\(drawing.kind): \(node.id) drawn \(count) times")
            }
        }
    }

    @Test func fiftyConcurrentRendersAllSucceed() async throws {
        let drawing = try neighbourhoodMap(of: try Fixture.input(), options: Fixture.options)
        let dot = drawing.text
        let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for index in 0..<50 {
                group.addTask {
                    try await Renderer().render(dot, engine: index % 2 == 0 ? .neato : .sfdp, format: .svg)
                }
            }
            var results: [[UInt8]] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(results.count == 50)
        for result in results {
            let svg = String(decoding: result, as: UTF8.self)
            #expect(svg.hasSuffix("</svg>\n"))
            #expect(
                drawing.graph.nodes.allSatisfy { svg.components(separatedBy: "<title>\($0.id)</title>").count == 2 })
        }
    }

    @Test func unreadableDOTBecomesATypedErrorWithGraphvizMessage() async {
        do {
            _ = try await Renderer().render("graph { a -- ", engine: .dot, format: .svg)
            Issue.record("expected an error")
        } catch {
            guard case .invalidDOT(let message) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(message.contains("syntax error"))
        }
        // The context keeps working after an error.
        let svg = try? await Renderer().render(Self.tiny, engine: .dot, format: .svg)
        #expect(svg != nil)
    }

    @Test func graphvizReadsNoFileNamedInAGraph() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("weefsel-maps-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let image = directory.appendingPathComponent("picture.png")
        try Data(try await Renderer().render(Self.tiny, engine: .dot, format: .png)).write(to: image)
        let dot = "graph { a [image=\"\(image.path)\", label=\"\"]; b [shapefile=\"\(image.path)\"] }"
        let svg = String(decoding: try await Renderer().render(dot, engine: .dot, format: .svg), as: UTF8.self)
        #expect(!svg.contains("<image"))
        #expect(!svg.contains("picture.png"))
    }
}
