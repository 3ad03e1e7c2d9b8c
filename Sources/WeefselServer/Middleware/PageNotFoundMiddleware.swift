import Hummingbird

/// A browser that asks for a page that does not exist gets the Dutch (or English) page that says
/// so, with the menu, rather than the API's JSON. API paths keep their JSON answers.
struct PageNotFoundMiddleware: RouterMiddleware {
    let service: Service

    func handle(
        _ request: Request, context: WeefselRequestContext,
        next: (Request, WeefselRequestContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let answer = ServiceError.from(error)
            guard answer.status == .notFound, request.method == .get, Self.isPageRequest(request) else { throw error }
            return try service.errorPage(answer, view: PageView(request, context), request: request, context: context)
        }
    }

    /// A browser's request for a page: it accepts HTML, and its path is not the API's.
    static func isPageRequest(_ request: Request) -> Bool {
        let path = request.uri.path
        guard !path.hasPrefix("/api/"), path != "/openapi.json", path != "/healthz" else { return false }
        return request.headers[.accept]?.contains("text/html") == true
    }
}
