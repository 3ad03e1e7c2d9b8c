import WeefselGraph

/// The stable code that stands for a person or organisation on a pseudonymised map or export:
/// `P-113` for a person, `A-007` for an association or place, from the node's index in id order.
///
/// - Complexity: O(1).
public func pseudonym(ofNode index: Int32, in graph: AnalysisGraph) -> String {
    let prefix = Int(index) < graph.nodeCount && graph.nodeKinds[Int(index)] == .association ? "A" : "P"
    return "\(prefix)-\(threeDigits(Int(index) + 1))"
}

/// The stable code that stands for a household: `H-017`, from its index in id order.
///
/// - Complexity: O(1).
public func pseudonym(ofHousehold index: Int32) -> String {
    "H-\(threeDigits(Int(index) + 1))"
}

private func threeDigits(_ value: Int) -> String {
    let text = String(value)
    return text.count >= 3 ? text : String(repeating: "0", count: 3 - text.count) + text
}

/// What a map calls nodes and households: real names and addresses, or codes.
struct Naming {
    let graph: AnalysisGraph
    let hidesNames: Bool
    let words: Vocabulary

    func name(ofNode v: Int32) -> String {
        hidesNames ? pseudonym(ofNode: v, in: graph) : graph.nodeNames[Int(v)]
    }

    func name(ofHousehold h: Int32) -> String {
        if hidesNames { return pseudonym(ofHousehold: h) }
        let address = graph.householdAddresses[Int(h)]
        return address.isEmpty ? graph.householdIDs[Int(h)].rawValue : address
    }

    /// Name, kind and household of a node, for its tooltip.
    func tooltip(ofNode v: Int32) -> String {
        var parts = [name(ofNode: v), words.name(of: graph.nodeKinds[Int(v)])]
        let h = graph.nodeHousehold[Int(v)]
        if h >= 0 { parts.append(name(ofHousehold: h)) }
        return parts.joined(separator: " · ")
    }

    /// The household's name and its members, for its tooltip.
    func tooltip(ofHousehold h: Int32) -> String {
        let members = graph.members(ofHousehold: h).map { name(ofNode: $0) }
        return ([name(ofHousehold: h)] + [members.joined(separator: ", ")].filter { !$0.isEmpty })
            .joined(separator: " · ")
    }
}
