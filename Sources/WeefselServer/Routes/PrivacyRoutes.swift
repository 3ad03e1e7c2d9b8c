import Foundation
import Hummingbird
import Logging
import WeefselCore
import WeefselGraph
import WeefselStore

extension RouteTable {
    /// Consent, right of access, erasure, the audit log and the retention report.
    func addPrivacyRoutes(_ service: Service) {
        on(
            Route(
                .get, "/api/persons/{id}/consent", "A person's current consent and its history",
                access: .only(.admin, .worker, .coordinator), response: "Consent")
        ) { request, context in
            let caller = try context.caller()
            let (node, history) = try service.core.privacy.consent(
                of: Node.ID(try context.parameter("id")), for: service.actor(caller, request, context))
            try await service.recordRead(.read, of: [node.id], by: caller, request, context)
            return try Coding.json(ConsentResponse(person: node, history: history))
        }
        on(
            Route(
                .post, "/api/persons/{id}/consent", "Record consent given or withdrawn; a withdrawal applies at once",
                access: .only(.admin, .worker), body: "ConsentRequest", status: 201, response: "Consent")
        ) { request, context in
            let caller = try context.caller()
            let id = Node.ID(try context.parameter("id"))
            let body = try await Coding.decode(ConsentRequest.self, from: request, limit: 16 * 1024)
            guard let purpose = Consent.Purpose(parsing: body.purpose) else {
                throw ServiceError.badRequest("unknown purpose (matching, maps or sharing)", field: "purpose")
            }
            let day: Day
            if let text = body.day {
                guard let parsed = Day(parsing: text) else { throw ServiceError.badRequest("not a date", field: "day") }
                day = parsed
            } else {
                day = Day.dutchToday
            }
            let (updated, history) = try service.core.privacy.recordConsent(
                purpose, given: body.given, on: day, today: Day.dutchToday, for: id,
                by: service.actor(caller, request, context))
            return try Coding.json(ConsentResponse(person: updated, history: history), status: .created)
        }
        on(
            Route(
                .get, "/api/persons/{id}/export",
                "Right of access: everything stored about a person and who looked at it",
                access: .only(.admin), response: "Export")
        ) { request, context in
            let caller = try context.caller()
            let data = try service.core.privacy.export(
                Node.ID(try context.parameter("id")), by: service.actor(caller, request, context))
            return try Coding.json(ExportResponse(data))
        }
        on(
            Route(
                .delete, "/api/persons/{id}", "Erasure: forget a person everywhere, leaving a pseudonymous tombstone",
                access: .only(.admin), response: "Erasure")
        ) { request, context in
            let caller = try context.caller()
            let report = try service.core.privacy.erase(
                Node.ID(try context.parameter("id")), by: service.actor(caller, request, context))
            service.logger.info("person erased", metadata: ["checkpointed": "\(report.checkpointed)"])
            return try Coding.json(ErasureResponse(report))
        }
        on(
            Route(
                .get, "/api/audit", "The audit log, oldest first, filtered by person, user and time",
                access: .only(.admin), response: "AuditList", query: ["person", "user", "from", "to", "limit"])
        ) { request, context in
            let caller = try context.caller()
            let query = AuditQuery(
                person: request.query("person").map { Node.ID($0) }, user: request.query("user").map { User.ID($0) },
                from: try Self.date(request, "from"), to: try Self.date(request, "to"),
                limit: min(10_000, max(1, Int(request.query("limit") ?? "") ?? 1000)))
            let entries = try service.core.privacy.auditEntries(query, for: service.actor(caller, request, context))
            return try Coding.json(entries.map(AuditEntryResponse.init))
        }
        on(
            Route(
                .get, "/api/retention", "Persons untouched for a number of days (default 365), for a retention review",
                access: .only(.admin), response: "Retention", query: ["days"])
        ) { request, context in
            let caller = try context.caller()
            let days = Int(request.query("days") ?? "") ?? 365
            guard (1...36_500).contains(days) else { throw ServiceError.badRequest("1 to 36500", field: "days") }
            let ids = try service.core.privacy.untouchedPersons(
                since: Date().addingTimeInterval(-Double(days) * 86_400), for: service.actor(caller, request, context))
            return try Coding.json(RetentionResponse(days: days, persons: ids.map(\.rawValue)))
        }
    }

    /// A day given as query parameter `name`, as the moment it starts (UTC).
    static func date(_ request: Request, _ name: String) throws(ServiceError) -> Date? {
        guard let text = request.query(name) else { return nil }
        guard let day = Day(parsing: text) else { throw .badRequest("not a date (2024-03-31)", field: name) }
        return day.date
    }
}
