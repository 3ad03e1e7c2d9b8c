import HTTPTypes
import Hummingbird

/// Sets the security headers on every response: a strict content security policy without inline
/// script, no sniffing, no framing, no referrer, and no caching (API answers carry personal data)
/// except of the static files, which carry none.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var headers: HTTPFields {
        [
            .contentSecurityPolicy:
                "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            .xContentTypeOptions: "nosniff",
            HTTPField.Name("X-Frame-Options")!: "DENY",
            HTTPField.Name("Referrer-Policy")!: "no-referrer",
            .cacheControl: "no-store",
            HTTPField.Name("Cross-Origin-Opener-Policy")!: "same-origin",
            HTTPField.Name("Cross-Origin-Resource-Policy")!: "same-origin",
            HTTPField.Name("Permissions-Policy")!: "camera=(), microphone=(), geolocation=()",
        ]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response = try await next(request, context)
        // The stylesheet and script say for how long they may be kept; nothing else is kept.
        let caching = response.headers[.cacheControl]
        for field in Self.headers { response.headers[field.name] = field.value }
        if let caching, request.uri.path.hasPrefix("/static/") { response.headers[.cacheControl] = caching }
        return response
    }
}
