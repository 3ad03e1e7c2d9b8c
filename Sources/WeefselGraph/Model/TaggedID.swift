/// A text identifier typed by what it identifies (`Node.ID`, `Household.ID`, `Need.ID`, `User.ID`, …),
/// so that a household's id is never passed where a person's is expected. It reads and writes as
/// its text in JSON and sorts by it.
public struct TaggedID<Tag>: Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public var description: String { rawValue }
    public static func < (lhs: TaggedID, rhs: TaggedID) -> Bool { lhs.rawValue < rhs.rawValue }
}
