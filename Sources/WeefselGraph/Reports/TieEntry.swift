/// A tie as scripts read it from `tie list --json` and from the service: `source`, `target`, `kind`,
/// then `strength`, `since`, `until`, `recorded_by` and `note`.
public struct TieEntry: Sendable, Hashable, Codable {
    public let source: String
    public let target: String
    public let kind: String
    public let strength: Int
    public let since: String?
    public let until: String?
    public let recordedBy: String?
    public let note: String?

    public init(_ tie: Tie) {
        source = tie.source.rawValue
        target = tie.target.rawValue
        kind = tie.kind.rawValue
        strength = tie.strength.rawValue
        since = tie.since?.description
        until = tie.until?.description
        recordedBy = tie.recordedBy
        note = tie.note
    }

    enum CodingKeys: String, CodingKey {
        case source, target, kind, strength, since, until, note
        case recordedBy = "recorded_by"
    }
}
