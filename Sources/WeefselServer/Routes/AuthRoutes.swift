import Foundation
import HTTPTypes
import Hummingbird
import WeefselCore
import WeefselGraph
import WeefselStore

extension RouteTable {
    /// Sign-in and sign-out, the current user, bearer tokens.
    func addAuthRoutes(_ service: Service) {
        on(
            Route(
                .post, "/api/login",
                "Sign in with name, password and (when enrolled) a one-time code; sets the session cookie",
                access: .anyone, body: "LoginRequest", response: "SessionResponse")
        ) { request, context in
            try Service.refuseCrossSite(request)
            guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
                throw ServiceError(.unsupportedMediaType, "sign in with a JSON body (Content-Type: application/json)")
            }
            let login = try await Coding.decode(LoginRequest.self, from: request, limit: 16 * 1024)
            return try service.signIn(login, request: request, context: context).response
        }
        on(Route(.post, "/api/logout", "Sign out: ends the session", access: .everyRole, response: "StatusResponse")) {
            request, context in
            let caller = try context.caller()
            try service.signIn.signOut(service.actor(caller, request, context), session: caller.proof.session)
            var response = try Coding.json(StatusResponse(status: "signed out"))
            response.setCookie(service.sessionCookie(value: "", maxAge: 0))
            return response
        }
        on(
            Route(
                .get, "/api/me", "The signed-in user, their team's wijken and the CSRF token", access: .everyRole,
                response: "SessionResponse")
        ) { _, context in
            let caller = try context.caller()
            var csrf: String?
            if case .session(let secret) = caller.proof { csrf = CSRF.token(for: secret) }
            return try Coding.json(SessionResponse(user: UserResponse(caller.user), csrfToken: csrf))
        }
        on(
            Route(
                .post, "/api/tokens",
                "Create a bearer token for scripts acting as the signed-in user, for `days` days (90, at most 365)"
                    + " and, with `end_with_session`, no longer than this sign-in session",
                access: .everyRole, body: "TokenRequest", status: 201, response: "TokenResponse")
        ) { request, context in
            let caller = try context.caller()
            let body = try await Coding.decode(TokenRequest.self, from: request, limit: 16 * 1024)
            let actor = service.actor(caller, request, context)
            let made = try service.core.tokens.createToken(
                label: body.label, terms: body.terms, session: caller.proof.session, by: actor)
            return try Coding.json(
                TokenResponse(token: made.secret.rawValue, info: TokenInfo(made.token)), status: .created)
        }
        on(
            Route(
                .get, "/api/tokens",
                "The signed-in user's bearer tokens, newest first (an admin: any user's, with `user`), never their secrets",
                access: .everyRole, response: "TokenList", query: ["user"])
        ) { request, context in
            let caller = try context.caller()
            let tokens = try service.core.tokens.tokens(
                of: request.query("user").map { User.ID($0) }, by: service.actor(caller, request, context))
            return try Coding.json(tokens.map { TokenInfo($0) })
        }
        on(
            Route(
                .delete, "/api/tokens/{id}", "Revoke a bearer token: one's own, or (an admin) anyone's",
                access: .everyRole, response: "TokenInfo")
        ) { request, context in
            let caller = try context.caller()
            guard let id = Int64(try context.parameter("id")) else {
                throw Problem.notFound("token \(try context.parameter("id"))")
            }
            let token = try service.core.tokens.revokeToken(id, by: service.actor(caller, request, context))
            var revoked = token
            revoked.revoked = true
            return try Coding.json(TokenInfo(revoked))
        }
    }
}

extension Service {
    /// Signs in through the core and sets the session cookie; returns the response and who signed in.
    func signIn(_ login: LoginRequest, request: Request, context: WeefselRequestContext) throws -> (
        response: Response, user: User
    ) {
        let (user, secret) = try signIn.signIn(
            name: login.name, password: login.password, code: login.totp, from: address(of: request, context: context))
        var response = try Coding.json(SessionResponse(user: UserResponse(user), csrfToken: CSRF.token(for: secret)))
        response.setCookie(sessionCookie(value: secret.rawValue, maxAge: Int(configuration.sessionPolicy.absolute)))
        return (response, user)
    }

    /// Refuses a sign-in another site's page sends (login CSRF). A browser says where a request
    /// comes from in `Sec-Fetch-Site`, which decides when present; without it, in `Origin`, which
    /// must then be this service (the pages' `no-referrer` policy makes browsers send the origin
    /// `null` even for their own forms, so that value counts only beside `Sec-Fetch-Site`). A
    /// script that sends neither is not a page.
    static func refuseCrossSite(_ request: Request) throws {
        let refused = ServiceError(.forbidden, "sign-in from another site is refused")
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!]?.lowercased() {
            guard ["same-origin", "none"].contains(site) else { throw refused }
            return
        }
        guard let origin = request.headers[.origin] else { return }
        guard let url = URL(string: origin), let originHost = url.host, let host = request.head.authority,
            host.lowercased() == (originHost + (url.port.map { ":\($0)" } ?? "")).lowercased()
        else { throw refused }
    }

    func sessionCookie(value: String, maxAge: Int) -> Cookie {
        Cookie(
            name: AuthenticationMiddleware.sessionCookie, value: value, maxAge: maxAge, path: "/",
            secure: configuration.secureCookies, httpOnly: true, sameSite: .strict)
    }
}
