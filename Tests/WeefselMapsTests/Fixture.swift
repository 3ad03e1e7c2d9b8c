import Foundation
import WeefselGraph
import WeefselMaps

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small street: four households, an association, a volunteer and a buurtcoach.
enum Fixture {
    static let households = [
        Household(id: "H1", street: "Lindelaan", houseNumber: "12", postcode: "1234 AB", wijk: "Lindenhof"),
        Household(id: "H2", street: "Lindelaan", houseNumber: "14", postcode: "1234 AB", wijk: "Lindenhof"),
        Household(id: "H3", street: "Kerkstraat", houseNumber: "3", postcode: "1234 CD", wijk: "Lindenhof"),
        Household(id: "H4", street: "Kerkstraat", houseNumber: "5", postcode: "1234 CD", wijk: "Lindenhof"),
    ]

    static let nodes = [
        Node(id: "P01", kind: .resident, name: "Jan Jansen", household: "H1"),
        Node(id: "P02", kind: .resident, name: "Marie Jansen", household: "H1"),
        Node(id: "P03", kind: .resident, name: "Ahmed Yilmaz", household: "H2"),
        Node(id: "P04", kind: .resident, name: "Fatma Yilmaz", household: "H2", roles: [.volunteer]),
        Node(id: "P05", kind: .resident, name: "Els de Vries", household: "H3"),
        Node(id: "P06", kind: .resident, name: "Piet Bakker", household: "H4"),
        Node(id: "P07", kind: .volunteer, name: "Kees Visser"),
        Node(id: "P08", kind: .professional, name: "Sanne Smit"),
        Node(id: "V01", kind: .association, name: "Speeltuinvereniging De Wip"),
    ]

    static let ties = [
        Tie(source: "P01", target: "P02", kind: .household, strength: .strong),
        Tie(source: "P03", target: "P04", kind: .household, strength: .strong),
        Tie(source: "P01", target: "P03", kind: .neighbour, strength: .medium),
        Tie(source: "P02", target: "P04", kind: .friend, strength: .strong),
        Tie(source: "P04", target: "V01", kind: .member, strength: .medium),
        Tie(source: "P07", target: "V01", kind: .volunteer, strength: .strong),
        Tie(source: "P07", target: "P01", kind: .acquaintance, strength: .weak),
        Tie(source: "P02", target: "P07", kind: .family, strength: .medium),
        Tie(source: "P06", target: "P08", kind: .professional, strength: .medium),
        Tie(source: "P01", target: "P08", kind: .professional, strength: .weak),
        Tie(source: "P01", target: "P06", kind: .conflict, strength: .weak),
    ]

    static var neighbourhood: Neighbourhood { Neighbourhood(nodes: nodes, households: households, ties: ties) }

    static func graph() throws -> AnalysisGraph { try AnalysisGraph(neighbourhood) }

    /// The graph with fixed analysis results: three groups, betweenness, isolation classes.
    static func input() throws -> MapInput {
        let graph = try graph()
        // Node order: P01 P02 P03 P04 P05 P06 P07 P08 V01.
        return MapInput(
            graph: graph, groups: [0, 0, 1, 1, -1, 2, 0, 2, 1], groupLabels: ["Lindelaan", "De Wip", "Kerkstraat"],
            betweenness: [0.45, 0.2, 0.05, 0.3, 0, 0.1, 0.15, 0.1, 0.12],
            isolation: [.connected, .connected, .isolated, .professionalOnly])
    }

    static let names = nodes.map(\.name)
    static let streets = ["Lindelaan", "Kerkstraat"]
    static let postcodes = ["1234 AB", "1234 CD"]

    static let options = MapOptions(neighbourhoodName: "Lindenhof", date: Day(year: 2026, month: 3, day: 31))
}

extension Fixture {
    /// A later snapshot: the conflict is gone and Els de Vries got to know Ahmed.
    static func laterInput() throws -> MapInput {
        var later = neighbourhood
        later.ties.removeLast()
        later.ties.append(Tie(source: "P05", target: "P03", kind: .neighbour, strength: .weak))
        return MapInput(
            graph: try AnalysisGraph(later), isolation: [.connected, .connected, .connected, .professionalOnly])
    }

    static let matches = [
        MatchPair(need: 4, offer: 6, state: .proposed),
        MatchPair(need: 5, offer: 3, state: .active, programme: .klussen),
    ]

    /// One drawing of every map kind of the fixture.
    static func drawings(options: MapOptions = Fixture.options) throws -> [MapDrawing] {
        let input = try input()
        let earlier = MapInput(graph: input.graph, isolation: input.isolation)
        return [
            try neighbourhoodMap(of: input, options: options),
            try keyFiguresMap(of: input, options: options),
            try isolationMap(of: input, options: options),
            try communitiesMap(of: input, options: options),
            try egoMap(of: input.graph, centre: "P01", options: options),
            try matchesMap(of: input, matches: matches, options: options),
            try changeMap(from: earlier, to: laterInput(), options: options),
            try streetMap(of: input, options: options),
            try groupMap(of: input, options: options),
        ]
    }

    /// The text of an SVG document's `<text>` elements and every attribute value, as a real XML
    /// parser reads them.
    static func svgContent(_ svg: [UInt8]) -> (texts: [String], attributes: [String: [String]], parsed: Bool) {
        let reader = SVGReader()
        let parser = XMLParser(data: Data(svg))
        parser.delegate = reader
        let parsed = parser.parse()
        return (reader.texts, reader.attributes, parsed)
    }
}

/// Collects text elements and attribute values from an SVG document.
final class SVGReader: NSObject, XMLParserDelegate {
    var texts: [String] = []
    var attributes: [String: [String]] = [:]
    private var current: String?

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes values: [String: String] = [:]
    ) {
        for (key, value) in values { attributes[key, default: []].append(value) }
        if name == "text" { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let text = current {
            texts.append(text)
            current = nil
        }
    }
}
