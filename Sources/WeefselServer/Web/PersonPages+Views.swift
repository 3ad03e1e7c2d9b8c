import Foundation
import Hummingbird
import Logging
import WeefselCore
import WeefselGraph
import WeefselMaps
import WeefselMatching
import WeefselStore

extension Service {
    /// The netwerkkaart of a person's household as an inline map with links.
    /// The netwerkkaart of a person's household as an inline map with links, drawn as the API
    /// draws it: names only of people who consented to maps, and the friend in another wijk as
    /// someone outside the user's wijken. Returns the map and the persons it shows, for the audit.
    func egoMapView(of person: Node.ID, for user: User, view: PageView) async throws
        -> (map: [String: Any], persons: [Node.ID])
    {
        let day = Day.dutchToday
        var options = MapOptions(
            date: day, language: view.language == .dutch ? .dutch : .english, pseudonymise: false, names: true,
            nodeLimit: 5_000)
        options.pseudonyms = pseudonyms
        let (graph, persons) = try mapGraph(for: user, on: day, options: options, countingOutside: user.role != .admin)
        options.neighbourhoodName = graph.wijken.joined(separator: ", ")
        let drawing = try drawing { () throws(MapError) in try egoMap(of: graph, centre: person, options: options) }
        let shown = try analyse { () throws(GraphError) in try EgoReport(of: person, in: graph, depth: 1) }
        let visible = Set(persons)
        return (
            try await inlineMap(drawing, links: pageLinks(graph, persons: persons, drawing: drawing), view: view),
            shown.subjects.filter(visible.contains)
        )
    }

    /// The ties of a person as the page lists them; the other end is named, and the tie can be
    /// changed, only when `user` may see them: someone outside their wijken stays anonymous.
    func tieRows(of person: Node.ID, for user: User, view: PageView, on day: Day) throws -> [[String: Any]] {
        try core.records.ties(of: person, for: .user(user, address: nil)).map { inSight in
            let tie = inSight.tie
            var row: [String: Any] = [
                "kind": tie.kind.rawValue, "kindLabel": view.text("tie_" + tie.kind.rawValue),
                "strength": tie.strength.rawValue, "strengthLabel": view.text("strength_\(tie.strength.rawValue)"),
                "since": tie.since.map(view.format) ?? "", "until": tie.until.map(view.format) ?? "",
                "active": tie.isActive(on: day), "note": tie.note ?? "",
                "strengths": (1...3).map {
                    ["value": $0, "label": view.text("strength_\($0)"), "selected": $0 == tie.strength.rawValue]
                },
            ]
            if let other = inSight.other {
                row["other"] = other.id.rawValue
                row["otherName"] = other.name
            } else {
                row["otherName"] = view.text("outside")
            }
            return row
        }
    }
}
