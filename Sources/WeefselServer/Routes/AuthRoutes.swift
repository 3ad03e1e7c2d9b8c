import Foundation
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
            let login = try await Coding.decode(LoginRequest.self, from: request, limit: 16 * 1024)
            return try await service.signIn(login, request: request, context: context)
        }
        on(Route(.post, "/api/logout", "Sign out: ends the session", access: .everyRole, response: "StatusResponse")) {
            request, context in
            let caller = try context.caller()
            if case .session(let secret) = caller.proof { try service.store.endSession(secret) }
            try service.store.record([.init(service.auditContext(caller, request, context), .logout)])
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
                .post, "/api/tokens", "Create a bearer token for scripts acting as the signed-in user",
                access: .everyRole, body: "TokenRequest", status: 201, response: "TokenResponse")
        ) { request, context in
            let caller = try context.caller()
            let body = try await Coding.decode(TokenRequest.self, from: request, limit: 16 * 1024)
            guard !body.label.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ServiceError.badRequest("must not be empty", field: "label")
            }
            let token = try service.store.createToken(for: caller.user.id, label: body.label)
            try service.store.record([.init(service.auditContext(caller, request, context), .createToken)])
            return try Coding.json(TokenResponse(token: token.rawValue, label: body.label), status: .created)
        }
    }
}

extension Service {
    /// Checks a sign-in against the throttle, the password and the one-time code; starts a session.
    func signIn(_ login: LoginRequest, request: Request, context: WeefselRequestContext) async throws -> Response {
        let address = address(of: request, context: context)
        if let wait = await loginThrottle.wait(account: login.name, address: address) {
            throw ServiceError.tooManyRequests(retryAfter: wait)
        }
        let credentials = try store.credentials(of: User.ID(login.name))
        let passwordOK = Passwords.verify(login.password, hash: credentials?.passwordHash ?? decoyHash)
        guard let credentials, passwordOK, !credentials.user.disabled else {
            await loginThrottle.failed(account: login.name, address: address)
            try store.record([.init(AuditContext(user: nil, role: nil, team: nil, address: address), .loginFailed)])
            throw ServiceError(.unauthorized, "wrong name or password")
        }
        if let secret = credentials.totpSecret {
            guard let code = login.totp else {
                throw ServiceError(.unauthorized, "enter the code from your authenticator app", field: "totp")
            }
            guard Passwords.verifyCode(code, secret: secret) else {
                await loginThrottle.failed(account: login.name, address: address)
                throw ServiceError(.unauthorized, "wrong code", field: "totp")
            }
        }
        await loginThrottle.succeeded(account: login.name)
        let secret = try store.startSession(for: credentials.user.id)
        try store.record([.init(AuditContext(credentials.user, address: address), .login)])
        var response = try Coding.json(
            SessionResponse(user: UserResponse(credentials.user), csrfToken: CSRF.token(for: secret)))
        response.setCookie(sessionCookie(value: secret.rawValue, maxAge: Int(configuration.sessionPolicy.absolute)))
        return response
    }

    func sessionCookie(value: String, maxAge: Int) -> Cookie {
        Cookie(
            name: AuthenticationMiddleware.sessionCookie, value: value, maxAge: maxAge, path: "/",
            secure: configuration.secureCookies, httpOnly: true, sameSite: .strict)
    }
}
