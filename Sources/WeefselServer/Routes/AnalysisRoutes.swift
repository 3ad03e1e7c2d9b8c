import Foundation
import Hummingbird
import WeefselCore
import WeefselGraph
import WeefselStore

extension RouteTable {
    /// The analyses of the command line, computed on the caller's wijken only (ties across their
    /// border counted as ``ScopedNeighbourhood`` describes); all but the netwerkkaart are answered
    /// from the analysis cache.
    func addAnalysisRoutes(_ service: Service) {
        on(
            Route(
                .get, "/api/analyses/keyfigures",
                "The key figures (sleutelfiguren) of your wijken, with the reason why",
                access: .only(.admin, .worker), response: "KeyFigures", query: ["top", "set", "seed", "at"])
        ) { request, context in
            let caller = try context.caller()
            let top = try request.integer("top", in: 1...1000, default: 15) ?? 15
            let setSize = try request.integer("set", in: 1...50, default: nil)
            let seed = try request.seed()
            return try await service.answer(
                .keyFigures(top: top, setSize: setSize, seed: seed), on: try request.day("at"), caller, request, context
            )
        }
        on(
            Route(
                .get, "/api/analyses/isolated",
                "The outreach worklist of your wijken: isolated, professional-only and fragile households",
                access: .only(.admin, .worker), response: "Isolation", query: ["at"])
        ) { request, context in
            let caller = try context.caller()
            return try await service.answer(.worklist, on: try request.day("at"), caller, request, context)
        }
        on(
            Route(
                .get, "/api/analyses/communities", "The groups of your wijken and who bridges them",
                access: .only(.admin, .worker), response: "Communities", query: ["seed", "at"])
        ) { request, context in
            let caller = try context.caller()
            let seed = try request.seed()
            return try await service.answer(
                .communities(seed: seed), on: try request.day("at"), caller, request, context)
        }
        on(
            Route(
                .get, "/api/persons/{id}/network", "The netwerkkaart of one person of your wijken, as a list",
                access: .only(.admin, .worker), response: "EgoNetwork", query: ["depth", "at"])
        ) { request, context in
            let caller = try context.caller()
            let id = Node.ID(try context.parameter("id"))
            let depth = try request.integer("depth", in: 1...3, default: 2) ?? 2
            let day = try request.day("at")
            // Only the part of the network the netwerkkaart looks at; it holds the person only when
            // the caller may see them (coordinators, who also need consent, have no netwerkkaart).
            let (graph, outside) = try service.core.network.network(
                around: id, depth: depth, at: day, for: service.actor(caller, request, context))
            let report = try analyse { () throws(GraphError) in try EgoReport(of: id, in: graph, depth: depth) }
            try await service.recordRead(.read, of: report.subjects, by: caller, request, context)
            return try report.response(outsideContacts: outside)
        }
        on(
            Route(
                .get, "/api/analyses/indicators", "Indicators of the social fabric of your wijken (no personal data)",
                access: .only(.admin, .worker, .viewer), response: "Indicators", query: ["seed", "at"])
        ) { request, context in
            let caller = try context.caller()
            let seed = try request.seed()
            return try await service.answer(
                .indicators(seed: seed), on: try request.day("at"), caller, request, context)
        }
    }
}

extension Service {
    /// Answers an analysis of the caller's wijken from the cache and records the read of the
    /// persons it names (indicators name nobody and are not recorded).
    func answer(
        _ analysis: AnalysisKey.Analysis, on day: Day, _ caller: Caller, _ request: Request,
        _ context: WeefselRequestContext
    ) async throws -> Response {
        let answer = try await analyses.answer(AnalysisKey(analysis: analysis, scope: WijkScope(caller.user), day: day))
        if case .indicators = analysis { return answer.response }
        try await recordRead(.read, of: answer.subjects, by: caller, request, context)
        return answer.response
    }
}
