/// The rows as a GEXF 1.3 document (Gephi's format).
///
/// - Complexity: O(n + m).
func gexf(_ rows: ExchangeRows) -> String {
    var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <meta>
            <creator>Weefsel</creator>
          </meta>
          <graph mode="static" defaultedgetype="undirected">
            <attributes class="node">
              <attribute id="kind" title="kind" type="string"/>
              <attribute id="household" title="household" type="string"/>

        """
    if rows.hasGroups { out += "      <attribute id=\"group\" title=\"group\" type=\"integer\"/>\n" }
    if rows.hasBetweenness { out += "      <attribute id=\"betweenness\" title=\"betweenness\" type=\"double\"/>\n" }
    if rows.hasIsolation { out += "      <attribute id=\"isolation\" title=\"isolation\" type=\"string\"/>\n" }
    out += """
            </attributes>
            <attributes class="edge">
              <attribute id="kind" title="kind" type="string"/>
            </attributes>
            <nodes>

        """
    func value(_ id: String, _ value: String?) {
        if let value { out += "          <attvalue for=\"\(id)\" value=\"\(escapedXML(value))\"/>\n" }
    }
    for node in rows.nodes {
        out += "      <node id=\"\(node.id)\" label=\"\(escapedXML(node.label))\">\n        <attvalues>\n"
        value("kind", node.kind)
        value("household", node.household)
        value("group", node.group.map { String($0) })
        value("betweenness", node.betweenness.map { formatted($0, digits: 6) })
        value("isolation", node.isolation)
        out += "        </attvalues>\n      </node>\n"
    }
    out += "    </nodes>\n    <edges>\n"
    for (index, tie) in rows.ties.enumerated() {
        out +=
            "      <edge id=\"e\(index)\" source=\"\(tie.source)\" target=\"\(tie.target)\" weight=\"\(tie.strength)\">\n"
        out += "        <attvalues>\n"
        value("kind", tie.kind)
        out += "        </attvalues>\n      </edge>\n"
    }
    out += "    </edges>\n  </graph>\n</gexf>\n"
    return out
}
