import Foundation
import Hummingbird
import WeefselCore
import WeefselGraph
import WeefselMaps
import WeefselStore

/// The map of a wijk page as placed in the page: its SVG and the links of its elements.
struct InlineMap: Sendable {
    let svg: String
    let links: String
}

/// What the drawn map of a wijk page depends on.
struct WijkMapKey: Hashable, Sendable {
    let graph: MapGraphKey
    let kind: MapKind
    let names: Bool
    let english: Bool
}

extension Service {
    /// The map of the wijk overview, drawn once per change of the data and kept; nil when the
    /// network is too large to draw.
    func wijkMap(
        _ kind: MapKind, of graph: AnalysisGraph, persons: [Node.ID], key: MapGraphKey, options: MapOptions,
        view: PageView
    ) async throws -> InlineMap? {
        let generation = store.generation.current
        let key = WijkMapKey(graph: key, kind: kind, names: options.names, english: options.language == .english)
        if let kept = wijkMaps[key, at: generation] { return kept }
        // Only households are drawn on the isolation map; the size is known before any layout.
        let drawnCount = kind == .isolated ? graph.householdCount : graph.nodeCount
        var made: InlineMap?
        if drawnCount <= options.nodeLimit {
            do {
                let drawing = try drawMap(kind, of: graph, seed: 1, year: key.graph.day.year, options: options)
                let inline = try await inlineMap(
                    drawing, links: options.names ? pageLinks(graph, persons: persons, drawing: drawing) : [:],
                    view: view)
                made = InlineMap(svg: inline["svg"] as? String ?? "", links: inline["links"] as? String ?? "{}")
            } catch let error as ServiceError where error.isBadInput {
                made = nil
            }
        }
        wijkMaps.keep(made, for: key, at: generation)
        return made
    }
}

func pageLinks(_ graph: AnalysisGraph, persons: [Node.ID], drawing: MapDrawing) -> [String: String] {
    let linked = Set(persons)
    var links: [String: String] = [:]
    for node in drawing.graph.nodes {
        switch node.id {
        case .element(let v) where Int(v) < graph.nodeCount && linked.contains(graph.nodeIDs[Int(v)]):
            links[node.id.description] = "/personen/" + percentEncoded(graph.nodeIDs[Int(v)].rawValue)
        case .household(let h) where Int(h) < graph.householdCount:
            links[node.id.description] = "/huishoudens/" + percentEncoded(graph.householdIDs[Int(h)].rawValue)
        default: break
        }
    }
    return links
}

/// A map drawn as SVG to place in a page: the SVG element itself (no XML prolog), and the links
/// of its elements as JSON for the page's script. The SVG carries no script of its own (labels
/// are escaped when the DOT is written) and the page's policy would not run any.
func inlineMap(_ drawing: MapDrawing, links: [String: String], view: PageView) async throws -> [String: Any] {
    let bytes: [UInt8]
    do {
        bytes = try await Renderer().render(drawing, as: .svg)
    } catch {
        throw ServiceError.from(error)
    }
    var svg = String(decoding: bytes, as: UTF8.self)
    if let start = svg.range(of: "<svg") { svg = String(svg[start.lowerBound...]) }
    // Graphviz never writes script; refuse to place a drawing whose markup could run any.
    guard SVGMarkup.isSafe(svg) else { throw ServiceError.internalFailure }
    let json = (try? JSONSerialization.data(withJSONObject: links, options: [.sortedKeys])) ?? Data("{}".utf8)
    return ["svg": svg, "links": String(decoding: json, as: UTF8.self), "label": view.text("map_label")]
}

/// What the wijk overview shows of its maps.
enum WijkPages {
    /// Above this many households the isolation map is not drawn by Graphviz: the explorable map
    /// marks the isolated households of any wijk instead.
    static let householdMapLimit = 1_500

    /// The tie kinds the explorable map filters on, with the kinds each one stands for.
    static let tieFilters = ["family", "friend", "neighbour", "member", "professional", "conflict", "other"]

    /// The values of the explorable map's part of the overview page.
    static func webMapValues(focus: String?, named: Bool, view: PageView) -> [String: Any] {
        let texts = Texts.webMapScript.mapValues { view.language == .dutch ? $0.dutch : $0.english }
            .merging(
                Dictionary(uniqueKeysWithValues: tieFilters.map { ("tie_" + $0, view.text("tiekind_" + $0)) }),
                uniquingKeysWith: { first, _ in first })
        let json = (try? JSONSerialization.data(withJSONObject: texts, options: [.sortedKeys])) ?? Data("{}".utf8)
        return [
            "focus": focus ?? "", "named": named, "webmapTexts": String(decoding: json, as: UTF8.self),
            "tieKinds": tieFilters.map { ["value": $0, "label": view.text("tiekind_" + $0)] },
        ]
    }
}
