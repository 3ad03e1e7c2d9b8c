import Foundation
import HTTPTypes
import Hummingbird
import WeefselCore
import WeefselGraph

extension RouteTable {
    /// Administration in the browser, for the team's functioneel beheerder: accounts (add, role
    /// and team, disable, a new password, ending their sessions) and teams with their wijken.
    func addAdminPages(_ service: Service) {
        page(
            Route(.get, "/beheer", "Administration: accounts and teams", access: .only(.admin), page: true), service
        ) { request, context, view, _ in
            let caller = try context.caller()
            return try service.adminPage(
                view, actor: service.actor(caller, request, context), done: request.query("klaar"))
        }
        page(
            Route(.post, "/beheer/gebruikers", "Add an account", access: .only(.admin), page: true), service
        ) { request, context, view, form in
            let caller = try context.caller()
            let actor = service.actor(caller, request, context)
            let name = try form.required("name")
            let password = try form.required("password")
            try SignIn.checkNewPassword(password, field: "password")
            guard let role = User.Role(rawValue: try form.required("role")) else {
                throw ServiceError.badRequest(view.text("form_role"), field: "role")
            }
            let factor = form["totp"] != nil ? Passwords.newSecondFactor(for: name) : nil
            try service.core.administration.addUser(
                User.ID(name), role: role, team: Team.ID(try form.required("team")),
                passwordHash: try Passwords.hash(password, cost: service.configuration.bcryptCost),
                totpSecret: factor?.secret, by: actor)
            guard let factor else { return redirect(to: "/beheer?klaar=" + percentEncoded(name)) }
            return try service.enrolmentPage(factor, user: name, view: view)
        }
        page(
            Route(
                .post, "/beheer/gebruikers/{name}/{step}",
                "Change an account: its role and team (rol), a new password (wachtwoord), its sessions (afmelden),"
                    + " disable or enable it (status)", access: .only(.admin), page: true), service
        ) { request, context, view, form in
            let caller = try context.caller()
            let actor = service.actor(caller, request, context)
            let name = User.ID(try context.parameter("name"))
            let administration = service.core.administration
            switch try context.parameter("step") {
            case "rol":
                guard let role = User.Role(rawValue: try form.required("role")) else {
                    throw ServiceError.badRequest(view.text("form_role"), field: "role")
                }
                try administration.changeRole(of: name, to: role, team: Team.ID(try form.required("team")), by: actor)
            case "wachtwoord":
                let password = try form.required("password")
                try SignIn.checkNewPassword(password, field: "password")
                let factor = form["totp"] != nil ? Passwords.newSecondFactor(for: name.rawValue) : nil
                try administration.resetPassword(
                    of: name, passwordHash: try Passwords.hash(password, cost: service.configuration.bcryptCost),
                    totpSecret: factor.map { .some($0.secret) } ?? .none, by: actor)
                if let factor { return try service.enrolmentPage(factor, user: name.rawValue, view: view) }
            case "afmelden": try administration.endSessions(of: name, by: actor)
            case "status": try administration.setDisabled(form["disable"] != nil, user: name, by: actor)
            default: throw ServiceError.notFound
            }
            return redirect(to: "/beheer?klaar=" + percentEncoded(name.rawValue))
        }
        page(
            Route(.post, "/beheer/teams", "Add a team or change its wijken", access: .only(.admin), page: true), service
        ) { request, context, _, form in
            let caller = try context.caller()
            let name = try form.required("team")
            let wijken = PersonFormValues.items(try form.required("wijken"))
            try service.core.administration.save(
                Team(id: Team.ID(name), wijken: wijken), by: service.actor(caller, request, context))
            return redirect(to: "/beheer?klaar=" + percentEncoded(name))
        }
    }
}

extension Service {
    /// The administration page: every account with its forms, the teams, and what was just done.
    func adminPage(_ view: PageView, actor: Actor, done: String?) throws -> Response {
        let teams = try core.administration.teams(for: actor)
        let users = try core.administration.users(for: actor)
        let roles = { (chosen: User.Role?) in
            User.Role.allCases.map {
                ["value": $0.rawValue, "label": view.text("role_" + $0.rawValue), "selected": $0 == chosen]
            }
        }
        let teamChoices = { (chosen: Team.ID?) in
            teams.map { ["name": $0.id.rawValue, "selected": $0.id == chosen] as [String: Any] }
        }
        return try web.html(
            "admin",
            view.page(
                view.text("admin_title"),
                [
                    "done": done as Any, "minimum": SignIn.minimumPasswordLength,
                    "users": users.enumerated().map { index, user in
                        [
                            "index": index, "name": user.id.rawValue, "role": view.text("role_" + user.role.rawValue),
                            "team": user.team.id.rawValue, "disabled": user.disabled,
                            "totp": user.hasSecondFactor, "roles": roles(user.role), "teams": teamChoices(user.team.id),
                            "self": user.id == actor.user?.id,
                        ] as [String: Any]
                    },
                    "roles": roles(.worker), "teams": teamChoices(teams.first?.id),
                    "teamList": teams.map { ["name": $0.id.rawValue, "wijken": $0.wijken.joined(separator: ", ")] },
                ]))
    }

    /// The page shown once after a second factor was made: its QR code to scan, and the secret
    /// to type when scanning is not possible. The secret is never shown again.
    func enrolmentPage(
        _ factor: (secret: String, enrolment: String), user: String, view: PageView, form: Bool = false,
        problem: String? = nil
    ) throws -> Response {
        let code = try? QRCode(factor.enrolment)
        // What an app asks for when typed in is the key as the enrolment address carries it.
        let typed =
            URLComponents(string: factor.enrolment)?.queryItems?.first(where: { $0.name == "secret" })?.value
            ?? factor.secret
        var response = try web.html(
            "enrol",
            view.page(
                view.text("enrol_title"),
                [
                    "account": user, "qr": code?.svg(label: view.text("enrol_qrLabel")) as Any, "form": form,
                    "plain": factor.secret, "problem": problem as Any,
                    "secret": stride(from: 0, to: typed.count, by: 4).map { start in
                        String(typed.dropFirst(start).prefix(4))
                    }.joined(separator: " "),
                ]), status: problem == nil ? .ok : .badRequest)
        // The secret is on this page only: no cache keeps it.
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// The page on which a user sets up their own second factor and confirms it with a code.
    func ownEnrolmentPage(
        _ factor: (secret: String, enrolment: String), user: String, view: PageView, problem: String? = nil
    ) throws -> Response {
        try enrolmentPage(factor, user: user, view: view, form: true, problem: problem)
    }
}
