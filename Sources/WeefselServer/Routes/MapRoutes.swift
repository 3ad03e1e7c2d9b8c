import Foundation
import Hummingbird
import NIOCore
import WeefselCore
import WeefselGraph
import WeefselMaps
import WeefselStore

extension RouteTable {
    /// Maps of the caller's wijken drawn with Graphviz, as SVG or PNG. Viewers always get codes
    /// instead of names; workers and admins get names only when they ask with `names=true`.
    func addMapRoutes(_ service: Service) {
        on(
            Route(
                .get, "/api/maps/{kind}",
                "A map of your wijken: map, keyfigures, isolated, communities, streets or groups (SVG or PNG)",
                access: .only(.admin, .worker, .viewer), response: "Image",
                query: ["format", "names", "seed", "at", "lang"])
        ) { request, context in
            let caller = try context.caller()
            let kind = try context.parameter("kind")
            guard let mapKind = MapKind(rawValue: kind), RouteTable.wholeNetworkMaps.contains(mapKind) else {
                throw ServiceError.badRequest(
                    "must be map, keyfigures, isolated, communities, streets or groups", field: "kind")
            }
            let format = try request.imageFormat()
            let day = try request.day("at")
            let seed = try request.seed()
            var options = try request.mapOptions(for: caller.user, on: day)
            options.pseudonyms = service.pseudonyms
            let (graph, persons) = try service.mapGraph(
                for: caller.user, on: day, options: options,
                countingOutside: (mapKind == .isolated || mapKind == .streets) && caller.user.role != .admin)
            options.neighbourhoodName = graph.wijken.joined(separator: ", ")
            let drawing = try drawMap(mapKind, of: graph, seed: seed, year: day.year, options: options)
            try await service.recordRead(.read, of: persons, by: caller, request, context)
            return try await image(drawing, as: format)
        }
        on(
            Route(
                .get, "/api/persons/{id}/map", "The netwerkkaart of one person's household (SVG or PNG)",
                access: .only(.admin, .worker), response: "Image", query: ["format", "names", "at", "lang"])
        ) { request, context in
            let caller = try context.caller()
            let (node, _) = try service.visibleNode(Node.ID(try context.parameter("id")), for: caller.user)
            let format = try request.imageFormat()
            let day = try request.day("at")
            var options = try request.mapOptions(for: caller.user, on: day)
            options.pseudonyms = service.pseudonyms
            let (graph, persons) = try service.mapGraph(
                for: caller.user, on: day, options: options, countingOutside: caller.user.role != .admin)
            options.neighbourhoodName = graph.wijken.joined(separator: ", ")
            let drawing = try drawing { () throws(MapError) in
                try egoMap(of: graph, centre: node.id, options: options)
            }
            let shown = try analyse { () throws(GraphError) in try EgoReport(of: node.id, in: graph, depth: 1) }
            let people = Set(persons)
            try await service.recordRead(
                .read, of: shown.subjects.filter(people.contains), by: caller, request, context)
            return try await image(drawing, as: format)
        }
    }
}

extension RouteTable {
    /// The maps of a whole network that `/api/maps/{kind}` draws.
    static let wholeNetworkMaps: Set<MapKind> = [.map, .keyfigures, .isolated, .communities, .streets, .groups]
}

extension Service {
    /// The network a map of `user` draws: when the map shows names, everyone who has not given
    /// consent to appear on maps by name (or has withdrawn it, which applies from this request on)
    /// is drawn under their code instead.
    ///
    /// - Parameter countingOutside: draw everyone outside the user's wijken who has a tie into
    ///   them as an anonymous "iemand buiten uw wijken", so that the isolation map judges households
    ///   as the worklist does and a netwerkkaart shows the friend in the next wijk.
    /// - Complexity: O(n log n + m) for n nodes and m ties in the store.
    /// - Returns: the graph, and the persons of the user's wijken on it (for the read audit).
    func mapGraph(for user: User, on day: Day, options: MapOptions, countingOutside: Bool = false) throws
        -> (graph: AnalysisGraph, persons: [Node.ID])
    {
        let outsideName =
            countingOutside
            ? (options.language == .english ? ContactRef.outsideLabelEnglish : ContactRef.outsideLabel) : nil
        let key = MapGraphKey(user: user, day: day, options: options, countingOutside: countingOutside)
        let made = try mapGraphs.value(key, at: store.generation.current) {
            if options.pseudonymise && !countingOutside {
                let graph = try analysisGraph(for: user, on: day)
                return MapGraph(graph: graph, persons: graph.nodeIDs)
            }
            let scoped = try scopedNeighbourhood(for: user, on: day)
            let graph = try scoped.graph(
                countingOutsideAs: outsideName, namedByMapsConsent: !options.pseudonymise, pseudonyms: pseudonyms)
            return MapGraph(graph: graph, persons: scoped.nodes.map(\.id).sorted())
        }
        return (made.graph, made.persons)
    }
}

