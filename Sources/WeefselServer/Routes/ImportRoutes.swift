import Hummingbird
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
            let buffer = try await Coding.body(of: request, limit: service.configuration.maxImportSize)
            let file = CSVFile(
                name: request.query("name") ?? "\(kind.rawValue).csv", bytes: Array(buffer.readableBytesView),
                kind: kind)
            try service.checkImportScope([file], for: caller.user)
            let (_, summary) = try service.store.importCSV(
                [file], audit: service.auditContext(caller, request, context))
            return try Coding.json(ImportResponse(summary))
        }
    }
}

extension Service {
    /// Refuses an import that would place or change records outside the caller's wijken; reading
    /// the file twice (here and in the store's transaction) keeps the store's import unchanged.
    func checkImportScope(_ files: [CSVFile], for user: User) throws {
        guard user.role != .admin else { return }
        let existing = try store.nodeIDs()
        let neighbourhood: Neighbourhood
        do {
            neighbourhood = try NeighbourhoodCSV.parse(files, existing: existing)
        } catch {
            throw ServiceError.importRefused(error)
        }
        let households = Dictionary(neighbourhood.households.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        var inFile: Set<Node.ID> = []
        for node in neighbourhood.nodes {
            if existing.contains(node.id) { _ = try visibleNode(node.id, for: user) }
            var household = node.household.flatMap { households[$0] }
            if household?.wijk == nil, let id = node.household { household = try store.household(id) ?? household }
            guard user.sees(wijk: node.wijk ?? household?.wijk) else {
                throw ServiceError.badRequest(
                    "\(node.id) is not in your team's wijken (\(user.team.wijken.joined(separator: ", ")))",
                    field: "wijk")
            }
            inFile.insert(node.id)
        }
        for tie in neighbourhood.ties {
            for end in [tie.source, tie.target] where !inFile.contains(end) {
                _ = try visibleNode(end, for: user)
            }
        }
    }
}
