import Hummingbird
import Logging

/// Turns every error into its JSON answer, logging failures of the system by type only (the
/// error's text can carry personal data).
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let answer = ServiceError.from(error)
            if answer.status.code >= 500 {
                context.logger.error("request failed", metadata: ["error.type": "\(type(of: error))"])
            }
            return try answer.response(from: request, context: context)
        }
    }
}
