import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import WeefselCore
import WeefselGraph
import WeefselStore

/// The web pages for social workers: server-rendered HTML in Dutch (English on request), forms
/// that post back and redirect, one stylesheet and one small script.
enum WebRoutes {
    /// An entry of the menu, shown to the roles that may open it.
    struct MenuItem {
        let path: String
        let label: String
        let roles: Set<User.Role>
    }

    static let menu: [MenuItem] = [
        MenuItem(path: "/wijk", label: "nav_overview", roles: [.admin, .worker, .viewer]),
        MenuItem(path: "/sleutelfiguren", label: "nav_keyfigures", roles: [.admin, .worker]),
        MenuItem(path: "/geisoleerd", label: "nav_isolated", roles: [.admin, .worker]),
        MenuItem(path: "/zoeken", label: "nav_search", roles: [.admin, .worker]),
        MenuItem(path: "/momentopnamen", label: "nav_snapshots", roles: [.admin, .worker]),
        MenuItem(path: "/matching", label: "nav_matching", roles: [.admin, .coordinator]),
        MenuItem(path: "/import", label: "nav_import", roles: [.admin, .worker]),
        MenuItem(path: "/audit", label: "nav_audit", roles: [.admin]),
        MenuItem(path: "/beheer", label: "nav_admin", roles: [.admin]),
    ]

    /// Where a role starts after signing in.
    static func home(of role: User.Role) -> String { role == .coordinator ? "/matching" : "/wijk" }
}

/// What a page handler gets: the request, its context, the page's frame and the submitted form.
typealias PageHandler = @Sendable (Request, WeefselRequestContext, PageView, Form) async throws -> Response

extension RouteTable {
    /// Registers a web page. A page answers in HTML: an anonymous caller is sent to sign in, a
    /// refusal or bad input gets a page that says what is wrong, in the page's language. A form
    /// posted with a session cookie must carry the session's CSRF token in its `csrf` field.
    func page(_ route: Route, _ service: Service, _ handler: @escaping PageHandler) {
        registered.append(route)
        let executor = executor
        router.on(RouterPath(route.routerPath), method: route.method) { request, context in
            try await withTaskExecutorPreference(executor) {
                try await Self.answer(request, context, route, service, handler)
            }
        }
    }

    private static func answer(
        _ request: Request, _ context: WeefselRequestContext, _ route: Route, _ service: Service,
        _ handler: PageHandler
    ) async throws -> Response {
        let view = PageView(request, context)
        do {
            try RouteTable.authorise(route, request: request, context: context)
            guard route.changesState else { return try await handler(request, context, view, Form()) }
            func answer(_ form: Form) async throws -> Response {
                if case .session(let secret) = context.identity?.proof {
                    try CSRF.check(form: form["csrf"], request, session: secret)
                }
                return try await handler(request, context, view, form)
            }
            guard Form.isMultipart(request) else {
                return try await answer(try await Form.read(request, limit: service.configuration.maxBodySize))
            }
            // A form with files: spooled, then read and answered one at a time.
            return try await service.uploads.receive(request, limit: service.configuration.maxImportSize) { bytes in
                try await answer(try Form.read(bytes, of: request))
            }
        } catch {
            return try service.errorPage(ServiceError.from(error), view: view, request: request, context: context)
        }
    }
}

extension Service {
    /// The page for a failure: sign in first, or what went wrong and a way back.
    func errorPage(_ error: ServiceError, view: PageView, request: Request, context: WeefselRequestContext) throws
        -> Response
    {
        if error.status == .unauthorized && view.caller == nil && request.method == .get {
            return redirect(to: "/aanmelden?terug=" + percentEncoded(request.uri.path))
        }
        if error.status.code >= 500 {
            context.logger.error("page failed", metadata: ["status": "\(error.status.code)"])
        }
        let headline: String
        switch error.status.code {
        case 401: headline = view.text("error_401")
        case 403: headline = view.text("error_403")
        case 404: headline = view.text("error_404")
        case 413: headline = view.text("error_413")
        case 429: headline = view.text("error_429")
        case 400..<500: headline = view.text("error_400")
        default: headline = view.text("error_500")
        }
        let detail = error.status.code >= 500 || [401, 404].contains(error.status.code) ? nil : described(error, view)
        var response = try web.html(
            "error", view.page(headline, ["headline": headline, "detail": detail as Any]), status: error.status)
        for field in error.headers { response.headers[field.name] = field.value }
        return response
    }
}

/// What went wrong, in the page's language, naming the field by the words of its form ("Naam:
/// moet ingevuld zijn", not "name: must be filled in").
func described(_ error: ServiceError, _ view: PageView) -> String {
    let message = view.language == .dutch ? error.dutch ?? error.message : error.message
    guard let field = error.field else { return message }
    let bare = message.hasPrefix(field + ": ") ? String(message.dropFirst(field.count + 2)) : message
    return (view.t["field_" + field] ?? field) + ": " + bare
}

