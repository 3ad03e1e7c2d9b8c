import Hummingbird
import Logging
import WeefselStore

/// Registers routes on the router through one door that enforces each route's access rule and
/// CSRF, and remembers what was registered for the OpenAPI document and the tests.
final class RouteTable: @unchecked Sendable {
    typealias Handler = @Sendable (Request, WeefselRequestContext) async throws -> Response
    let router: Router<WeefselRequestContext>
    /// Every route registered, in order. Only written while the application is built.
    var registered: [Route] = []
    /// Runs every handler, and so every read and write of the database, off the cooperative pool.
    let executor = BlockingExecutor(label: "weefsel.database")

    init(router: Router<WeefselRequestContext>) { self.router = router }

    func on(_ route: Route, _ handler: @escaping Handler) {
        registered.append(route)
        let executor = executor
        router.on(RouterPath(route.routerPath), method: route.method) { request, context in
            try await withTaskExecutorPreference(executor) {
                try RouteTable.authorise(route, request: request, context: context)
                return try await handler(request, context)
            }
        }
    }

    static func authorise(_ route: Route, request: Request, context: WeefselRequestContext) throws {
        guard case .roles(let roles) = route.access else { return }
        guard let caller = context.identity else { throw ServiceError.unauthorised }
        guard roles.contains(caller.user.role) else { throw ServiceError.forbidden() }
        // A page's form carries the token in a field, which the page checks when it reads the form.
        if route.changesState, !route.isPage, case .session(let secret) = caller.proof {
            try CSRF.check(request, session: secret)
        }
    }
}
