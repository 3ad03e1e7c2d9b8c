import Foundation
import Hummingbird
import WeefselCore
import WeefselGraph
import WeefselMaps
import WeefselStore

extension RouteTable {
    /// Snapshots in the browser: make the quarterly snapshot, list them, and compare two with the
    /// change table and the change map.
    func addSnapshotPages(_ service: Service) {
        page(
            Route(
                .get, "/momentopnamen", "The snapshots: make one, list them, choose two to compare",
                access: .only(.admin, .worker), page: true), service
        ) { request, context, view, _ in
            let caller = try context.caller()
            let snapshots = try service.core.snapshots.list(for: service.actor(caller, request, context))
            let today = Day.dutchToday
            let quarter = "\(today.year)-K\((today.month - 1) / 3 + 1)"
            return try service.web.html(
                "snapshots",
                view.page(
                    view.text("snapshots_title"),
                    [
                        "snapshots": snapshots.map { snapshot in
                            [
                                "label": snapshot.label, "day": view.format(snapshot.day),
                                "made": DutchFormat.dateTime(snapshot.createdAt),
                            ]
                        },
                        "before": snapshots.dropFirst().map { ["label": $0.label, "selected": false] }
                            .enumerated().map { index, row in row.merging(["selected": index == 0]) { $1 } },
                        "after": snapshots.enumerated().map { index, snapshot in
                            ["label": snapshot.label, "selected": index == 0] as [String: Any]
                        },
                        "canCompare": snapshots.count >= 2, "suggested": quarter, "today": today.description,
                        "made": request.query("gemaakt") as Any,
                    ]))
        }
        page(
            Route(
                .post, "/momentopnamen", "Make a snapshot of the network on a day",
                access: .only(.admin, .worker), page: true), service
        ) { request, context, view, form in
            let caller = try context.caller()
            let label = try form.required("label")
            let snapshot = try service.core.snapshots.create(
                label: label, on: try day(form, view), seed: 1, by: service.actor(caller, request, context))
            return redirect(to: "/momentopnamen?gemaakt=" + percentEncoded(snapshot.label))
        }
        page(
            Route(
                .get, "/momentopnamen/vergelijk", "What changed between two snapshots: figures, households, the map",
                access: .only(.admin, .worker), query: ["voor", "na"], page: true), service
        ) { request, context, view, _ in
            let caller = try context.caller()
            let actor = service.actor(caller, request, context)
            guard let before = request.query("voor"), let after = request.query("na") else {
                throw ServiceError.badRequest(view.text("snapshots_choose"), field: "voor")
            }
            let change = try service.core.snapshots.compare(before, after, for: actor)
            let rows = snapshotRows(change, for: caller.user, view: view)
            var households: [[String: Any]] = []
            for (key, ids) in [
                ("snapshots_noLonger", change.isolation.noLongerIsolated),
                ("snapshots_became", change.isolation.becameIsolated),
                ("snapshots_new", change.isolation.newlyRecordedIsolated),
            ] where !ids.isEmpty {
                var listed: [[String: Any]] = []
                for id in ids {
                    // A household erased since the snapshot is counted, but has no page.
                    guard let (household, members) = try? service.core.records.household(id, for: actor) else {
                        continue
                    }
                    try await service.recordRead(.read, of: members.map(\.id), by: caller, request, context)
                    listed.append(["id": id.rawValue, "address": household.address])
                }
                households.append(["label": view.text(key), "households": listed, "count": ids.count])
            }
            let map = try await service.changeMap(before, after, drawnOn: change.afterDay, for: actor, view: view).map {
                ["svg": $0.svg, "links": $0.links, "label": view.text("map_label")]
            }
            return try service.web.html(
                "snapshotcompare",
                view.page(
                    view.text("snapshots_compareTitle"),
                    [
                        "before": change.before, "beforeDay": view.format(change.beforeDay), "after": change.after,
                        "afterDay": view.format(change.afterDay), "rows": rows, "groups": households,
                        "isolatedBefore": change.isolation.isolatedBefore,
                        "isolatedAfter": change.isolation.isolatedAfter, "map": map as Any,
                    ]))
        }
    }
}

/// What the change map between two snapshots depends on besides the data.
struct ChangeMapKey: Hashable, Sendable {
    let before: String
    let after: String
    let scope: WijkScope
    let english: Bool
}

extension Service {
    /// The map of what changed between two snapshots, drawn once per change of the data and kept;
    /// nil when the network is too large to draw. It is pseudonymised (codes, no names), so that it
    /// may be printed for a meeting.
    func changeMap(_ before: String, _ after: String, drawnOn day: Day, for actor: Actor, view: PageView) async throws
        -> InlineMap?
    {
        let generation = store.generation.current
        let key = ChangeMapKey(
            before: before, after: after, scope: WijkScope(actor), english: view.language == .english)
        if let kept = changeMaps[key, at: generation] { return kept }
        let graphs = try core.snapshots.graphs(before, after, for: actor)
        var options = MapOptions(
            date: day, language: view.language == .dutch ? .dutch : .english, pseudonymise: true,
            names: false, nodeLimit: 5_000)
        options.pseudonyms = pseudonyms
        options.neighbourhoodName = graphs.after.wijken.joined(separator: ", ")
        var made: InlineMap?
        do {
            let drawing = try drawing { () throws(MapError) in
                try WeefselMaps.changeMap(
                    from: MapInput(graphs.before, isolation: graphs.beforeIsolation),
                    to: MapInput(graphs.after, isolation: graphs.afterIsolation), options: options)
            }
            let inline = try await inlineMap(drawing, links: [:], view: view)
            made = InlineMap(svg: inline["svg"] as? String ?? "", links: inline["links"] as? String ?? "{}")
        } catch let error as ServiceError where error.isBadInput {
            made = nil
        }
        changeMaps.keep(made, for: key, at: generation)
        return made
    }
}

/// The indicator rows of a comparison: the whole installation's for admins, each of the team's
/// own wijken for everyone else.
private func snapshotRows(_ change: SnapshotChange, for user: User, view: PageView) -> [[String: Any]] {
    let wanted: (String?) -> Bool =
        user.role == .admin ? { $0 == nil } : { wijk in wijk.map(user.team.wijken.contains) ?? false }
    let several = user.role != .admin && user.team.wijken.count > 1
    return change.indicators.filter { wanted($0.wijk) }.map { row in
        let share = row.indicator.hasSuffix("_share") || row.indicator.hasPrefix("share_")
        let label = view.text("ind_" + row.indicator)
        var shownRow: [String: Any] = [
            "label": several ? "\(row.wijk ?? ""): \(label)" : label,
            "before": shown(row.before, share: share, language: view.language),
            "after": shown(row.after, share: share, language: view.language),
        ]
        if let difference = row.difference {
            let text = shown(abs(difference), share: share, language: view.language)
            shownRow["change"] =
                difference == 0
                ? "="
                : text == shown(0, share: share, language: view.language) ? "≈" : (difference > 0 ? "+" : "−") + text
        }
        return shownRow
    }
}
