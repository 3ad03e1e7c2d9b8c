/// Where a household is, for distances: its own coordinates when recorded, otherwise the centre of
/// its 4-digit postcode area from this table.
///
/// When neither side can be placed this way, two addresses in the same 4-digit postcode area count
/// as close (distance 0, marked approximate); anything else is an unknown distance, which breaks
/// the distance rule of every programme that has a maximum distance.
public struct PostcodeCentroids: Sendable, Hashable, Codable {
    public struct Point: Sendable, Hashable, Codable {
        public var latitude: Double
        public var longitude: Double
        public init(latitude: Double, longitude: Double) {
            self.latitude = latitude
            self.longitude = longitude
        }
    }

    /// Centre of each area, keyed by the 4-digit postcode (`"1234"`).
    public var centres: [String: Point]

    public init(_ centres: [String: Point] = [:]) { self.centres = centres }

    /// The 4-digit area of a Dutch postcode (`1234 AB` → 1234), or `nil` when it has none.
    public static func area(of postcode: String?) -> Int? {
        guard let postcode else { return nil }
        let digits = postcode.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, let value = Int(digits) else { return nil }
        return value
    }

    public func centre(of postcode: String?) -> Point? {
        guard let area = PostcodeCentroids.area(of: postcode) else { return nil }
        return centres[String(area)]
    }
}
