import Foundation
import Hummingbird
import WeefselCore
import WeefselGraph
import WeefselStore

extension RouteTable {
    /// Uploading CSV files, and the audit log for admins.
    func addImportAndAuditPages(_ service: Service) {
        page(
            Route(.get, "/import", "Upload CSV files of persons and ties", access: .only(.admin, .worker), page: true),
            service
        ) { _, _, view, _ in
            try service.web.html("import", view.page(view.text("import_title")))
        }
        page(
            Route(
                .post, "/import", "Import the uploaded CSV files, all or nothing", access: .only(.admin, .worker),
                page: true), service
        ) { request, context, view, form in
            let caller = try context.caller()
            let keeps = form["leaveOut"] == nil
            let files = form.files.map {
                ImportFile(name: $0.name.isEmpty ? "\($0.field).csv" : $0.name, bytes: $0.bytes, keepsOwnColumns: keeps)
            }
            guard !files.isEmpty else {
                return try service.web.html(
                    "import", view.page(view.text("import_title"), ["error": view.text("import_nofile")]),
                    status: .badRequest)
            }
            do {
                let (_, summary) = try service.core.records.importNeighbourhood(
                    files, by: service.actor(caller, request, context))
                let counts: [[String: Any]] = [
                    ("import_householdsAdded", summary.householdsAdded),
                    ("import_householdsUpdated", summary.householdsUpdated),
                    ("import_nodesAdded", summary.nodesAdded), ("import_nodesUpdated", summary.nodesUpdated),
                    ("import_nodesUnchanged", summary.nodesUnchanged), ("import_tiesAdded", summary.tiesAdded),
                    ("import_tiesUpdated", summary.tiesUpdated), ("import_tiesUnchanged", summary.tiesUnchanged),
                ].map { ["label": view.text($0.0), "count": $0.1] }
                return try service.web.html(
                    "import",
                    view.page(
                        view.text("import_title"),
                        [
                            "done": true, "counts": counts, "files": files.map(\.name).joined(separator: ", "),
                            "leftOut": summary.columnsLeftOut ?? [], "hasLeftOut": summary.columnsLeftOut != nil,
                            "kept": summary.ownColumnsKept ?? [], "hasKept": summary.ownColumnsKept != nil,
                        ]))
            } catch {
                let refusal = ServiceError.from(error)
                guard refusal.isBadInput else { throw refusal }
                let problems: [[String: Any]] = refusal.problems.map { problem in
                    [
                        "file": problem.file, "line": problem.line, "column": problem.column,
                        "message": view.language == .dutch ? problem.dutch : problem.message,
                    ]
                }
                return try service.web.html(
                    "import",
                    view.page(
                        view.text("import_title"),
                        [
                            "refused": true, "problems": problems,
                            "message": problems.isEmpty ? refusal.description : nil as String? as Any,
                        ]), status: .badRequest)
            }
        }
        page(
            Route(
                .get, "/audit", "Who looked at whom: the audit log, filtered by person, user and date",
                access: .only(.admin), query: ["person", "user", "from", "to"], page: true), service
        ) { request, context, view, _ in
            _ = try context.caller()
            func value(_ name: String) -> String? {
                guard let text = request.query(name)?.trimmingCharacters(in: .whitespaces),
                    !text.isEmpty
                else { return nil }
                return text
            }
            func day(_ name: String) throws(ServiceError) -> Day? {
                guard let text = value(name) else { return nil }
                guard let day = Day(parsing: text) else { throw .badRequest(view.text("form_date"), field: name) }
                return day
            }
            let from = try day("from")
            let to = try day("to")
            let query = AuditQuery(
                person: value("person").map { Node.ID($0) }, user: value("user").map { User.ID($0) }, from: from?.date,
                to: to.map { $0.date.addingTimeInterval(86_400) }, limit: 500)
            let entries = try service.core.privacy.auditEntries(
                query, for: service.actor(try context.caller(), request, context)
            ).reversed().map { entry in
                [
                    "time": entry.time, "user": entry.user?.rawValue ?? "–",
                    "role": entry.role.map { view.text("role_" + $0.rawValue) } ?? "–",
                    "team": entry.team?.rawValue ?? "–", "action": view.text("action_" + entry.action.rawValue),
                    "subjects": listedSubjects(entry.subjects, view: view), "address": entry.address ?? "",
                ] as [String: Any]
            }
            return try service.web.html(
                "audit",
                view.page(
                    view.text("audit_title"),
                    [
                        "entries": entries, "person": value("person") ?? "", "userFilter": value("user") ?? "",
                        "from": value("from") ?? "", "to": value("to") ?? "", "limited": entries.count == 500,
                        "cleanUpPending": try service.core.privacy.cleanUpPendingSince(
                            for: service.actor(try context.caller(), request, context)) != nil,
                    ]))
        }
    }
}

/// The persons an audit entry is about, as the page lists them: the first twenty codes and how many
/// more (a look at the whole wijk names thousands; the person filter finds each of them).
private func listedSubjects(_ subjects: [Node.ID], view: PageView) -> String {
    let shown = subjects.prefix(20).map(\.rawValue).joined(separator: ", ")
    guard subjects.count > 20 else { return shown }
    return shown + " " + view.pick("en nog", "and") + " " + view.format(subjects.count - 20)
        + view.pick(" anderen", " more")
}
