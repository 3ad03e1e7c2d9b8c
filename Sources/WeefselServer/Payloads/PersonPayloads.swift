import WeefselCore
import WeefselGraph
import WeefselStore

/// A person or organisation as a client sends it to create or rectify a record.
struct PersonRequest: Decodable {
    let id: String
    let kind: String
    let name: String
    let household: String?
    let street: String?
    let houseNumber: String?
    let postcode: String?
    let birthYear: Int?
    let roles: [String]?
    let languages: [String]?
    let skills: [String]?
    let interests: [String]?
    let wijk: String?

    enum CodingKeys: String, CodingKey {
        case id, kind, name, household, street, postcode, roles, languages, skills, interests, wijk
        case houseNumber = "house_number"
        case birthYear = "birth_year"
    }

    /// The node and (with an address) household this request describes; consent is kept from
    /// `existing`, since consent changes only through the consent endpoint.
    func node(keeping existing: Node?) throws(ServiceError) -> (Node, Household?) {
        guard let kind = Node.Kind(parsing: kind) else {
            throw .badRequest("unknown kind (expected resident, volunteer, association or professional)", field: "kind")
        }
        var parsedRoles: Set<Node.Role> = []
        for role in roles ?? [] {
            guard let parsed = Node.Role(parsing: role) else { throw .badRequest("unknown role", field: "roles") }
            parsedRoles.insert(parsed)
        }
        let node = Node(
            id: Node.ID(id), kind: kind, name: name, household: household.map { Household.ID($0) }, roles: parsedRoles,
            birthYear: birthYear, languages: languages ?? [], skills: skills ?? [], interests: interests ?? [],
            wijk: wijk, consent: existing?.consent ?? [])
        guard street != nil || houseNumber != nil || postcode != nil else { return (node, nil) }
        guard let householdID = node.household else {
            throw .badRequest("an address needs a household id", field: "household")
        }
        return (
            node, Household(id: householdID, street: street, houseNumber: houseNumber, postcode: postcode, wijk: wijk)
        )
    }
}

/// A person or organisation as workers and admins see it.
struct PersonResponse: Encodable {
    let id: String
    let kind: String
    let name: String
    let household: String?
    let address: String?
    let roles: [String]
    let birthYear: Int?
    let languages: [String]
    let skills: [String]
    let interests: [String]
    let wijk: String?
    let consent: [String]

    init(_ node: Node, household: Household?) {
        id = node.id.rawValue
        kind = node.kind.rawValue
        name = node.name
        self.household = node.household?.rawValue
        address = household.map(\.address)
        roles = node.roles.sorted().map(\.rawValue)
        birthYear = node.birthYear
        languages = node.languages
        skills = node.skills
        interests = node.interests
        wijk = node.wijk ?? household?.wijk
        consent = node.consent.sorted().map(\.rawValue)
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, name, household, address, roles, languages, skills, interests, wijk, consent
        case birthYear = "birth_year"
    }
}

/// What a volunteer-centre coordinator sees of a person: only what matching needs, no name, no
/// address, no ties.
struct MatchingProfileResponse: Encodable {
    let id: String
    let kind: String
    let roles: [String]
    let birthYear: Int?
    let languages: [String]
    let skills: [String]
    let interests: [String]
    let wijk: String?

    init(_ node: Node, household: Household?) {
        id = node.id.rawValue
        kind = node.kind.rawValue
        roles = node.roles.sorted().map(\.rawValue)
        birthYear = node.birthYear
        languages = node.languages
        skills = node.skills
        interests = node.interests
        wijk = node.wijk ?? household?.wijk
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, roles, languages, skills, interests, wijk
        case birthYear = "birth_year"
    }
}

struct HouseholdResponse: Encodable {
    struct Member: Encodable {
        let id: String
        let name: String
    }
    let id: String
    let street: String?
    let houseNumber: String?
    let postcode: String?
    let wijk: String?
    let members: [Member]

    enum CodingKeys: String, CodingKey {
        case id, street, postcode, wijk, members
        case houseNumber = "house_number"
    }
}

struct StatisticsResponse: Encodable {
    let wijken: [String]
    let nodes: [String: Int]
    let households: Int
}
