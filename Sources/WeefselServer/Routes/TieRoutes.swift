import Hummingbird
import WeefselCore
import WeefselGraph
import WeefselStore

extension RouteTable {
    /// Ties between persons and organisations of the caller's wijken.
    func addTieRoutes(_ service: Service) {
        on(
            Route(
                .get, "/api/persons/{id}/ties", "The ties of a person to others in your wijken",
                access: .only(.admin, .worker), response: "TieList")
        ) { request, context in
            let caller = try context.caller()
            let id = Node.ID(try context.parameter("id"))
            let ties = try service.core.records.ties(of: id, for: service.actor(caller, request, context))
                .filter { $0.other != nil }.map(\.tie)
            let subjects = Set(ties.flatMap { [$0.source, $0.target] }).union([id]).sorted()
            try await service.recordRead(.read, of: subjects, by: caller, request, context)
            return try Coding.json(ties.map(TieResponse.init))
        }
        on(
            Route(
                .post, "/api/ties", "Record a tie between two persons or organisations of your wijken",
                access: .only(.admin, .worker), body: "TieRequest", status: 201, response: "Tie")
        ) { request, context in
            let caller = try context.caller()
            let body = try await Coding.decode(TieRequest.self, from: request, limit: service.configuration.maxBodySize)
            let tie = try body.tie(recordedBy: caller.user.id.rawValue)
            try service.core.records.add(tie, by: service.actor(caller, request, context))
            var stored = tie
            (stored.source, stored.target) = (tie.key.low, tie.key.high)
            return try Coding.json(TieResponse(stored), status: .created)
        }
        on(
            Route(
                .delete, "/api/ties/{source}/{target}/{kind}", "Remove a tie", access: .only(.admin, .worker),
                response: "StatusResponse")
        ) { request, context in
            let caller = try context.caller()
            let source = Node.ID(try context.parameter("source"))
            let target = Node.ID(try context.parameter("target"))
            guard let kind = Tie.Kind(parsing: try context.parameter("kind")) else {
                throw ServiceError.badRequest("unknown tie kind", field: "kind")
            }
            try service.core.records.removeTie(
                between: source, and: target, kind: kind, by: service.actor(caller, request, context))
            return try Coding.json(StatusResponse(status: "removed"))
        }
    }
}
