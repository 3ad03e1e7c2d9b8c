import Hummingbird
import HummingbirdAuth
import WeefselCore
import WeefselStore

/// Finds the caller of a request from its bearer token or session cookie; routes decide what an
/// anonymous caller may do.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = WeefselRequestContext
    static let sessionCookie = "weefsel_session"
    let service: Service

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        if let bearer = request.headers.bearer {
            if let user = try service.core.tokens.user(
                forToken: Secret(bearer.token), policy: service.configuration.sessionPolicy)
            {
                context.identity = Caller(user: user, proof: .bearer)
            }
        } else if let cookie = request.cookies[Self.sessionCookie] {
            let secret = Secret(cookie.value)
            if let user = try service.signIn.user(forSession: secret, policy: service.configuration.sessionPolicy) {
                context.identity = Caller(user: user, proof: .session(secret))
            }
        }
        return try await next(request, context)
    }
}

/// Answers 429 once a client address has used up its requests.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = WeefselRequestContext
    let service: Service

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        if let wait = await service.rateLimiter.take(for: service.address(of: request, context: context)) {
            throw ServiceError.tooManyRequests(retryAfter: wait)
        }
        return try await next(request, context)
    }
}
