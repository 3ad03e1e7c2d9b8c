import Foundation
import Hummingbird
import WeefselCore

extension RouteTable {
    /// The help page: how to do the work of the caller's role, step by step, in their language.
    func addHelpPage(_ service: Service) {
        page(Route(.get, "/hulp", "Help for your role, step by step", access: .everyRole, page: true), service) {
            _, context, view, _ in
            let caller = try context.caller()
            let sections = HelpSection.all.filter { $0.roles.contains(caller.user.role) }.map { section in
                [
                    "id": section.id, "title": view.pick(section.title.dutch, section.title.english),
                    "steps": section.steps.map { view.pick($0.dutch, $0.english) }, "page": section.page as Any,
                ] as [String: Any]
            }
            return try service.web.html(
                "help",
                view.page(
                    view.text("help_title"),
                    ["sections": sections, "roleName": view.text("role_" + caller.user.role.rawValue)]))
        }
    }
}

/// One task explained on the help page, for the roles that do it.
struct HelpSection {
    typealias Words = (dutch: String, english: String)
    let id: String
    let roles: Set<User.Role>
    let title: Words
    let steps: [Words]
    let page: String?

    static let all: [HelpSection] = HelpSection.worker + HelpSection.others
}
