/// The rows as a GraphML document.
///
/// - Complexity: O(n + m).
func graphML(_ rows: ExchangeRows) -> String {
    var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
    func key(_ id: String, _ domain: String, _ name: String, _ type: String) {
        out += "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n"
    }
    key("label", "node", "label", "string")
    key("kind", "node", "kind", "string")
    key("household", "node", "household", "string")
    if rows.hasGroups { key("group", "node", "group", "int") }
    if rows.hasBetweenness { key("betweenness", "node", "betweenness", "double") }
    if rows.hasIsolation { key("isolation", "node", "isolation", "string") }
    key("tie_kind", "edge", "kind", "string")
    key("strength", "edge", "strength", "int")
    out += "  <graph id=\"weefsel\" edgedefault=\"undirected\">\n"
    func data(_ key: String, _ value: String?) {
        if let value { out += "      <data key=\"\(key)\">\(escapedXML(value))</data>\n" }
    }
    for node in rows.nodes {
        out += "    <node id=\"\(node.id)\">\n"
        data("label", node.label)
        data("kind", node.kind)
        data("household", node.household)
        data("group", node.group.map { String($0) })
        data("betweenness", node.betweenness.map { formatted($0, digits: 6) })
        data("isolation", node.isolation)
        out += "    </node>\n"
    }
    for (index, tie) in rows.ties.enumerated() {
        out += "    <edge id=\"e\(index)\" source=\"\(tie.source)\" target=\"\(tie.target)\">\n"
        data("tie_kind", tie.kind)
        data("strength", String(tie.strength))
        out += "    </edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return out
}
