import ArgumentParser
import Foundation
import WeefselGraph
import WeefselMaps
import WeefselMatching
import WeefselStore

extension MapKind: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {
    /// The layout programs a user can ask for; the engine that only draws Weefsel's own positions
    /// is not one of them.
    public static var allValueStrings: [String] { allCases.filter { $0 != .pinned }.map(\.rawValue) }

    public init?(argument: String) {
        guard let engine = LayoutEngine(rawValue: argument), engine != .pinned else { return nil }
        self = engine
    }
}
extension MapLanguage: ExpressibleByArgument {}

struct Render: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a map of the social fabric with Graphviz.",
        discussion: """
            Kinds: map, keyfigures, isolated, communities, ego ID (the netwerkkaart of one household), \
            matches, change A B (two snapshots), streets (households at their address along named \
            streets, those that need a visit marked, key figures named) and groups (one circle per \
            group, named after its association or street, the people who link groups on the lines). \
            Maps of more than one household are pseudonymised \
            (P-K7QX, H-W2TA: codes under the installation key that give no id away) unless --names is \
            given; --pseudonymise hides names on every map.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var analysis: AnalysisOptions
    @Argument(help: "map, keyfigures, isolated, communities, ego, matches, change, streets or groups.")
    var kind: MapKind
    @Argument(help: "For ego: the person's id. For change: the two snapshot labels.") var subjects: [String] = []
    @Option(help: "dot, svg, png or pdf (default: from the file name, else svg).") var format: OutputFormat?
    @Option(name: .shortAndLong, help: "The file to write.") var output: String
    @Flag(help: "Replace every name and address by a code.") var pseudonymise = false
    @Flag(help: "Show names on a map of more than one household.") var names = false
    @Option(help: "Language of the map: nl or en.") var lang: MapLanguage = .dutch
    @Option(help: "Layout engine (default: by size; the netwerkkaart in circles; not for streets and groups).")
    var engine: LayoutEngine?
    @Flag(help: "On the netwerkkaart, also draw the ties between the people around the household (lightly).")
    var between = false
    @Option(name: .customLong("max-nodes"), help: "Refuse maps with more nodes than this.") var maxNodes = 20_000
    @Option(help: "The seed of the group search.") var seed: UInt64 = 1
    @Option(help: "The neighbourhood's name in the title (default: its wijk).") var title: String?

    func validate() throws {
        switch kind {
        case .ego: guard subjects.count == 1 else { throw ValidationError("render ego takes one person's id") }
        case .change:
            guard subjects.count == 2 else { throw ValidationError("render change takes two snapshot labels") }
        default:
            guard subjects.isEmpty else { throw ValidationError("render \(kind.rawValue) takes no other arguments") }
        }
        if engine != nil && (kind == .streets || kind == .groups) {
            throw ValidationError("render \(kind.rawValue) places everything itself and takes no --engine")
        }
    }

    func run() async throws {
        let store = try global.openStore(.readOnly)
        let request = MapRequest(command: self)
        let drawing = try request.draw(from: store)
        try await global.recordRead(.read, of: try request.named(from: store))
        let chosen = format ?? OutputFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) ?? .svg
        let bytes = try await Renderer().render(drawing, as: chosen)
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CommandFailure("cannot write \(output): \(error.localizedDescription)")
        }
        print("Wrote the \(kind.rawValue) map (\(drawing.engine.rawValue), \(chosen.rawValue)) to \(output).")
    }
}

/// Assembles what one map shows from the store.
struct MapRequest {
    let command: Render

    /// The persons the map shows by name: around the centre of a netwerkkaart, everybody on a
    /// map of more than one household drawn with `--names`; nobody on a pseudonymised map.
    func named(from store: Store) throws -> [Node.ID] {
        guard !command.pseudonymise else { return [] }
        let graph = try command.analysis.loadGraph(from: store, for: command.global.actor)
        switch command.kind {
        case .ego: return try EgoReport(of: Node.ID(command.subjects[0]), in: graph, depth: 1).subjects
        case .change: return []
        default:
            guard command.names else { return [] }
            return zip(graph.nodeIDs, graph.nodeKinds).filter { $0.1 != .association }.map(\.0)
        }
    }

    func draw(from store: Store) throws -> MapDrawing {
        let graph = try command.analysis.loadGraph(from: store, for: command.global.actor)
        var options = MapOptions(
            neighbourhoodName: command.title ?? graph.wijken.joined(separator: ", "), date: command.analysis.day,
            language: command.lang, pseudonymise: command.pseudonymise, names: command.names, engine: command.engine,
            nodeLimit: command.maxNodes)
        options.pseudonyms = Pseudonyms(key: try store.requirePseudonymKey())
        options.showsTiesBetweenContacts = command.between
        let year = command.analysis.day.year
        switch command.kind {
        case .ego:
            return try egoMap(of: graph, centre: Node.ID(command.subjects[0]), options: options)
        case .change:
            let snapshots = Core(repositories: store.repositories).snapshots
            let change = try snapshots.compare(command.subjects[0], command.subjects[1], for: command.global.actor)
            let graphs = try snapshots.graphs(command.subjects[0], command.subjects[1], for: command.global.actor)
            options.date = change.afterDay
            return try changeMap(
                from: MapInput(graphs.before, isolation: graphs.beforeIsolation),
                to: MapInput(graphs.after, isolation: graphs.afterIsolation), options: options)
        case .matches:
            let input = try MapInput(analysing: graph, seed: command.seed, referenceYear: year, betweenness: false)
            return try matchesMap(of: input, matches: try matchPairs(in: graph, from: store), options: options)
        case .map, .keyfigures, .isolated, .communities, .streets, .groups:
            let betweenness = command.kind == .keyfigures || command.kind == .streets
            let input = try MapInput(
                analysing: graph, seed: command.seed, referenceYear: year, betweenness: betweenness)
            switch command.kind {
            case .keyfigures: return try keyFiguresMap(of: input, options: options)
            case .isolated: return try isolationMap(of: input, options: options)
            case .communities: return try communitiesMap(of: input, options: options)
            case .streets: return try streetMap(of: input, options: options)
            case .groups: return try groupMap(of: input, options: options)
            default: return try neighbourhoodMap(of: input, options: options)
            }
        }
    }

    /// Proposed and active matches of the register, between the people they pair.
    func matchPairs(in graph: AnalysisGraph, from store: Store) throws -> [MatchPair] {
        let programmes = Dictionary(uniqueKeysWithValues: try store.matching.programmes().map { ($0.id, $0.tieKind) })
        var pairs: [MatchPair] = []
        for match in try store.matching.matches() {
            let state: MatchPair.State
            switch match.state {
            case .proposed, .introduced, .trial: state = .proposed
            case .active: state = .active
            default: continue
            }
            guard let need = try store.matching.need(match.need), let offer = try store.matching.offer(match.offer),
                let helped = try person(need.person, household: need.household, in: graph, store: store),
                let helper = try person(offer.person, household: offer.household, in: graph, store: store)
            else { continue }
            pairs.append(
                MatchPair(
                    need: helped, offer: helper, state: state,
                    programme: programmes[match.programme] ?? .maatje))
        }
        return pairs
    }

    private func person(_ id: Node.ID?, household: Household.ID?, in graph: AnalysisGraph, store: Store) throws
        -> Int32?
    {
        if let id { return graph.index(of: id) }
        guard let household, let h = graph.index(of: household) else { return nil }
        return graph.members(ofHousehold: h).first
    }
}
