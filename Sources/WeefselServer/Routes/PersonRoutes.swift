import Foundation
import HTTPTypes
import Hummingbird
import WeefselCore
import WeefselGraph
import WeefselStore

extension RouteTable {
    /// Persons and organisations: search, read, create, rectify; households.
    func addPersonRoutes(_ service: Service) {
        on(
            Route(
                .get, "/api/persons",
                "Search persons and organisations of your wijken: words in any order, in the name, address or id,"
                    + " best first; `limit` (100) from `offset`, the number found in `X-Total-Count`",
                access: .only(.admin, .worker, .coordinator), response: "PersonList",
                query: ["q", "kind", "limit", "offset"])
        ) { request, context in
            let caller = try context.caller()
            let kind = try request.query("kind").map { text throws(ServiceError) in
                guard let kind = Node.Kind(parsing: text) else { throw .badRequest("unknown kind", field: "kind") }
                return kind
            }
            let limit = min(1000, max(1, Int(request.query("limit") ?? "") ?? 100))
            let offset = max(0, Int(request.query("offset") ?? "") ?? 0)
            let found: [(node: Node, household: Household?)]
            let total: Int
            if let text = request.query("q") {
                let results = try service.core.records.search(
                    text, kind: kind, offset: offset, limit: limit, for: service.actor(caller, request, context))
                (found, total) = (results.hits.map { ($0.node, $0.household) }, results.total)
            } else {
                let all = try service.visibleNodes(for: caller.user, kind: kind, matching: nil)
                (found, total) = (all.dropFirst(offset).prefix(limit).map { ($0, nil) }, all.count)
            }
            try await service.recordRead(.search, of: found.map(\.node.id), by: caller, request, context)
            var response =
                caller.user.role == .coordinator
                ? try Coding.json(found.map { MatchingProfileResponse($0.node, household: nil) })
                : try Coding.json(found.map { PersonResponse($0.node, household: $0.household) })
            response.headers[HTTPField.Name("X-Total-Count")!] = String(total)
            return response
        }
        on(
            Route(
                .post, "/api/persons", "Add a person or organisation in one of your wijken",
                access: .only(.admin, .worker), body: "PersonRequest", status: 201, response: "Person")
        ) { request, context in
            let caller = try context.caller()
            let body = try await Coding.decode(
                PersonRequest.self, from: request, limit: service.configuration.maxBodySize)
            let (node, household) = try body.node(keeping: nil)
            try service.core.records.add(node, household: household, by: service.actor(caller, request, context))
            let (stored, storedHousehold) = try service.visibleNode(node.id, for: caller.user)
            return try Coding.json(PersonResponse(stored, household: storedHousehold), status: .created)
        }
        on(
            Route(
                .get, "/api/persons/{id}", "One person or organisation (coordinators see the matching profile only)",
                access: .only(.admin, .worker, .coordinator), response: "Person")
        ) { request, context in
            let caller = try context.caller()
            let (node, household) = try service.visibleNode(Node.ID(try context.parameter("id")), for: caller.user)
            try await service.recordRead(.read, of: [node.id], by: caller, request, context)
            if caller.user.role == .coordinator {
                return try Coding.json(MatchingProfileResponse(node, household: household))
            }
            return try Coding.json(PersonResponse(node, household: household))
        }
        on(
            Route(
                .put, "/api/persons/{id}", "Rectify what is stored about a person", access: .only(.admin, .worker),
                body: "PersonRequest", response: "Person")
        ) { request, context in
            let caller = try context.caller()
            let id = Node.ID(try context.parameter("id"))
            let (existing, _) = try service.visibleNode(id, for: caller.user)
            let body = try await Coding.decode(
                PersonRequest.self, from: request, limit: service.configuration.maxBodySize)
            guard body.id == id.rawValue else {
                throw ServiceError.badRequest("must match the id in the path", field: "id")
            }
            let (node, household) = try body.node(keeping: existing)
            try service.core.records.update(node, household: household, by: service.actor(caller, request, context))
            let (stored, storedHousehold) = try service.visibleNode(id, for: caller.user)
            return try Coding.json(PersonResponse(stored, household: storedHousehold))
        }
        on(
            Route(
                .get, "/api/households/{id}", "A household of your wijken with its members",
                access: .only(.admin, .worker), response: "Household")
        ) { request, context in
            let caller = try context.caller()
            let (household, members) = try service.core.records.household(
                Household.ID(try context.parameter("id")), for: service.actor(caller, request, context))
            try await service.recordRead(.read, of: members.map(\.id), by: caller, request, context)
            return try Coding.json(
                HouseholdResponse(
                    id: household.id.rawValue, street: household.street, houseNumber: household.houseNumber,
                    postcode: household.postcode, wijk: household.wijk,
                    members: members.map { .init(id: $0.id.rawValue, name: $0.name) }))
        }
        on(
            Route(
                .get, "/api/statistics", "Counts for your team's wijken (no personal data)", access: .everyRole,
                response: "Statistics")
        ) { _, context in
            let caller = try context.caller()
            return try Coding.json(try service.statistics(for: caller.user))
        }
    }
}

extension Service {
    func statistics(for user: User) throws -> StatisticsResponse {
        let (kinds, households) = try core.records.counts(for: .user(user, address: nil))
        let counts = Dictionary(uniqueKeysWithValues: kinds.map { ($0.key.rawValue, $0.value) })
        let wijken = try core.network.wijken(for: .user(user, address: nil))
        return StatisticsResponse(wijken: wijken, nodes: counts, households: households)
    }
}
