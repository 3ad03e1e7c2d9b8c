import WeefselGraph

// A need or offer is written as one flat object, its terms beside its own fields, as before the
// terms had a type of their own: the access export and the JSON of the command line keep their shape.

extension Need {
    private enum OwnKeys: String, CodingKey { case id, childBirthYears, requestedOn }

    public init(from decoder: any Decoder) throws {
        let own = try decoder.container(keyedBy: OwnKeys.self)
        id = try own.decode(ID.self, forKey: .id)
        terms = try MatchingTerms(from: decoder)
        childBirthYears = try own.decode([Int].self, forKey: .childBirthYears)
        requestedOn = try own.decode(Day.self, forKey: .requestedOn)
    }

    public func encode(to encoder: any Encoder) throws {
        try terms.encode(to: encoder)
        var own = encoder.container(keyedBy: OwnKeys.self)
        try own.encode(id, forKey: .id)
        try own.encode(childBirthYears, forKey: .childBirthYears)
        try own.encode(requestedOn, forKey: .requestedOn)
    }
}

extension Offer {
    private enum OwnKeys: String, CodingKey { case id, capacity, screenedOn, maxDistance, offeredOn }

    public init(from decoder: any Decoder) throws {
        let own = try decoder.container(keyedBy: OwnKeys.self)
        id = try own.decode(ID.self, forKey: .id)
        terms = try MatchingTerms(from: decoder)
        capacity = try own.decodeIfPresent(Int.self, forKey: .capacity)
        screenedOn = try own.decodeIfPresent(Day.self, forKey: .screenedOn)
        maxDistance = try own.decodeIfPresent(Double.self, forKey: .maxDistance)
        offeredOn = try own.decode(Day.self, forKey: .offeredOn)
    }

    public func encode(to encoder: any Encoder) throws {
        try terms.encode(to: encoder)
        var own = encoder.container(keyedBy: OwnKeys.self)
        try own.encode(id, forKey: .id)
        try own.encodeIfPresent(capacity, forKey: .capacity)
        try own.encodeIfPresent(screenedOn, forKey: .screenedOn)
        try own.encodeIfPresent(maxDistance, forKey: .maxDistance)
        try own.encode(offeredOn, forKey: .offeredOn)
    }
}
