import HTTPTypes
import WeefselStore

/// One endpoint of the API: method, path (OpenAPI form, `{id}` for parameters), who may call it,
/// and what it takes and gives, for the OpenAPI document.
public struct Route: Sendable, Hashable, CustomStringConvertible {
    public enum Access: Sendable, Hashable {
        /// No sign-in needed.
        case anyone
        /// Signed in with one of these roles.
        case roles(Set<User.Role>)
    }

    public let method: HTTPRequest.Method
    public let path: String
    public let summary: String
    public let access: Access
    /// The request body's schema in the OpenAPI components, when it takes one.
    public let body: String?
    /// The success answer's status and schema.
    public let status: Int
    public let response: String?
    public let query: [String]
    /// A web page (HTML, forms with the CSRF token in a field) rather than an API endpoint; pages
    /// are not part of the OpenAPI document.
    public let isPage: Bool

    init(
        _ method: HTTPRequest.Method, _ path: String, _ summary: String, access: Access, body: String? = nil,
        status: Int = 200, response: String? = nil, query: [String] = [], page: Bool = false
    ) {
        self.isPage = page
        self.method = method
        self.path = path
        self.summary = summary
        self.access = access
        self.body = body
        self.status = status
        self.response = response
        self.query = query
    }

    /// `GET /api/persons/{id}`.
    public var description: String { "\(method.rawValue) \(path)" }

    /// The path as Hummingbird's router spells parameters (`:id`).
    var routerPath: String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? ":" + segment.dropFirst().dropLast() : String(segment)
        }.joined(separator: "/")
    }

    /// The names of the path's parameters.
    public var parameters: [String] {
        path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) }
    }

    /// Whether the request changes state (and so needs CSRF protection with a cookie).
    var changesState: Bool { ![.get, .head, .options].contains(method) }
}

extension Route.Access {
    static let everyRole = Route.Access.roles(Set(User.Role.allCases))
    static func only(_ roles: User.Role...) -> Route.Access { .roles(Set(roles)) }
}
