import WeefselGraph

/// The persons a result names, for the read audit.
extension KeyFigureReport {
    public var subjects: [Node.ID] {
        var people: [PersonRef] = keyFigures.map(\.person)
        people += keyPlayerSet?.members ?? []
        people += articulationPoints.map(\.person)
        return Set(people.map(\.id)).sorted()
    }
}

extension CommunityReport {
    public var subjects: [Node.ID] {
        var people: Set<Node.ID> = Set(communities.flatMap(\.members))
        for bridge in bridges { people.insert(bridge.person.id) }
        return people.sorted()
    }
}

extension EgoReport {
    public var subjects: [Node.ID] {
        var people: [PersonRef] = [centre]
        for ring in rings { people += ring.contacts.map(\.person) }
        people += conflicts
        people += further.map(\.person)
        people += helpers.map(\.person)
        return Set(people.map(\.id)).sorted()
    }
}

extension [IsolationEntry] {
    public var subjects: [Node.ID] {
        Set(flatMap { $0.members + $0.contacts + $0.professionals }.map(\.id)).sorted()
    }
}
