import WeefselGraph
import WeefselMaps

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
