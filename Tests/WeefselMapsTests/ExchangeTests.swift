import Foundation
import Testing
import WeefselGraph
import WeefselMaps

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads GraphML and GEXF back with Foundation's XML parser.
final class ExchangeReader: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
    }

    var elements: [Element] = []
    private var open: [Int] = []

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(Element(name: name, attributes: attributes))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let last = open.last { elements[last].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    static func read(_ text: String) -> (elements: [Element], parsed: Bool) {
        let reader = ExchangeReader()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = reader
        let parsed = parser.parse()
        return (reader.elements, parsed)
    }
}

@Suite struct ExchangeTests {
    @Test func graphMLCarriesEveryNodeTieAndAnalysisAttribute() throws {
        let input = try Fixture.input()
        let (elements, parsed) = ExchangeReader.read(try exchangeDocument(of: input, as: .graphml))
        #expect(parsed)
        #expect(elements.count { $0.name == "node" } == input.graph.nodeCount)
        #expect(elements.count { $0.name == "edge" } == input.graph.tieCount)
        let keys = Set(elements.filter { $0.name == "key" }.compactMap { $0.attributes["attr.name"] })
        #expect(keys.isSuperset(of: ["kind", "group", "betweenness", "isolation", "label", "strength"]))
        let data = elements.filter { $0.name == "data" }
        #expect(data.contains { $0.attributes["key"] == "isolation" && $0.text == "professional-only" })
        #expect(data.contains { $0.attributes["key"] == "betweenness" && $0.text == "0.45" })
        #expect(data.contains { $0.attributes["key"] == "label" && $0.text == "P-001" })
    }

    @Test func gexfCarriesEveryNodeTieAndAnalysisAttribute() throws {
        let input = try Fixture.input()
        let (elements, parsed) = ExchangeReader.read(try exchangeDocument(of: input, as: .gexf))
        #expect(parsed)
        #expect(elements.count { $0.name == "node" } == input.graph.nodeCount)
        #expect(elements.count { $0.name == "edge" } == input.graph.tieCount)
        let values = elements.filter { $0.name == "attvalue" }
        #expect(values.contains { $0.attributes["for"] == "kind" && $0.attributes["value"] == "association" })
        #expect(values.contains { $0.attributes["for"] == "group" && $0.attributes["value"] == "2" })
        #expect(elements.contains { $0.name == "edge" && $0.attributes["weight"] == "3" })
    }

    @Test(arguments: ExchangeFormat.allCases)
    func exportsArePseudonymisedUnlessNamesAreAsked(format: ExchangeFormat) throws {
        let input = try Fixture.input()
        let hidden = try exchangeDocument(of: input, as: format)
        for secret in PrivacyTests.secrets { #expect(!hidden.contains(secret), "\(secret) in \(format)") }
        let named = try exchangeDocument(of: input, as: format, names: true)
        #expect(named.contains("Jan Jansen"))
    }

    @Test(arguments: ExchangeFormat.allCases)
    func hostileNamesRoundTripAsText(format: ExchangeFormat) throws {
        let input = try HostileNameTests.input()
        let (elements, parsed) = ExchangeReader.read(try exchangeDocument(of: input, as: format, names: true))
        #expect(parsed)
        let labels: [String]
        switch format {
        case .graphml: labels = elements.filter { $0.name == "data" && $0.attributes["key"] == "label" }.map(\.text)
        case .gexf: labels = elements.filter { $0.name == "node" }.compactMap { $0.attributes["label"] }
        }
        #expect(elements.count { $0.name == "node" } == HostileNameTests.hostile.count)
        for name in HostileNameTests.hostile {
            // XML turns a line break inside an attribute into a space as well.
            #expect(labels.contains(HostileNameTests.shown(name)), "\(name.debugDescription)")
        }
    }
}
