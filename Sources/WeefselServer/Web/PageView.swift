import Foundation
import HTTPTypes
import Hummingbird
import WeefselCore
import WeefselGraph
import WeefselStore

/// The language of the pages: Dutch unless the user switched to English (a cookie).
enum PageLanguage: String, Sendable, CaseIterable {
    case dutch = "nl"
    case english = "en"

    static let cookie = "weefsel_lang"

    init(of request: Request) {
        self = request.cookies[Self.cookie].flatMap { PageLanguage(rawValue: $0.value) } ?? .dutch
    }

    var texts: [String: String] { self == .dutch ? Texts.dutch : Texts.english }
    var other: PageLanguage { self == .dutch ? .english : .dutch }
}

/// What every page shows around its own content: the language, the signed-in user, the menu for
/// their role and the CSRF token their forms carry.
struct PageView {
    let language: PageLanguage
    let caller: Caller?
    let path: String

    init(_ request: Request, _ context: WeefselRequestContext) {
        language = PageLanguage(of: request)
        caller = context.identity
        path = request.uri.path
    }

    var t: [String: String] { language.texts }

    func text(_ key: String) -> String { t[key] ?? key }

    /// A day as the page's language writes it: `07-12-2026`, or `2026-12-07`.
    func format(_ day: Day) -> String {
        language == .dutch ? DutchFormat.date(day.date) : day.description
    }

    /// A whole number as the page's language writes it: `10.000`, or `10,000`.
    func format(_ number: Int) -> String {
        DutchFormat.number(number, separator: language == .dutch ? "." : ",")
    }

    /// The CSRF token for the forms of a cookie session.
    var csrf: String {
        guard case .session(let secret) = caller?.proof else { return "" }
        return CSRF.token(for: secret)
    }

    /// The menu: the pages the caller's role may open, the current one marked.
    var menu: [[String: Any]] {
        guard let role = caller?.user.role else { return [] }
        return WebRoutes.menu.filter { $0.roles.contains(role) }.map { item in
            [
                "href": item.path, "label": text(item.label),
                "current": path == item.path || path.hasPrefix(item.path + "/"),
            ]
        }
    }

    /// The view of a page: the layout's values with the page's own on top.
    func page(_ title: String, _ values: [String: Any] = [:]) -> [String: Any] {
        var view: [String: Any] = [
            "t": t, "lang": language.rawValue, "title": title, "nav": menu, "csrf": csrf,
            "otherLang": language.other.rawValue, "back": percentEncoded(path),
        ]
        if let user = caller?.user {
            view["user"] = [
                "name": user.id.rawValue, "role": text("role_" + user.role.rawValue),
                "team": user.team.id.rawValue,
            ]
        }
        // An absent value is left out, so a template's section for it is not shown.
        for (key, value) in values {
            if let value = present(value) { view[key] = value }
        }
        return view
    }

    /// The words of `dutch`/`english` pairs in the page's language.
    func pick(_ dutch: String, _ english: String) -> String { language == .dutch ? dutch : english }
}

/// Percent-encodes a path for use in a query value.
func percentEncoded(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~/")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "/"
}

/// A number as the pages show it: whole numbers plain, shares as percentages with one decimal,
/// others with two decimals; a decimal comma in Dutch.
func shown(_ value: Double?, share: Bool = false, language: PageLanguage) -> String {
    guard let value, value.isFinite else { return "–" }
    let dutch = language == .dutch
    let number = share ? value * 100 : value
    // Enough decimals to tell small figures (a density of 0,042) apart, one for the rest.
    let places = share || abs(number) >= 10 ? 1 : abs(number) >= 0.1 ? 2 : 3
    return DutchFormat.decimal(number, places: places, grouping: dutch ? "." : ",", point: dutch ? "," : ".")
        + (share ? "%" : "")
}

/// `value` without the optionals that hold nothing, in it and in the dictionaries and lists it
/// holds; nil when `value` itself is such an optional.
func present(_ value: Any) -> Any? {
    let mirror = Mirror(reflecting: value)
    if mirror.displayStyle == .optional {
        guard let wrapped = mirror.children.first?.value else { return nil }
        return present(wrapped)
    }
    if let dictionary = value as? [String: Any] { return dictionary.compactMapValues(present) }
    if let list = value as? [[String: Any]] { return list.map { $0.compactMapValues(present) } }
    return value
}