/// What the network of a map depends on besides the data.
struct MapGraphKey: Hashable, Sendable {
    let scope: WijkScope
    let day: Day
    let pseudonymise: Bool
    let outsideName: String?

    init(user: User, day: Day, options: MapOptions, countingOutside: Bool) {
        scope = WijkScope(.user(user, address: nil))
        self.day = day
        pseudonymise = options.pseudonymise
        outsideName =
            countingOutside
            ? (options.language == .english ? ContactRef.outsideLabelEnglish : ContactRef.outsideLabel) : nil
    }
}

/// The network a map draws, and the persons of the user's wijken on it.
struct MapGraph: Sendable {
    let graph: AnalysisGraph
    let persons: [Node.ID]
}

/// One of the maps of a whole network.
func drawMap(_ kind: MapKind, of graph: AnalysisGraph, seed: UInt64, year: Int, options: MapOptions) throws
    -> MapDrawing
{
    let input: MapInput
    do {
        input = try MapInput(
            analysing: graph, seed: seed, referenceYear: year, betweenness: kind == .keyfigures || kind == .streets)
    } catch {
        throw ServiceError.from(error)
    }
    return try drawing { () throws(MapError) in
        switch kind {
        case .keyfigures: try keyFiguresMap(of: input, options: options)
        case .isolated: try isolationMap(of: input, options: options)
        case .communities: try communitiesMap(of: input, options: options)
        case .streets: try streetMap(of: input, options: options)
        case .groups: try groupMap(of: input, options: options)
        default: try neighbourhoodMap(of: input, options: options)
        }
    }
}

/// Draws a map, answering a map too large to draw as 400 and an unknown person as 404.
func drawing(_ body: () throws(MapError) -> MapDrawing) throws(ServiceError) -> MapDrawing {
    do {
        return try body()
    } catch {
        throw ServiceError.from(error)
    }
}

/// The rendered map with its content type; the security headers are added to every answer.
func image(_ drawing: MapDrawing, as format: OutputFormat) async throws -> Response {
    let bytes: [UInt8]
    do {
        bytes = try await Renderer().render(drawing, as: format)
    } catch {
        throw ServiceError.from(error)
    }
    let type = format == .png ? "image/png" : "image/svg+xml"
    return Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
}

extension ServiceError {
    static func from(_ error: MapError) -> ServiceError {
        switch error {
        case .unknownNode: .notFound
        case .tooLarge, .engineTooSlow, .invalidInput: .badRequest(error.description)
        case .graphvizUnavailable, .invalidDOT, .layoutFailed, .renderFailed: internalFailure
        }
    }
}

extension Request {
    /// `format=svg` (the default) or `format=png`.
    func imageFormat() throws(ServiceError) -> OutputFormat {
        switch query("format") {
        case nil, "svg": return .svg
        case "png": return .png
        default: throw .badRequest("must be svg or png", field: "format")
        }
    }

    /// How the map is drawn for `user`: viewers always pseudonymised, others with names only on request.
    func mapOptions(for user: User, on day: Day) throws(ServiceError) -> MapOptions {
        let names = try flag("names") && user.role != .viewer
        let language: MapLanguage
        switch query("lang") {
        case nil, "nl": language = .dutch
        case "en": language = .english
        default: throw .badRequest("must be nl or en", field: "lang")
        }
        return MapOptions(
            date: day,
            language: language, pseudonymise: !names, names: names, nodeLimit: 5_000)
    }
}
