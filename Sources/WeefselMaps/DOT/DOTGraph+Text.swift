extension DOTGraph {
    /// The graph as DOT text: clusters by number, nodes by id, edges by their ends, attributes in
    /// a fixed order, so the same graph always gives the same bytes.
    ///
    /// - Complexity: O(n log n + m log m) for n nodes and m edges.
    public var text: String {
        var out = "graph weefsel {\n"
        // Positions in points for the engine that only draws, in inches (and kept) for neato.
        let pinned = attributes.layout?.positionsOnly == true
        appendStatement("graph", attributes, to: &out, indent: "  ")
        appendStatement("node", nodeDefaults, to: &out, indent: "  ")
        appendStatement("edge", edgeDefaults, to: &out, indent: "  ")

        let sortedNodes = nodes.sorted { $0.id < $1.id }
        var clustered: [Int: [DOTNode]] = [:]
        var loose: [DOTNode] = []
        let clusterNumbers = Set(clusters.map(\.number))
        for node in sortedNodes {
            if let number = node.cluster, clusterNumbers.contains(number) {
                clustered[number, default: []].append(node)
            } else {
                loose.append(node)
            }
        }
        for cluster in clusters.sorted(by: { $0.number < $1.number }) {
            out += "  subgraph cluster_\(cluster.number) {\n"
            appendStatement("graph", cluster.attributes, to: &out, indent: "    ")
            for node in clustered[cluster.number] ?? [] {
                appendStatement(
                    node.id.description, node.attributes, to: &out, indent: "    ", always: true, inPoints: pinned)
            }
            out += "  }\n"
        }
        for node in loose {
            appendStatement(
                node.id.description, node.attributes, to: &out, indent: "  ", always: true, inPoints: pinned)
        }
        let sortedEdges = edges.map { edge in (edge, encoded(edge.attributes)) }.sorted { a, b in
            (a.0.tail, a.0.head) != (b.0.tail, b.0.head)
                ? (a.0.tail, a.0.head) < (b.0.tail, b.0.head) : a.1 < b.1
        }
        for (edge, attributeText) in sortedEdges {
            out += "  \(edge.tail) -- \(edge.head)"
            out += attributeText.isEmpty ? ";\n" : " [\(attributeText)];\n"
        }
        out += "}\n"
        return out
    }
}

private func appendStatement(
    _ name: String, _ attributes: DOTAttributes, to out: inout String, indent: String, always: Bool = false,
    inPoints: Bool = false
) {
    let text = encoded(attributes, inPoints: inPoints)
    if text.isEmpty {
        if always { out += "\(indent)\(name);\n" }
    } else {
        out += "\(indent)\(name) [\(text)];\n"
    }
}

/// The attributes as `key="value"` pairs in a fixed order.
private func encoded(_ a: DOTAttributes, inPoints: Bool = false) -> String {
    var pairs: [String] = []
    func token(_ key: String, _ value: String?) {
        if let value { pairs.append("\(key)=\"\(value)\"") }
    }
    func number(_ key: String, _ value: Double?) { token(key, value.map { formatted($0) }) }

    switch a.label {
    case .text(let text): pairs.append("label=\"\(escapedLabel(text))\"")
    case .html(let table): pairs.append("label=<\(encoded(table))>")
    case nil: break
    }
    if let xlabel = a.xlabel { pairs.append("xlabel=\"\(escapedLabel(xlabel))\"") }
    if let tooltip = a.tooltip { pairs.append("tooltip=\"\(escapedTooltip(tooltip))\"") }
    token("shape", a.shape?.rawValue)
    if !a.style.isEmpty { token("style", a.style.map(\.rawValue).joined(separator: ",")) }
    token("color", a.colour?.description)
    token("fillcolor", a.fillColour?.description)
    token("fontcolor", a.fontColour?.description)
    token("fontname", a.font?.rawValue)
    number("fontsize", a.fontSize)
    number("penwidth", a.penWidth)
    number("width", a.width)
    number("height", a.height)
    token("fixedsize", a.fixedSize.map { $0 ? "true" : "false" })
    token("peripheries", a.peripheries.map(String.init))
    token("weight", a.weight.map(String.init))
    number("len", a.length)
    token("constraint", a.constraint.map { $0 ? "true" : "false" })
    if inPoints {
        token("pos", a.position.map { "\(formatted($0.x * 72, digits: 1)),\(formatted($0.y * 72, digits: 1))" })
    } else {
        token("pos", a.position.map { "\(formatted($0.x)),\(formatted($0.y))!" })
    }
    if let layout = a.layout {
        token("overlap", layout.overlap?.rawValue)
        token("splines", layout.splines?.rawValue)
        number("ranksep", layout.rankSeparation)
        number("nodesep", layout.nodeSeparation)
        if layout.edgesFirst { token("outputorder", "edgesfirst") }
        token("start", layout.seed.map(String.init))
        if layout.leftToRight { token("rankdir", "LR") }
    }
    token("labelloc", a.labelLocation?.rawValue)
    token("labeljust", a.labelJustification?.rawValue)
    token("bgcolor", a.backgroundColour?.description)
    number("pad", a.pad)
    token("root", a.root?.description)
    return pairs.joined(separator: ", ")
}

/// An HTML-like table with every piece of text escaped.
private func encoded(_ table: HTMLTable) -> String {
    var out = "<TABLE BORDER=\"\(table.border)\" CELLBORDER=\"0\" CELLSPACING=\"\(table.cellSpacing)\""
    out += " CELLPADDING=\"\(table.cellPadding)\""
    if let colour = table.backgroundColour { out += " BGCOLOR=\"\(colour)\"" }
    if let colour = table.borderColour { out += " COLOR=\"\(colour)\"" }
    out += ">"
    for row in table.rows {
        out += "<TR>"
        for cell in row {
            out += "<TD ALIGN=\"\(cell.alignment.rawValue)\""
            if cell.columnSpan > 1 { out += " COLSPAN=\"\(cell.columnSpan)\"" }
            if let colour = cell.backgroundColour { out += " BGCOLOR=\"\(colour)\"" }
            out += ">"
            for run in cell.runs {
                var attributes = ""
                if let colour = run.colour { attributes += " COLOR=\"\(colour)\"" }
                if let size = run.size { attributes += " POINT-SIZE=\"\(formatted(size))\"" }
                var text = escapedHTML(run.text)
                if run.bold { text = "<B>\(text)</B>" }
                out += attributes.isEmpty ? text : "<FONT\(attributes)>\(text)</FONT>"
            }
            if cell.runs.allSatisfy({ $0.text.isEmpty }) { out += " " }
            out += "</TD>"
        }
        out += "</TR>"
    }
    return out + "</TABLE>"
}
