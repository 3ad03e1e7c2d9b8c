import Foundation
import Hummingbird
import WeefselGraph
import WeefselStore

extension RouteTable {
    /// The analyses of the command line, computed on the caller's wijken only.
    func addAnalysisRoutes(_ service: Service) {
        on(
            Route(
                .get, "/api/analyses/keyfigures", "The key figures (sleutelfiguren) of your wijken, with the reason why",
                access: .only(.admin, .worker), response: "KeyFigures", query: ["top", "set", "seed", "at"])
        ) { request, context in
            let caller = try context.caller()
            let top = try request.integer("top", in: 1...1000, default: 15) ?? 15
            let setSize = try request.integer("set", in: 1...50, default: nil)
            let seed = try request.seed()
            let graph = try service.analysisGraph(for: caller.user, on: try request.day("at"))
            let report = try service.analyse { () throws(GraphError) in
                try KeyFigureReport(of: graph, top: top, setSize: setSize, seed: seed)
            }
            try await service.recordRead(.read, of: report.subjects, by: caller, request, context)
            return try Coding.analysis(report)
        }
        on(
            Route(
                .get, "/api/analyses/isolated",
                "The outreach worklist of your wijken: isolated, professional-only and fragile households",
                access: .only(.admin, .worker), response: "Isolation", query: ["at"])
        ) { request, context in
            let caller = try context.caller()
            let day = try request.day("at")
            let entries = try service.worklist(for: caller.user, on: day)
            try await service.recordRead(.read, of: entries.subjects, by: caller, request, context)
            return try Coding.analysis(entries)
        }
        on(
            Route(
                .get, "/api/analyses/communities", "The groups of your wijken and who bridges them",
                access: .only(.admin, .worker), response: "Communities", query: ["seed", "at"])
        ) { request, context in
            let caller = try context.caller()
            let seed = try request.seed()
            let graph = try service.analysisGraph(for: caller.user, on: try request.day("at"))
            let report = try service.analyse { () throws(GraphError) in try CommunityReport(of: graph, seed: seed) }
            try await service.recordRead(.read, of: report.subjects, by: caller, request, context)
            return try Coding.analysis(report)
        }
        on(
            Route(
                .get, "/api/persons/{id}/network", "The netwerkkaart of one person of your wijken, as a list",
                access: .only(.admin, .worker), response: "EgoNetwork", query: ["depth", "at"])
        ) { request, context in
            let caller = try context.caller()
            let (node, _) = try service.visibleNode(Node.ID(try context.parameter("id")), for: caller.user)
            let depth = try request.integer("depth", in: 1...3, default: 2) ?? 2
            // Only the part of the network the netwerkkaart looks at, read with indexed queries.
            let graph = try service.store.egoGraph(around: node.id, depth: depth, at: try request.day("at")) {
                [user = caller.user] in user.sees(wijk: $0)
            }
            let report = try service.analyse { () throws(GraphError) in try EgoReport(of: node.id, in: graph, depth: depth) }
            try await service.recordRead(.read, of: report.subjects, by: caller, request, context)
            return try report.response()
        }
        on(
            Route(
                .get, "/api/analyses/indicators", "Indicators of the social fabric of your wijken (no personal data)",
                access: .only(.admin, .worker, .viewer), response: "Indicators", query: ["seed", "at"])
        ) { request, context in
            let caller = try context.caller()
            let seed = try request.seed()
            let graph = try service.analysisGraph(for: caller.user, on: try request.day("at"))
            return try Coding.analysis(
                try service.analyse { () throws(GraphError) in
                    try indicators(
                        of: graph, membership: communities(of: graph.adjacency(.informal), seed: seed).membership)
                })
        }
    }
}

extension Service {
    /// Runs an analysis, answering its refusals as 400 or 404.
    func analyse<T>(_ body: () throws(GraphError) -> T) throws(ServiceError) -> T {
        do {
            return try body()
        } catch {
            throw ServiceError.from(error)
        }
    }
}

/// The persons a result names, for the read audit.
extension KeyFigureReport {
    var subjects: [Node.ID] {
        var people: [PersonRef] = keyFigures.map(\.person)
        people += keyPlayerSet?.members ?? []
        people += articulationPoints.map(\.person)
        return Set(people.map(\.id)).sorted()
    }
}

extension CommunityReport {
    var subjects: [Node.ID] {
        var people: Set<Node.ID> = Set(communities.flatMap(\.members))
        for bridge in bridges { people.insert(bridge.person.id) }
        return people.sorted()
    }
}

extension EgoReport {
    var subjects: [Node.ID] {
        var people: [PersonRef] = [centre]
        for ring in rings { people += ring.contacts.map(\.person) }
        people += conflicts
        people += further.map(\.person)
        people += helpers.map(\.person)
        return Set(people.map(\.id)).sorted()
    }
}
