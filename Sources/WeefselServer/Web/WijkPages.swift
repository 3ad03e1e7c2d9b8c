import Foundation
import Hummingbird
import WeefselCore
import WeefselGraph
import WeefselMaps
import WeefselStore

extension RouteTable {
    /// The wijk overview, the key figures, the outreach worklist and the search.
    func addWijkPages(_ service: Service) {
        page(
            Route(
                .get, "/wijk", "Wijk overview: indicators, change since the last snapshot, the map",
                access: .only(.admin, .worker, .viewer), query: ["kaart", "focus"], page: true), service
        ) { request, context, view, _ in
            let caller = try context.caller()
            let day = Day.dutchToday
            let indicators = try await service.cached(
                IndicatorFigures.self, .indicators(seed: 1), for: caller, on: day)
            let (rows, snapshot) = try service.indicatorRows(indicators, for: caller.user, view: view)
            let names = caller.user.role != .viewer
            let wijken = try service.core.network.wijken(for: service.actor(caller, request, context))
            var values: [String: Any] = [
                "wijken": wijken.joined(separator: ", "), "rows": rows, "snapshot": snapshot as Any,
                "pseudonymised": !names, "today": day.description, "compare": caller.user.role != .viewer,
            ]
            if request.query("kaart") == "huishoudens" {
                // The households coloured by how isolated they are, drawn by Graphviz for print.
                var options = MapOptions(
                    date: day, language: view.language == .dutch ? .dutch : .english, pseudonymise: !names,
                    names: names, nodeLimit: WijkPages.householdMapLimit)
                options.pseudonyms = service.pseudonyms
                let countingOutside = caller.user.role != .admin
                let (graph, persons) = try service.mapGraph(
                    for: caller.user, on: day, options: options, countingOutside: countingOutside)
                options.neighbourhoodName = graph.wijken.joined(separator: ", ")
                let drawn = try await service.wijkMap(
                    .isolated, of: graph, persons: persons,
                    key: MapGraphKey(user: caller.user, day: day, options: options, countingOutside: countingOutside),
                    options: options, view: view)
                values["households"] = true
                values["map"] = drawn.map { ["svg": $0.svg, "links": $0.links, "label": view.text("map_label")] }
                values["mapNote"] = drawn == nil ? view.text("overview_mapTooLarge") : nil
                try await service.recordRead(.read, of: names ? persons : [], by: caller, request, context)
            } else {
                // The explorable map: the page's script fetches its data, and that read is recorded.
                values["webmap"] = WijkPages.webMapValues(focus: request.query("focus"), named: names, view: view)
            }
            return try service.web.html("overview", view.page(view.text("overview_title"), values))
        }
        page(
            Route(
                .get, "/sleutelfiguren", "Key figures with their reasons and the key-player set",
                access: .only(.admin, .worker), query: ["set"], page: true), service
        ) { request, context, view, _ in
            let caller = try context.caller()
            let setSize = try request.integer("set", in: 1...20, default: 5) ?? 5
            let report = try await service.cached(
                KeyFigureReport.self, .keyFigures(top: 20, setSize: setSize, seed: 1), for: caller, on: .dutchToday)
            try await service.recordRead(.read, of: report.subjects, by: caller, request, context)
            let figures: [[String: Any]] = report.keyFigures.map { figure in
                [
                    "rank": figure.rank, "id": figure.person.id.rawValue, "name": figure.person.name,
                    "kind": view.text("kind_" + figure.person.kind.rawValue), "degree": figure.degree,
                    "reason": view.pick(figure.reason, figure.reasonEnglish),
                    "groups": figure.groups.joined(separator: ", "),
                ]
            }
            var set: [String: Any]?
            if let players = report.keyPlayerSet {
                set = [
                    "members": players.members.enumerated().map { index, person in
                        ["id": person.id.rawValue, "name": person.name, "gain": players.gains[index]] as [String: Any]
                    },
                    "reach": players.reach, "residents": players.residents,
                    "share": shown(players.share, share: true, language: view.language), "size": setSize,
                ]
            }
            let cuts: [[String: Any]] = report.articulationPoints.prefix(20).map { cut in
                ["id": cut.person.id.rawValue, "name": cut.person.name, "households": cut.householdsCutOff]
            }
            return try service.web.html(
                "keyfigures",
                view.page(
                    view.text("keyfigures_title"),
                    ["figures": figures, "set": set as Any, "cuts": cuts, "setSize": setSize]))
        }
        page(
            Route(
                .get, "/geisoleerd", "The outreach worklist: isolated, professional-only and fragile households",
                access: .only(.admin, .worker), page: true), service
        ) { request, context, view, _ in
            let caller = try context.caller()
            let entries = try await service.cached([WorklistEntry].self, .worklist, for: caller, on: .dutchToday)
            try await service.recordRead(.read, of: entries.subjects, by: caller, request, context)
            let visits = try service.core.outreach.visits(
                to: Set(entries.map(\.household)), for: service.actor(caller, request, context))
            let rows: [[String: Any]] = entries.map { entry in
                var row: [String: Any] = [
                    "household": entry.household.rawValue, "address": entry.address,
                    "class": entry.class.rawValue, "classLabel": view.text("class_" + entry.class.rawValue),
                    "members": entry.members.map { ["id": $0.id.rawValue, "name": $0.name] },
                    "reason": view.pick(entry.reason, entry.reasonEnglish),
                ]
                if let last = visits[entry.household]?.first {
                    row["visit"] = [
                        "day": last.day.description, "outcome": view.pick(last.outcome.dutch, last.outcome.english),
                    ]
                }
                return row
            }
            let counts = Dictionary(grouping: entries, by: \.class).mapValues(\.count)
            return try service.web.html(
                "isolated",
                view.page(
                    view.text("isolated_title"),
                    [
                        "rows": rows, "isolated": counts[.isolated] ?? 0,
                        "professionalOnly": counts[.professionalOnly] ?? 0, "fragile": counts[.fragile] ?? 0,
                    ]))
        }
        page(
            Route(
                .get, "/zoeken", "Find a person or household of your wijken by name or address",
                access: .only(.admin, .worker), query: ["q"], page: true), service
        ) { request, context, view, _ in
            let caller = try context.caller()
            let actor = service.actor(caller, request, context)
            let text = request.query("q")?.trimmingCharacters(in: .whitespaces) ?? ""
            let perPage = 25
            let offset = max(0, Int(request.query("vanaf") ?? "") ?? 0)
            var results: [[String: Any]] = []
            var paging: [String: Any] = [:]
            if !text.isEmpty {
                let found = try service.core.records.search(text, offset: offset, limit: perPage, for: actor)
                try await service.recordRead(.search, of: found.hits.map(\.node.id), by: caller, request, context)
                results = found.hits.map { hit in
                    [
                        "id": hit.node.id.rawValue, "name": hit.node.name,
                        "kind": view.text("kind_" + hit.node.kind.rawValue),
                        "address": hit.household.map(\.address) ?? "", "household": hit.household?.id.rawValue as Any,
                    ]
                }
                let query = "/zoeken?q=" + percentEncoded(text) + "&vanaf="
                paging = [
                    "count": view.format(found.total),
                    "shown": found.total == 0
                        ? "" : "\(view.format(found.offset + 1))–\(view.format(found.offset + found.hits.count))",
                    "previous": found.offset > 0 ? query + String(max(0, found.offset - perPage)) : "",
                    "next": found.offset + found.hits.count < found.total ? query + String(found.offset + perPage) : "",
                ]
            }
            return try service.web.html(
                "search",
                view.page(
                    view.text("search_title"),
                    ["q": text, "results": results, "searched": !text.isEmpty, "paging": paging]))
        }
    }
}