extension RouteTable {
    /// Sign-in, sign-out, the language switch, the stylesheet and the script.
    func addWebRoutes(_ service: Service) {
        page(Route(.get, "/", "Start: your first page, or sign in", access: .anyone, page: true), service) {
            _, context, _, _ in
            guard let caller = context.identity else { return redirect(to: "/aanmelden") }
            return redirect(to: WebRoutes.home(of: caller.user.role))
        }
        page(Route(.get, "/aanmelden", "Sign-in page", access: .anyone, page: true), service) { request, _, view, _ in
            try service.web.html(
                "signin",
                view.page(
                    view.text("signin_title"),
                    [
                        "returnTo": safeReturn(request.query("terug")) as Any,
                        "passwordChanged": request.query("gewijzigd") == "wachtwoord",
                        "factorSet": request.query("gewijzigd") == "tweede-factor",
                    ]))
        }
        page(Route(.post, "/aanmelden", "Sign in with the form", access: .anyone, page: true), service) {
            request, context, view, form in
            try Service.refuseCrossSite(request)
            let login = LoginRequest(
                name: form["name"] ?? "", password: form.fields["password"]?.first ?? "", totp: form["totp"])
            do {
                var (response, user) = try service.signIn(login, request: request, context: context)
                response.status = .seeOther
                response.body = .init()
                response.headers[.location] = safeReturn(form["returnTo"]) ?? WebRoutes.home(of: user.role)
                response.headers[.contentType] = nil
                return response
            } catch let problem as Problem {
                let throttled: Bool
                switch problem {
                case .signInRefused: throttled = false
                case .tooManyAttempts: throttled = true
                default: throw problem
                }
                let error = ServiceError.from(problem)
                var response = try service.web.html(
                    "signin",
                    view.page(
                        view.text("signin_title"),
                        [
                            "error": view.text(throttled ? "signin_throttled" : "signin_wrong"), "name": login.name,
                            "returnTo": form["returnTo"] as Any,
                        ]),
                    status: error.status)
                for field in error.headers { response.headers[field.name] = field.value }
                return response
            }
        }
        page(Route(.post, "/afmelden", "Sign out", access: .everyRole, page: true), service) {
            request, context, _, _ in
            let caller = try context.caller()
            try service.signIn.signOut(service.actor(caller, request, context), session: caller.proof.session)
            var response = redirect(to: "/aanmelden")
            response.setCookie(service.sessionCookie(value: "", maxAge: 0))
            return response
        }
        page(Route(.get, "/taal/{lang}", "Switch the pages' language", access: .anyone, page: true), service) {
            request, context, _, _ in
            guard let language = PageLanguage(rawValue: try context.parameter("lang")) else {
                throw ServiceError.badRequest("must be nl or en", field: "lang")
            }
            var response = redirect(to: safeReturn(request.query("terug")) ?? "/")
            response.setCookie(
                Cookie(
                    name: PageLanguage.cookie, value: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                    secure: service.configuration.secureCookies, httpOnly: true, sameSite: .strict))
            return response
        }
        for name in WebPages.staticFiles.keys.sorted() {
            page(Route(.get, "/static/" + name, "A static file of the pages", access: .anyone, page: true), service) {
                request, _, _, _ in
                guard let file = service.web.files[name] else { throw ServiceError.notFound }
                return staticResponse(file, request: request)
            }
        }
    }
}

/// A static file, or 304 when the browser has it already. Asked for with the current
/// fingerprint (`?v=`), it may be kept for a year; otherwise the browser checks each time.
func staticResponse(_ file: WebPages.StaticFile, request: Request) -> Response {
    let tag = "\"\(file.fingerprint)\""
    let caching =
        request.query("v") == file.fingerprint ? "public, max-age=31536000, immutable" : "no-cache"
    if request.headers[.ifNoneMatch]?.split(separator: ",").contains(where: {
        $0.trimmingCharacters(in: .whitespaces) == tag
    }) == true {
        return Response(status: .notModified, headers: [.eTag: tag, .cacheControl: caching])
    }
    return Response(
        status: .ok, headers: [.contentType: file.contentType, .eTag: tag, .cacheControl: caching],
        body: .init(byteBuffer: file.bytes))
}

/// A path on this service to return to (after signing in, after switching the language), or nil:
/// never another site, however the address is written.
///
/// A browser drops tabs and line breaks from an address, reads a backslash as a slash and decodes
/// percent signs, so every form the text takes when decoded again must be a path of our own: it
/// starts with one `/`, holds no backslash, no space and no control character. What is returned is
/// the text as given, in the characters an address may hold.
func safeReturn(_ text: String?) -> String? {
    guard let text, !text.isEmpty, text.utf8.count <= 2048 else { return nil }
    let allowed = Set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?%".unicodeScalars)
    guard text.unicodeScalars.allSatisfy(allowed.contains) else { return nil }
    var form = text
    for _ in 0..<4 {
        guard form.hasPrefix("/"), !form.dropFirst().hasPrefix("/"),
            !form.unicodeScalars.contains(where: {
                $0 == "\\" || $0.properties.isWhitespace || $0.properties.generalCategory == .control
            })
        else { return nil }
        guard let decoded = form.removingPercentEncoding else { return nil }
        if decoded == form { break }
        form = decoded
    }
    guard !form.hasPrefix("/aanmelden") else { return nil }
    return text
}
