import Foundation
import Testing
import WeefselGraph
import WeefselMaps

@Suite struct PrivacyTests {
    static var secrets: [String] {
        Fixture.names + Fixture.names.flatMap { $0.split(separator: " ").map(String.init) }.filter { $0.count > 3 }
            + Fixture.streets + Fixture.postcodes
    }

    @Test(arguments: MapKind.allCases)
    func pseudonymisedMapsHoldNoNameStreetOrPostcode(kind: MapKind) async throws {
        var options = Fixture.options
        options.pseudonymise = true
        let drawing = try #require(try Fixture.drawings(options: options).first { $0.kind == kind })
        let svg = String(decoding: try await Renderer().render(drawing, as: .svg), as: UTF8.self)
        for secret in Self.secrets {
            #expect(!drawing.text.contains(secret), "\(secret) in the DOT of \(kind)")
            #expect(!svg.contains(secret), "\(secret) in the SVG of \(kind)")
        }
        #expect(drawing.text.contains("gepseudonimiseerd"))
    }

    @Test func mapsOfMoreThanOneHouseholdArePseudonymisedUnlessNamesAreAsked() throws {
        let input = try Fixture.input()
        let hidden = try neighbourhoodMap(of: input, options: Fixture.options).text
        #expect(!hidden.contains("Jan Jansen"))
        #expect(hidden.contains("P-001"))
        #expect(hidden.contains("H-001"))
        var options = Fixture.options
        options.names = true
        let named = try neighbourhoodMap(of: input, options: options).text
        #expect(named.contains("Jan Jansen"))
        #expect(named.contains("Lindelaan 12, 1234 AB"))
    }

    @Test func aNetworkMapOfOneHouseholdAloneShowsNames() throws {
        let graph = try Fixture.graph()
        let drawing = try egoMap(of: graph, centre: "P05", options: Fixture.options)
        #expect(drawing.text.contains("Els de Vries"))
        #expect(drawing.text.contains("Kerkstraat 3"))
    }

    @Test func codesAreStableAndFollowTheIdOrder() throws {
        let graph = try Fixture.graph()
        #expect(pseudonym(ofNode: 0, in: graph) == "P-001")
        #expect(pseudonym(ofNode: 8, in: graph) == "A-009")
        #expect(pseudonym(ofHousehold: 16) == "H-017")
        #expect(pseudonym(ofHousehold: 1233) == "H-1234")
    }

    @Test func keyedCodesGiveNoIdAwayAndStayWhenTheNeighbourhoodChanges() throws {
        let graph = try Fixture.graph()
        let key = Pseudonyms(key: Array(repeating: 7, count: 32))
        let codes = key.nodeCodes(in: graph)
        #expect(Set(codes).count == graph.nodeCount, "no code twice")
        #expect(codes.allSatisfy { $0.wholeMatch(of: /[PA]-[A-HJ-NP-Z][2-9A-HJ-NP-Z]{3,}/) != nil })
        #expect(codes.allSatisfy { $0.wholeMatch(of: /[PA]-[0-9]+/) == nil })
        #expect(codes[8].hasPrefix("A-"), "an association stays an association")
        // One person fewer: everybody else keeps their code.
        var fewer = Fixture.neighbourhood
        fewer.nodes.removeFirst()
        fewer.ties.removeAll { $0.source == Fixture.nodes[0].id || $0.target == Fixture.nodes[0].id }
        let smaller = try AnalysisGraph(fewer)
        let smallerCodes = Dictionary(uniqueKeysWithValues: zip(smaller.nodeIDs, key.nodeCodes(in: smaller)))
        for (id, code) in zip(graph.nodeIDs.dropFirst(), codes.dropFirst()) { #expect(smallerCodes[id] == code) }
        // Another installation's key gives other codes.
        #expect(Pseudonyms(key: Array(repeating: 8, count: 32)).nodeCodes(in: graph) != codes)
        #expect(key.householdCodes(in: graph).allSatisfy { $0.hasPrefix("H-") })
    }
}
