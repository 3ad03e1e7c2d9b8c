import WeefselCore
import WeefselGraph

struct TieRequest: Decodable {
    let source: String
    let target: String
    let kind: String
    let strength: Int?
    let since: String?
    let until: String?
    let note: String?

    func tie(recordedBy: String) throws(ServiceError) -> Tie {
        guard let kind = Tie.Kind(parsing: kind) else { throw .badRequest("unknown tie kind", field: "kind") }
        guard let strength = Tie.Strength(rawValue: strength ?? 2) else {
            throw .badRequest("must be 1, 2 or 3", field: "strength")
        }
        func day(_ text: String?, _ field: String) throws(ServiceError) -> Day? {
            guard let text else { return nil }
            guard let day = Day(parsing: text) else { throw .badRequest("not a date (2024-03-31)", field: field) }
            return day
        }
        return Tie(
            source: Node.ID(source), target: Node.ID(target), kind: kind, strength: strength,
            since: try day(since, "since"), until: try day(until, "until"), recordedBy: recordedBy, note: note)
    }
}

/// A tie in an answer of the service; the same shape as `tie list --json`.
typealias TieResponse = TieEntry
