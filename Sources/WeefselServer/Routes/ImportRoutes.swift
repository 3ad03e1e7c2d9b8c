import Hummingbird
import WeefselCore
import WeefselGraph
import WeefselStore

extension RouteTable {
    /// CSV upload: one nodes or ties file per request, all or nothing, problems by line as JSON.
    func addImportRoutes(_ service: Service) {
        on(
            Route(
                .post, "/api/import/{table}",
                "Import one CSV file (table nodes or ties; the request body is the file) into your wijken, all or nothing",
                access: .only(.admin, .worker), body: "CSV", response: "ImportSummary", query: ["name"])
        ) { request, context in
            let caller = try context.caller()
            let table = try context.parameter("table")
            guard let kind = CSVTableKind(rawValue: table) else {
                throw ServiceError.badRequest("the table is nodes or ties", field: "table")
            }
            let summary = try await service.uploads.receive(request, limit: service.configuration.maxImportSize) {
                bytes in
                let file = ImportFile(
                    name: request.query("name") ?? "\(kind.rawValue).csv", bytes: bytes,
                    table: kind == .nodes ? .nodes : .ties)
                return try service.core.records.importNeighbourhood(
                    [file], by: service.actor(caller, request, context)
                ).1
            }
            return try Coding.json(ImportResponse(summary))
        }
    }
}
