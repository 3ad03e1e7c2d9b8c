import WeefselGraph

/// Pieces every map kind is built from.
enum MapParts {
    /// Layout settings that suit the engine and size.
    static func layout(for engine: LayoutEngine, nodeCount: Int) -> DOTLayoutSettings {
        switch engine {
        case .dot: DOTLayoutSettings(splines: .spline, rankSeparation: 0.8, nodeSeparation: 0.2)
        case .twopi: DOTLayoutSettings(overlap: .remove, splines: .line, rankSeparation: 1.3)
        case .circo: DOTLayoutSettings(splines: .line)
        case .fdp: DOTLayoutSettings(overlap: .prism, splines: .line)
        case .pinned:
            DOTLayoutSettings(splines: .line, seed: nil)
        case .neato, .sfdp:
            DOTLayoutSettings(overlap: .prism, splines: .line, nodeSeparation: nodeCount > 1_000 ? nil : 0.15)
        }
    }

    /// A person or organisation drawn in the shape of its kind.
    ///
    /// - Parameters:
    ///   - labelled: whether the name is written in the node; otherwise only in its tooltip.
    ///   - compact: draw the node small and without label (large maps).
    static func element(
        _ v: Int32, in graph: AnalysisGraph, naming: Naming, fill: DOTColour, labelled: Bool, compact: Bool
    ) -> DOTNode {
        var attributes = VisualLanguage.node(
            kind: graph.nodeKinds[Int(v)], volunteers: graph.nodeVolunteers[Int(v)], fill: fill)
        attributes.tooltip = naming.tooltip(ofNode: v)
        if compact {
            attributes.label = .text("")
            attributes.width = 0.18
            attributes.height = 0.18
            attributes.fixedSize = true
            if labelled { attributes.xlabel = naming.name(ofNode: v) }
        } else {
            attributes.label = .text(labelled ? naming.name(ofNode: v) : "")
        }
        return DOTNode(id: .element(v), attributes: attributes)
    }

    /// Tie `t` of the graph drawn in the style of its kind and strength; on large (`compact`)
    /// maps thinner and half transparent so the structure stays visible.
    static func tie(_ t: Int, in graph: AnalysisGraph, compact: Bool = false) -> DOTEdge {
        var attributes = VisualLanguage.edge(kind: graph.tieKinds[t], strength: graph.tieStrengths[t])
        if compact {
            attributes.penWidth = (attributes.penWidth ?? 1) * 0.5
            if let colour = attributes.colour {
                attributes.colour = DOTColour(red: colour.red, green: colour.green, blue: colour.blue, alpha: 0x80)
            }
        }
        return DOTEdge(.element(graph.tieSources[t]), .element(graph.tieTargets[t]), attributes: attributes)
    }

    /// Legend entries for the groups present: a swatch and a name per group, at most `limit`.
    static func groupEntries(_ groups: [Int32], labels: [String], words: Vocabulary, limit: Int = 12) -> [Legend.Entry]
    {
        let present = Set(groups).sorted()
        var entries: [Legend.Entry] = []
        for number in present.prefix(limit) {
            let name = number < 0 ? words.noGroup : groupName(number, labels: labels, words: words)
            entries.append(Legend.Entry(glyph: "●", colour: Palette.group(number), text: name))
        }
        if present.count > limit {
            entries.append(Legend.Entry(glyph: "…", colour: Palette.darkGrey, text: "+\(present.count - limit)"))
        }
        return entries
    }

    /// "groep 3: name", or "groep 3" when the group has no name.
    static func groupName(_ number: Int32, labels: [String], words: Vocabulary) -> String {
        if Int(number) < labels.count, !labels[Int(number)].isEmpty {
            return "\(words.group) \(number + 1): \(labels[Int(number)])"
        }
        return "\(words.group) \(number + 1)"
    }

    /// The graph with defaults for the engine and the legend as its label.
    static func graph(engine: LayoutEngine, nodeCount: Int, legend: Legend) -> DOTGraph {
        var graph = VisualLanguage.baseGraph(layout: layout(for: engine, nodeCount: nodeCount))
        // The legend grows with the map so it stays readable when the drawing is scaled to fit.
        var legend = legend
        legend.scale = max(1, min(4, (Double(nodeCount) / 150).squareRoot()))
        graph.attributes.label = .html(legend.table)
        return graph
    }

    /// Every node kind present, and whether a resident volunteers.
    static func kindsPresent(_ nodes: some Sequence<Int32>, in graph: AnalysisGraph) -> (Set<Node.Kind>, Bool) {
        var kinds = Set<Node.Kind>()
        var volunteeringResidents = false
        for v in nodes {
            let kind = graph.nodeKinds[Int(v)]
            kinds.insert(kind)
            if kind == .resident && graph.nodeVolunteers[Int(v)] { volunteeringResidents = true }
        }
        return (kinds, volunteeringResidents)
    }

    /// The number of distinct households among `nodes`.
    static func householdCount(of nodes: some Sequence<Int32>, in graph: AnalysisGraph) -> Int {
        Set(nodes.map { graph.nodeHousehold[Int($0)] }.filter { $0 >= 0 }).count
    }
}
