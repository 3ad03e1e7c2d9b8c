import Foundation
import Hummingbird
import NIOCore
import WeefselCore
import WeefselGraph
import WeefselMaps
import WeefselStore

/// The data of the explorable map of a wijk, as compact as JSON allows: one array per field,
/// one entry per person (or organisation) in the order of ``WebMapLayout``, and the ties as
/// triples of numbers. Names only for roles that see names, and then by each person's consent to
/// maps; codes otherwise. The page's own script draws it.
struct WebMapData: Encodable {
    struct Group: Encodable {
        let x: Int
        let y: Int
        let r: Int
        let size: Int
        /// Empty when the group has no name to show (the page numbers it).
        let name: String
        let street: Bool
        let loose: Bool
    }

    /// Whether labels are names (with links to the persons' pages) or codes.
    let named: Bool
    let labels: [String]
    /// The person codes for the pages' addresses; empty when the map is pseudonymised.
    let ids: [String]
    let x: [Int]
    let y: [Int]
    /// One letter per node: r(esident), v(olunteer or resident who volunteers), a(ssociation), p(rofessional).
    let kinds: String
    let group: [Int]
    let groups: [Group]
    /// The household of each node (an index into `streetOf` and `number`), -1 for none.
    let household: [Int]
    /// The street of each household (an index into `streets`), -1 for none; empty when pseudonymised.
    let streetOf: [Int]
    let number: [String]
    let streets: [String]
    /// The wijk of each node (an index into `wijken`), -1 for none.
    let wijk: [Int]
    let wijken: [String]
    /// One digit per node: 0 nothing to note, 1 isolated household, 2 known only to
    /// professionals, 3 fragile.
    let isolation: String
    /// The key figures at hand (computed for the Sleutelfiguren page), node indices in rank order.
    let keyFigures: [Int]
    /// Source, target and kind (an index into `tieKinds`) of each active tie, one after another.
    let ties: [Int]
    let tieKinds: [String]
}

extension RouteTable {
    func addWebMapRoutes(_ service: Service) {
        page(
            Route(
                .get, "/wijk/kaart.json", "The explorable map of the wijk: positions, groups, kinds and ties",
                access: .only(.admin, .worker, .viewer), page: true), service
        ) { request, context, view, _ in
            let caller = try context.caller()
            let day = Day.dutchToday
            // Read before the data: what is kept under it was made from data at least as new.
            let generation = service.store.generation.current
            let named = caller.user.role != .viewer
            var options = MapOptions(
                date: day, language: view.language == .dutch ? .dutch : .english, pseudonymise: !named, names: named)
            options.pseudonyms = service.pseudonyms
            let (graph, persons) = try service.mapGraph(for: caller.user, on: day, options: options)
            let keyFigures =
                service.analyses.answerAtHand(
                    AnalysisKey(
                        analysis: .keyFigures(top: 20, setSize: 5, seed: 1), scope: WijkScope(caller.user), day: day)
                )?.value as? KeyFigureReport
            let key = WebMapKey(
                scope: WijkScope(caller.user), day: day, named: named, withKeyFigures: keyFigures != nil)
            let json: Data
            if let kept = service.webMaps[key, at: generation] {
                json = kept
            } else {
                let layout = try await service.cached(WebMapLayout.self, .webMap(seed: 1), for: caller, on: day)
                let worklist = try await service.cached([WorklistEntry].self, .worklist, for: caller, on: day)
                let data = WebMapData(
                    layout, graph: graph, named: named, pseudonyms: service.pseudonyms,
                    worklist: worklist, keyFigures: keyFigures?.keyFigures.map(\.person.id) ?? [])
                json = try Coding.encoder.encode(data)
                service.webMaps.keep(json, for: key, at: generation)
            }
            try await service.recordRead(.read, of: named ? persons : [], by: caller, request, context)
            return Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: json)))
        }
    }
}

/// What the data of the explorable map depend on besides the data of the neighbourhood.
struct WebMapKey: Hashable, Sendable {
    let scope: WijkScope
    let day: Day
    let named: Bool
    /// Whether the key figures were at hand (they are marked once computed).
    let withKeyFigures: Bool
}

