import Foundation
import Hummingbird
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
            let files = form.files.map { CSVFile(name: $0.name.isEmpty ? "\($0.field).csv" : $0.name, bytes: $0.bytes) }
            guard !files.isEmpty else {
                return try service.web.html(
                    "import", view.page(view.text("import_title"), ["error": view.text("import_nofile")]),
                    status: .badRequest)
            }
            do {
                try service.checkImportScope(files, for: caller.user)
                let (_, summary) = try service.store.importCSV(
                    files, audit: service.auditContext(caller, request, context))
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
                        ["done": true, "counts": counts, "files": files.map(\.name).joined(separator: ", ")]))
            } catch {
                let refusal = ServiceError.from(error)
                guard refusal.isBadInput else { throw refusal }
                let problems: [[String: Any]] = refusal.problems.map { problem in
                    [
                        "file": problem.file, "line": problem.line, "column": problem.column,
                        "message": view.language == .dutch ? dutchImportMessage(problem.message) : problem.message,
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
            let entries = try service.store.auditEntries(query).reversed().map { entry in
                [
                    "time": entry.time, "user": entry.user?.rawValue ?? "–",
                    "role": entry.role.map { view.text("role_" + $0.rawValue) } ?? "–",
                    "team": entry.team?.rawValue ?? "–", "action": view.text("action_" + entry.action.rawValue),
                    "subjects": entry.subjects.map(\.rawValue).joined(separator: ", "), "address": entry.address ?? "",
                ] as [String: Any]
            }
            return try service.web.html(
                "audit",
                view.page(
                    view.text("audit_title"),
                    [
                        "entries": entries, "person": value("person") ?? "", "userFilter": value("user") ?? "",
                        "from": value("from") ?? "", "to": value("to") ?? "", "limited": entries.count == 500,
                    ]))
        }
    }
}

/// The Dutch words for an import problem, for the upload page; a message without a Dutch form
/// is shown as it is.
func dutchImportMessage(_ message: String) -> String {
    let table: [(Regex<AnyRegexOutput>, (Regex<AnyRegexOutput>.Match) -> String)] = [
        (
            try! Regex(#"^unknown column '(.*)' in a (\w+) file \(known columns: (.*)\)$"#),
            {
                "onbekende kolom '\($0[1].substring ?? "")' in een \($0[2].substring ?? "")-bestand (bekende kolommen: \($0[3].substring ?? ""))"
            }
        ),
        (
            try! Regex(#"^column '(.*)' appears twice \(also as '(.*)'\)$"#),
            { "kolom '\($0[1].substring ?? "")' staat er twee keer in (ook als '\($0[2].substring ?? "")')" }
        ),
        (
            try! Regex(#"^missing required column '(.*)' in a (\w+) file$"#),
            { "verplichte kolom '\($0[1].substring ?? "")' ontbreekt in een \($0[2].substring ?? "")-bestand" }
        ),
        (
            try! Regex(#"^(\d+) fields where the header has (\d+)$"#),
            { "\($0[1].substring ?? "") velden, maar de kopregel heeft er \($0[2].substring ?? "")" }
        ),
        (
            try! Regex(#"^unknown node '(.*)': not in the nodes files and not stored before$"#),
            { "onbekende persoon '\($0[1].substring ?? "")': niet in het personenbestand en niet eerder opgeslagen" }
        ),
        (
            try! Regex(#"^unknown tie kind '(.*)' \(expected (.*)\)$"#),
            { "onbekende soort band '\($0[1].substring ?? "")' (verwacht: \($0[2].substring ?? ""))" }
        ),
        (
            try! Regex(#"^unknown kind '(.*)' \(expected (.*)\)$"#),
            { "onbekende soort '\($0[1].substring ?? "")' (verwacht: \($0[2].substring ?? ""))" }
        ),
        (
            try! Regex(#"^unknown (.*) '(.*)' \(expected (.*)\)$"#),
            {
                "onbekende waarde voor \($0[1].substring ?? "") '\($0[2].substring ?? "")' (verwacht: \($0[3].substring ?? ""))"
            }
        ),
        (
            try! Regex(#"^duplicate id '(.*)' \(first on (.*)\)$"#),
            { "dubbele id '\($0[1].substring ?? "")' (eerder op \(dutchLine($0[2].substring ?? "")))" }
        ),
        (
            try! Regex(#"^strength '(.*)' is not 1, 2 or 3 \(weak, medium, strong\)$"#),
            { "sterkte '\($0[1].substring ?? "")' is niet 1, 2 of 3 (zwak, gewoon, sterk)" }
        ),
        (
            try! Regex(#"^invalid date '(.*)' \(expected a date such as 2024-03-31 or 31-03-2024\)$"#),
            { "ongeldige datum '\($0[1].substring ?? "")' (verwacht een datum zoals 2024-03-31 of 31-03-2024)" }
        ),
        (
            try! Regex(#"^invalid birth year '(.*)' \(expected a year from (.*)\)$"#),
            {
                "ongeldig geboortejaar '\($0[1].substring ?? "")' (verwacht een jaar van \($0[2].substring.map { $0.replacingOccurrences(of: " to ", with: " tot en met ") } ?? ""))"
            }
        ),
        (try! Regex(#"^a tie from '(.*)' to itself$"#), { "een band van '\($0[1].substring ?? "")' met zichzelf" }),
        (
            try! Regex(#"^the same (\w+) tie between '(.*)' and '(.*)' as on (.*)$"#),
            {
                "dezelfde band (\($0[1].substring ?? "")) tussen '\($0[2].substring ?? "")' en '\($0[3].substring ?? "")' als op \(dutchLine($0[4].substring ?? ""))"
            }
        ),
        (
            try! Regex(#"^a quote opened here is never closed$"#),
            { _ in "een aanhalingsteken dat hier opent, sluit nergens" }
        ),
        (try! Regex(#"^the name is empty$"#), { _ in "de naam is leeg" }),
        (try! Regex(#"^the id is empty$"#), { _ in "de id is leeg" }),
        (try! Regex(#"^the file is empty$"#), { _ in "het bestand is leeg" }),
        (
            try! Regex(#"^the file has a header but no rows$"#),
            { _ in "het bestand heeft een kopregel maar geen rijen" }
        ),
        (try! Regex(#"^this is not a CSV text file$"#), { _ in "dit is geen CSV-tekstbestand" }),
        (try! Regex(#"^binary content (.*)$"#), { "binaire inhoud \($0[1].substring ?? "")" }),
        (
            try! Regex(#"^until (.*) is before since (.*)$"#),
            { "tot \($0[1].substring ?? "") ligt vóór sinds \($0[2].substring ?? "")" }
        ),
        (
            try! Regex(#"^the field is longer than (\d+) characters$"#),
            { "het veld is langer dan \($0[1].substring ?? "") tekens" }
        ),
    ]
    for (pattern, dutch) in table {
        if let match = try? pattern.wholeMatch(in: message) { return dutch(match) }
    }
    return message
}

/// `line 4 of nodes.csv` in Dutch.
private func dutchLine(_ text: Substring) -> String {
    text.replacingOccurrences(of: "line ", with: "regel ").replacingOccurrences(of: " of ", with: " van ")
}
