import WeefselCore
import WeefselGraph

/// The netwerkkaart of one person as a list: the library's report on the caller's wijken, plus
/// one anonymous "iemand buiten uw wijken" for each person in another wijk the person has a tie with.
struct EgoNetworkResponse: Encodable {
    let report: EgoReport
    let outsideContacts: Int

    enum CodingKeys: String, CodingKey {
        case outsideContacts = "outside_contacts"
    }

    func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(
            Array(repeating: ContactRef(person: nil), count: outsideContacts), forKey: .outsideContacts)
    }
}

extension ScopedNeighbourhood {
    /// How many people outside the scope `person` has an active tie with.
    ///
    /// - Complexity: O(b) for b ties across the border.
    func outsideContacts(of person: Node.ID) -> Int {
        Set(outsideTies.lazy.filter { $0.inside == person }.map(\.outside)).count
    }
}