extension WebMapData {
    /// - Complexity: O(n + m) for n nodes and m ties.
    init(
        _ layout: WebMapLayout, graph: AnalysisGraph, named: Bool, pseudonyms: Pseudonyms, worklist: [WorklistEntry],
        keyFigures: [Node.ID]
    ) {
        let order = layout.nodeIDs.map { graph.index(of: $0).map(Int.init) ?? -1 }
        let position = Dictionary(uniqueKeysWithValues: layout.nodeIDs.enumerated().map { ($0.element, $0.offset) })
        self.named = named
        let codes = named ? nil : pseudonyms.nodeCodes(in: graph)
        labels = order.map { v in v < 0 ? "" : codes?[v] ?? graph.nodeNames[v] }
        ids = named ? layout.nodeIDs.map(\.rawValue) : []
        x = layout.x.map { Int($0.rounded()) }
        y = layout.y.map { Int($0.rounded()) }
        kinds = String(
            order.map { v -> Character in
                guard v >= 0 else { return "r" }
                switch graph.nodeKinds[v] {
                case .resident: return graph.nodeVolunteers[v] ? "v" : "r"
                case .volunteer: return "v"
                case .association: return "a"
                case .professional: return "p"
                }
            })
        group = layout.group.map(Int.init)
        groups = layout.groups.map { group in
            Group(
                x: Int(group.x.rounded()), y: Int(group.y.rounded()), r: Int(group.radius.rounded()),
                size: group.members, name: named || group.byStreet ? group.name : "", street: group.byStreet,
                loose: group.loose)
        }
        household = order.map { v in v < 0 ? -1 : Int(graph.nodeHousehold[v]) }
        // A household with a member who did not consent to maps has no street on a map with names.
        let streetNames = named ? Array(Set(graph.householdStreets.compactMap { $0 })).sorted() : []
        let streetIndex = Dictionary(uniqueKeysWithValues: streetNames.enumerated().map { ($0.element, $0.offset) })
        streets = streetNames
        streetOf = named ? graph.householdStreets.map { $0.flatMap { streetIndex[$0] } ?? -1 } : []
        number = named ? graph.householdNumbers.map { $0 ?? "" } : []
        wijken = graph.wijken
        wijk = order.map { v in
            guard v >= 0 else { return -1 }
            let own = graph.nodeWijk[v]
            if own >= 0 { return Int(own) }
            let h = graph.nodeHousehold[v]
            return h >= 0 ? Int(graph.householdWijk[Int(h)]) : -1
        }
        var classes: [Household.ID: Character] = [:]
        for entry in worklist {
            switch entry.class {
            case .isolated: classes[entry.household] = "1"
            case .professionalOnly: classes[entry.household] = "2"
            case .fragile: classes[entry.household] = "3"
            case .connected: break
            }
        }
        isolation = String(
            order.map { v -> Character in
                guard v >= 0, graph.nodeHousehold[v] >= 0 else { return "0" }
                return classes[graph.householdIDs[Int(graph.nodeHousehold[v])]] ?? "0"
            })
        self.keyFigures = keyFigures.compactMap { position[$0] }
        let kindNames = Tie.Kind.allCases.map(\.rawValue)
        let kindIndex = Dictionary(uniqueKeysWithValues: Tie.Kind.allCases.enumerated().map { ($0.element, $0.offset) })
        tieKinds = kindNames
        var triples: [(Int, Int, Int)] = []
        triples.reserveCapacity(graph.tieCount)
        for t in 0..<graph.tieCount {
            guard let a = position[graph.nodeIDs[Int(graph.tieSources[t])]],
                let b = position[graph.nodeIDs[Int(graph.tieTargets[t])]], let k = kindIndex[graph.tieKinds[t]]
            else { continue }
            triples.append((min(a, b), max(a, b), k))
        }
        triples.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        ties = triples.flatMap { [$0.0, $0.1, $0.2] }
    }
}
