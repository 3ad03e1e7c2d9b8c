/// Someone near a person who has a skill that person needs.
public struct SkillMatch: Sendable, Hashable, Codable {
    public let node: Int32
    /// 1 for a direct contact, 2 for a contact of a contact.
    public let distance: Int
    /// The first-step contact the person is reached through (the person themselves at distance 1).
    public let via: Int32
    /// The wanted skills the person has, as recorded for them, in the order of the request.
    public let skills: [String]
}

/// The people within two steps of `node` who have one of the `wanted` skills: "the neighbour
/// across the street with a financial background who can help Jan with his administration".
///
/// Only people (residents, volunteers and professionals; not associations) are listed, never
/// anyone with a conflict tie to `node`. Skills match ignoring case and surrounding spaces.
/// Order: nearest first, then most wanted skills, then index.
///
/// - Parameters:
///   - wanted: the skills asked for.
///   - node: the person who needs help.
///   - graph: the neighbourhood.
///   - skills: the skills recorded for a node (skills are kept by the store, not in the graph).
/// - Throws: as ``egoNetwork(of:in:depth:)`` does for a bad index.
/// - Complexity: that of a depth-2 ``egoNetwork(of:in:depth:)`` plus one `skills` call per person reached.
public func peopleWithSkills(
    _ wanted: [String], near node: Int32, in graph: AnalysisGraph, skills: (Int32) -> [String]
) throws(GraphError) -> [SkillMatch] {
    let ego = try egoNetwork(of: node, in: graph, depth: 2)
    let keys = wanted.map(skillKey)
    let excluded = Set(ego.conflicts)
    var candidates: [(node: Int32, distance: Int, via: Int32)] = []
    for contact in ego.contacts { candidates.append((contact.node, 1, contact.node)) }
    for reached in ego.further { candidates.append((reached.node, reached.distance, reached.via)) }
    var matches: [SkillMatch] = []
    for candidate in candidates {
        guard !excluded.contains(candidate.node), graph.nodeKinds[Int(candidate.node)] != .association else {
            continue
        }
        let has = skills(candidate.node)
        var found: [String] = []
        for key in keys where !key.isEmpty {
            if let skill = has.first(where: { skillKey($0) == key }), !found.contains(skill) { found.append(skill) }
        }
        if !found.isEmpty {
            matches.append(.init(node: candidate.node, distance: candidate.distance, via: candidate.via, skills: found))
        }
    }
    matches.sort {
        if $0.distance != $1.distance { return $0.distance < $1.distance }
        if $0.skills.count != $1.skills.count { return $0.skills.count > $1.skills.count }
        return $0.node < $1.node
    }
    return matches
}

/// The same search with the skills of every node given as a table indexed by node.
///
/// - Throws: `GraphError.invalidArgument` when `skills` does not have one entry per node.
public func peopleWithSkills(
    _ wanted: [String], near node: Int32, in graph: AnalysisGraph, skills: [[String]]
) throws(GraphError) -> [SkillMatch] {
    guard skills.count == graph.nodeCount else {
        throw .invalidArgument("skills are given for \(skills.count) nodes, the graph has \(graph.nodeCount)")
    }
    return try peopleWithSkills(wanted, near: node, in: graph, skills: { skills[Int($0)] })
}

private func skillKey(_ skill: String) -> String { skill.trimmingSpaces().lowercased() }