extension Service {
    /// An analysis of the caller's wijken from the analysis cache, as its result.
    func cached<T>(_ type: T.Type, _ analysis: AnalysisKey.Analysis, for caller: Caller, on day: Day) async throws -> T
    {
        let answer = try await analyses.answer(AnalysisKey(analysis: analysis, scope: WijkScope(caller.user), day: day))
        guard let value = answer.value as? T else { throw ServiceError.internalFailure }
        return value
    }

    /// The indicator rows of the overview for `user`'s wijken, with the value at the last
    /// snapshot and the change since, and that snapshot's label and day.
    func indicatorRows(_ indicators: IndicatorFigures, for user: User, view: PageView) throws
        -> ([[String: Any]], [String: Any]?)
    {
        let latest = try core.administration.latestIndicators()
        var earlier: NetworkIndicators.Values?
        var snapshot: [String: Any]?
        let ownWijk = user.role == .admin || user.team.wijken.count != 1 ? nil : user.team.wijken.first
        if let latest {
            let then = latest.indicators
            // A snapshot holds the whole network and each wijk; a team of several wijken has no
            // figure of its own in it to compare with.
            if user.role == .admin {
                earlier = then.overall
            } else if let ownWijk {
                earlier = then.wijken.first { $0.wijk == ownWijk }?.values
            }
            snapshot = ["label": latest.label, "day": view.format(latest.day)]
        }
        // The answer for a team is already about its own wijken.
        let now = indicators.overall
        let before = earlier?.entries
        let rows: [[String: Any]] = now.entries.enumerated().map { index, entry in
            let share = entry.key.hasSuffix("_share") || entry.key.hasPrefix("share_")
            var row: [String: Any] = [
                "label": view.text("ind_" + entry.key),
                "value": shown(entry.value, share: share, language: view.language),
            ]
            if let old = before?[index].value {
                row["before"] = shown(old, share: share, language: view.language)
                if let value = entry.value {
                    let difference = value - old
                    let text = shown(abs(difference), share: share, language: view.language)
                    row["change"] =
                        difference == 0
                        ? "="
                        : text == shown(0, share: share, language: view.language)
                            ? "≈" : (difference > 0 ? "+" : "−") + text
                }
            }
            return row
        }
        return (rows, snapshot)
    }
}

/// Where a click on a map element leads: the persons and organisations of `persons` to their
/// page, households to theirs; someone drawn anonymously leads nowhere. Only what `drawing`
/// draws gets a link, so a netwerkkaart of fifty people carries fifty links, not the wijk's.
