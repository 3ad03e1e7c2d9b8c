import Foundation
import Testing
import WeefselGraph
import WeefselMaps

/// The DOT of every map kind of the fixture is compared byte for byte with a committed file, so
/// any change to what a map shows is a reviewed change. Set `WEEFSEL_UPDATE_GOLDEN=1` to rewrite.
@Suite struct GoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    @Test(arguments: MapKind.allCases)
    func mapDOTMatchesTheCommittedFile(kind: MapKind) throws {
        let drawing = try #require(try Fixture.drawings().first { $0.kind == kind })
        let file = Self.directory.appendingPathComponent("\(kind.rawValue).dot")
        if ProcessInfo.processInfo.environment["WEEFSEL_UPDATE_GOLDEN"] == "1" {
            try drawing.text.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(drawing.text == expected)
    }

    @Test func mapsInEnglishUseEnglishWords() throws {
        var options = Fixture.options
        options.language = .english
        let text = try neighbourhoodMap(of: try Fixture.input(), options: options).text
        #expect(text.contains("Neighbourhood map — Lindenhof"))
        #expect(text.contains("2026-03-31"))
        #expect(text.contains("conflict (red, dashed)"))
        #expect(!text.contains("Buurtkaart"))
    }

    @Test func everyMapHasATitleWithNeighbourhoodAndDateAndALegend() throws {
        for drawing in try Fixture.drawings() {
            #expect(drawing.text.contains("— Lindenhof"), "\(drawing.kind)")
            #expect(drawing.text.contains("31-03-2026"), "\(drawing.kind)")
            #expect(drawing.text.contains("label=<<TABLE"), "\(drawing.kind)")
        }
    }
}
