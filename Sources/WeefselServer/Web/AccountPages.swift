import Foundation
import Hummingbird
import WeefselCore
import WeefselGraph
import WeefselStore

extension RouteTable {
    /// Every user's own account: their password, signing out everywhere, their script tokens.
    func addAccountPages(_ service: Service) {
        page(Route(.get, "/mijn-account", "Your account", access: .everyRole, page: true), service) {
            request, context, view, _ in
            let caller = try context.caller()
            return try service.accountPage(view, caller: caller, request: request, context: context)
        }
        page(
            Route(.post, "/mijn-account/wachtwoord", "Change your password", access: .everyRole, page: true), service
        ) { request, context, view, form in
            let caller = try context.caller()
            do {
                try service.signIn.changePassword(
                    current: form["current_password"] ?? "", new: form["new_password"] ?? "",
                    repeated: form["repeat_password"] ?? "", by: service.actor(caller, request, context))
            } catch let problem as Problem {
                return try service.accountPage(
                    view, caller: caller, request: request, context: context,
                    problem: view.pick(problem.dutch, problem.english), status: .badRequest)
            }
            // Every session ended with the old password, this one too.
            var response = redirect(to: "/aanmelden?gewijzigd=wachtwoord")
            response.setCookie(service.sessionCookie(value: "", maxAge: 0))
            return response
        }
        page(
            Route(
                .get, "/mijn-account/tweede-factor", "Set up a second factor: a new secret as a QR code",
                access: .everyRole, page: true), service
        ) { _, context, view, _ in
            let caller = try context.caller()
            return try service.ownEnrolmentPage(
                Passwords.newSecondFactor(for: caller.user.id.rawValue), user: caller.user.id.rawValue, view: view)
        }
        page(
            Route(
                .post, "/mijn-account/tweede-factor", "Confirm the second factor with a code from the app",
                access: .everyRole, page: true), service
        ) { request, context, view, form in
            let caller = try context.caller()
            let secret = try form.required("secret")
            do {
                try service.signIn.enrolSecondFactor(
                    secret: secret, code: form["code"] ?? "", password: form.fields["current_password"]?.first ?? "",
                    by: service.actor(caller, request, context))
            } catch let problem as Problem {
                let factor = (secret, Passwords.enrolment(of: secret, for: caller.user.id.rawValue))
                return try service.ownEnrolmentPage(
                    factor, user: caller.user.id.rawValue, view: view,
                    problem: view.pick(problem.dutch, problem.english))
            }
            var response = redirect(to: "/aanmelden?gewijzigd=tweede-factor")
            response.setCookie(service.sessionCookie(value: "", maxAge: 0))
            return response
        }
        page(
            Route(.post, "/mijn-account/overal-afmelden", "Sign out on every device", access: .everyRole, page: true),
            service
        ) { request, context, _, _ in
            let caller = try context.caller()
            try service.signIn.signOutEverywhere(service.actor(caller, request, context))
            var response = redirect(to: "/aanmelden")
            response.setCookie(service.sessionCookie(value: "", maxAge: 0))
            return response
        }
        page(
            Route(.post, "/mijn-account/tokens", "Revoke one of your tokens", access: .everyRole, page: true), service
        ) { request, context, view, form in
            let caller = try context.caller()
            guard let id = Int64(try form.required("token")) else {
                throw ServiceError.badRequest(view.text("form_token"), field: "token")
            }
            let token = try service.core.tokens.revokeToken(id, by: service.actor(caller, request, context))
            return redirect(to: "/mijn-account?ingetrokken=" + percentEncoded(token.label))
        }
    }
}

extension Service {
    /// The account page of `caller`, with what was just done or went wrong.
    func accountPage(
        _ view: PageView, caller: Caller, request: Request, context: WeefselRequestContext, problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let now = Date()
        let tokens = try core.tokens.tokens(of: nil, by: actor(caller, request, context)).map { token in
            [
                "id": String(token.id), "label": token.label, "expires": DutchFormat.date(token.expiresAt),
                "state": view.text(
                    token.revoked ? "account_revoked" : token.isActive(at: now) ? "account_active" : "account_expired"),
                "active": token.isActive(at: now),
            ] as [String: Any]
        }
        let revoked = request.query("ingetrokken").map { view.text("account_tokenRevoked") + " " + $0 }
        return try web.html(
            "account",
            view.page(
                view.text("account_title"),
                [
                    "name": caller.user.id.rawValue, "role": view.text("role_" + caller.user.role.rawValue),
                    "team": caller.user.team.id.rawValue, "tokens": tokens, "minimum": SignIn.minimumPasswordLength,
                    "done": revoked as Any, "problem": problem as Any, "hasFactor": caller.user.hasSecondFactor,
                ]), status: status)
    }
}
