/// A text identifier typed by what it identifies (`Need.ID`, `Offer.ID`, `Programme.ID`, `Match.ID`),
/// so that a need's id is never passed where an offer's is expected.
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
