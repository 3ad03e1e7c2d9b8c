/// The people who live at one address: the unit social workers think in when they look for
/// "the household nobody knows".
public struct Household: Sendable, Hashable, Codable, Identifiable {
    public typealias ID = TaggedID<Household>

    public var id: ID
    public var street: String?
    public var houseNumber: String?
    public var postcode: String?
    public var wijk: String?
    public var latitude: Double?
    public var longitude: Double?

    public init(
        id: ID, street: String? = nil, houseNumber: String? = nil, postcode: String? = nil, wijk: String? = nil,
        latitude: Double? = nil, longitude: Double? = nil
    ) {
        self.id = id
        self.street = street
        self.houseNumber = houseNumber
        self.postcode = postcode
        self.wijk = wijk
        self.latitude = latitude
        self.longitude = longitude
    }

    /// The address as a Dutch social worker writes it: `Lindelaan 12, 1234 AB`.
    public var address: String {
        let line = [street, houseNumber].compactMap { $0 }.joined(separator: " ")
        return [line, postcode ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
