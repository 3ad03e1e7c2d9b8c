import Foundation
import Hummingbird
import WeefselCore
import WeefselGraph
import WeefselMaps
import WeefselMatching
import WeefselStore

extension RouteTable {
    /// The matching board of a volunteer centre: per programme the waiting needs, the proposals
    /// with their reasons, the matches and their steps, the history, the report for funders and
    /// the map of the matches. People appear by their codes: a coordinator sees what matching
    /// needs, not names.
    func addMatchingPages(_ service: Service) {
        page(
            Route(
                .get, "/matching", "The matching board: waiting needs, proposals, matches, history, report",
                access: .only(.admin, .coordinator), page: true), service
        ) { request, context, view, _ in
            let caller = try context.caller()
            let today = Day.dutchToday
            let programmes = try service.core.desk.programmes()
            let proposal = try service.core.desk.propose(on: today, by: service.actor(caller, request, context))
            let actor = service.actor(caller, request, context)
            let needs = try service.core.desk.needs(for: actor)
            let offers = try service.core.desk.offers(for: actor)
            let needByID = Dictionary(needs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let offerByID = Dictionary(offers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let matches = try service.core.desk.matches(for: actor)
            func who(_ person: Node.ID?, _ household: Household.ID?) -> String {
                person?.rawValue ?? household.map { view.text("household") + " " + $0.rawValue } ?? "–"
            }
            func side(_ need: Need) -> String { who(need.person, need.household) }
            func side(_ offer: Offer) -> String { who(offer.person, offer.household) }

            // One programme at a time, a page of each list at a time: a board of every programme at
            // once is thousands of pixels long.
            let content = { (id: Programme.ID) -> Int in
                proposal.matches.filter { $0.programme == id }.count
                    + proposal.unmatched.filter { $0.programme == id }.count
                    + matches.filter { $0.programme == id && $0.state.isLive }.count
            }
            let chosen =
                programmes.first { $0.id.rawValue == request.query("programma") }
                ?? programmes.first { content($0.id) > 0 } ?? programmes.first
            let pageNumber = max(1, Int(request.query("pagina") ?? "") ?? 1)
            func onPage<T>(_ list: [T]) -> [T] {
                Array(list.dropFirst((pageNumber - 1) * MatchingBoard.perPage).prefix(MatchingBoard.perPage))
            }
            var longest = 0
            var onBoard: Set<Node.ID> = []
            func note(_ need: Need?) { if let person = need?.person { onBoard.insert(person) } }
            func note(_ offer: Offer?) { if let person = offer?.person { onBoard.insert(person) } }
            var sections: [[String: Any]] = []
            for programme in programmes where programme.id == chosen?.id {
                let allPairs = proposal.matches.filter { $0.programme == programme.id }
                let allWaiting = proposal.unmatched.filter { $0.programme == programme.id }
                let ofProgramme = matches.filter { $0.programme == programme.id }.sorted { $0.id < $1.id }
                longest = max(
                    allPairs.count, allWaiting.count, ofProgramme.filter(\.state.isLive).count,
                    ofProgramme.filter(\.state.isFinal).count)
                let pairs: [[String: Any]] = onPage(allPairs).compactMap { pair -> [String: Any]? in
                    guard let need = needByID[pair.need], let offer = offerByID[pair.offer] else { return nil }
                    note(need)
                    note(offer)
                    return [
                        "need": pair.need.rawValue, "offer": pair.offer.rawValue, "helped": side(need),
                        "helper": side(offer), "score": shown(pair.score, language: view.language),
                        "reasons": pair.reasons.map { view.pick($0.dutch, $0.english) },
                    ]
                }
                let waiting: [[String: Any]] = onPage(allWaiting).compactMap { unmatched -> [String: Any]? in
                    guard let need = needByID[unmatched.need] else { return nil }
                    note(need)
                    return [
                        "need": unmatched.need.rawValue, "helped": side(need), "since": view.format(need.requestedOn),
                        "reason": view.pick(unmatched.dutch, unmatched.english),
                    ]
                }
                let live: [[String: Any]] = onPage(ofProgramme.filter { $0.state.isLive }).compactMap {
                    match -> [String: Any]? in
                    guard let need = needByID[match.need], let offer = offerByID[match.offer] else { return nil }
                    note(need)
                    note(offer)
                    return [
                        "id": match.id.rawValue, "helped": side(need), "helper": side(offer),
                        "state": view.text("state_" + match.state.rawValue),
                        "since": match.events.last.map { view.format($0.on) } ?? "",
                        "steps": match.state.successors.filter { $0 != .ended && $0 != .declined }.map { state in
                            ["step": step(to: state), "label": view.text("step_" + step(to: state))]
                        },
                        "canEnd": match.state == .active, "canDecline": match.state.successors.contains(.declined),
                    ]
                }
                let history: [[String: Any]] = onPage(ofProgramme.filter { $0.state.isFinal }).compactMap {
                    match -> [String: Any]? in
                    guard let need = needByID[match.need], let offer = offerByID[match.offer] else { return nil }
                    note(need)
                    note(offer)
                    let why =
                        match.endReason.map { view.text("reason_" + $0.rawValue) }
                        ?? match.declinedBy.map { view.text("declinedBy_" + $0.rawValue) } ?? ""
                    return [
                        "id": match.id.rawValue, "helped": side(need), "helper": side(offer),
                        "state": view.text("state_" + match.state.rawValue), "on": match.closedOn.map(view.format) ?? "",
                        "why": why,
                    ]
                }
                sections.append([
                    "id": programme.id.rawValue, "name": programme.name, "pairs": pairs, "waiting": waiting,
                    "live": live, "history": history, "has_pairs": !pairs.isEmpty, "has_waiting": !waiting.isEmpty,
                    "has_live": !live.isEmpty, "has_history": !history.isEmpty,
                    "empty": pairs.isEmpty && waiting.isEmpty && live.isEmpty && history.isEmpty,
                ])
            }
            let start = Day(parsing: "\(today.year)-01-01") ?? today
            let report = try? service.core.desk.report(
                from: start, to: today, for: service.actor(caller, request, context))
            let reportRows: [[String: Any]] = (report?.programmes ?? []).map { figures in
                [
                    "programme": programmes.first { $0.id == figures.programme }?.name ?? figures.programme.rawValue,
                    "waiting": figures.waiting,
                    "medianWait": figures.medianWait.map { shown($0, language: view.language) } ?? "–",
                    "started": figures.started, "active": figures.active, "ended": figures.endedTotal,
                    "declined": figures.declined,
                ]
            }
            let map = try await service.matchesMapView(
                matches: matches.filter { $0.programme == chosen?.id }, needs: needByID, offers: offerByID,
                for: caller.user, view: view)
            for match in matches where match.programme == chosen?.id && match.state.isLive {
                note(needByID[match.need])
                note(offerByID[match.offer])
            }
            try await service.recordRead(.read, of: onBoard.sorted(), by: caller, request, context)
            let pages = max(1, (longest + MatchingBoard.perPage - 1) / MatchingBoard.perPage)
            let base = "/matching?programma=" + percentEncoded(chosen?.id.rawValue ?? "")
            let tabs: [[String: Any]] = programmes.map { programme in
                [
                    "name": programme.name, "count": content(programme.id), "current": programme.id == chosen?.id,
                    "href": "/matching?programma=" + percentEncoded(programme.id.rawValue),
                ]
            }
            return try service.web.html(
                "matching",
                view.page(
                    view.text("matching_title"),
                    [
                        "programmes": sections, "tabs": tabs, "report": reportRows, "from": start.description,
                        "page": pageNumber, "pages": pages, "paged": pages > 1,
                        "previous": pageNumber > 1 ? base + "&pagina=\(pageNumber - 1)" : "",
                        "next": pageNumber < pages ? base + "&pagina=\(pageNumber + 1)" : "",
                        "to": today.description,
                        "map": map as Any,
                        "endReasons": Match.EndReason.allCases.map {
                            ["value": $0.rawValue, "label": view.text("reason_" + $0.rawValue)]
                        },
                        "saved": request.query("opgeslagen") != nil,
                    ]))
        }
        page(
            Route(
                .post, "/matching/koppelen", "Accept a proposed pair: records a new match",
                access: .only(.admin, .coordinator), page: true), service
        ) { request, context, _, form in
            let caller = try context.caller()
            let match = try service.core.desk.accept(
                Need.ID(try form.required("need")), Offer.ID(try form.required("offer")), on: Day.dutchToday,
                by: service.actor(caller, request, context))
            return redirect(to: "/matching?programma=\(percentEncoded(match.programme.rawValue))&opgeslagen=koppeling")
        }
        page(
            Route(
                .post, "/matching/{id}/{step}", "Record a step of a match: introduce, trial, start, end or decline",
                access: .only(.admin, .coordinator), page: true), service
        ) { request, context, _, form in
            let caller = try context.caller()
            let id = Match.ID(try context.parameter("id"))
            let details = MatchStep(note: form["note"], reason: form["reason"], by: form["by"])
            let step = try details.step(named: try context.parameter("step"), on: Day.dutchToday)
            let advanced = try service.core.desk.advance(id, by: service.actor(caller, request, context), step)
            return redirect(to: "/matching?programma=\(percentEncoded(advanced.programme.rawValue))&opgeslagen=stap")
        }
    }
}

/// The name of the step that brings a match to `state`.
private func step(to state: Match.State) -> String {
    switch state {
    case .introduced: "introduce"
    case .trial: "trial"
    case .active: "start"
    case .ended: "end"
    case .declined: "decline"
    case .proposed: "propose"
    }
}

/// How the matching board is paged.
enum MatchingBoard {
    /// Proposals, waiting needs, matches under way and history per page.
    static let perPage = 25
}

extension Service {
    /// The map of the live matches `user` may see, always with codes instead of names; nil when
    /// there are none.
    func matchesMapView(
        matches: [Match], needs: [Need.ID: Need], offers: [Offer.ID: Offer], for user: User, view: PageView
    ) async throws -> [String: Any]? {
        guard matches.contains(where: \.state.isLive) else { return nil }
        let graph = try analysisGraph(for: user, on: Day.dutchToday)
        let kinds = Dictionary(
            try core.desk.programmes().map { ($0.id, $0.tieKind) }, uniquingKeysWith: { first, _ in first })
        func index(_ person: Node.ID?, _ household: Household.ID?) -> Int32? {
            if let person { return graph.index(of: person) }
            guard let household, let h = graph.index(of: household) else { return nil }
            return graph.members(ofHousehold: h).first
        }
        let pairs: [MatchPair] = matches.compactMap { match in
            guard match.state.isLive, let need = needs[match.need], let offer = offers[match.offer],
                let helped = index(need.person, need.household), let helper = index(offer.person, offer.household)
            else { return nil }
            return MatchPair(
                need: helped, offer: helper, state: match.state == .active ? .active : .proposed,
                programme: kinds[match.programme] ?? .maatje)
        }
        guard !pairs.isEmpty else { return nil }
        var options = MapOptions(
            neighbourhoodName: graph.wijken.joined(separator: ", "), date: Day.dutchToday,
            language: view.language == .dutch ? .dutch : .english, pseudonymise: true, nodeLimit: 2_000)
        options.pseudonyms = pseudonyms
        let drawing = try drawing { () throws(MapError) in
            try WeefselMaps.matchesMap(of: MapInput(graph: graph), matches: pairs, options: options)
        }
        return try await inlineMap(drawing, links: [:], view: view)
    }
}
