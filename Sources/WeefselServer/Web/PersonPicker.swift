import Foundation
import WeefselCore
import WeefselGraph

extension Service {
    /// The person a person field names: a code, or (when the page's script did not turn the
    /// choice into a code) a name or address that exactly one person in the actor's sight answers.
    /// The search is the search page's, so nothing outside the actor's sight is ever found.
    ///
    /// - Throws: a bad request naming `field` when nobody or more than one person answers.
    func chosenPerson(_ text: String, field: String, for actor: Actor, view: PageView) throws -> Node {
        if let (node, _) = try? core.records.node(Node.ID(text), for: actor) { return node }
        let found = try core.records.search(text, limit: 2, for: actor)
        guard found.total == 1, let hit = found.hits.first else {
            let key = found.total == 0 ? "picker_none" : "picker_several"
            throw ServiceError.badRequest(view.text(key).replacingOccurrences(of: "%@", with: text), field: field)
        }
        return hit.node
    }
}

/// The view of a person field: its name and label, the people to offer before anything is typed
/// (as `id`, `label`), and the person whose page it is, whom the field never offers.
func personPicker(
    _ name: String, label: String, offered: [(id: String, label: String)] = [], excluding: Node.ID? = nil,
    required: Bool = true, view: PageView
) -> [String: Any] {
    [
        "name": name, "label": label, "required": required, "self": excluding?.rawValue ?? "",
        "hint": view.text("picker_hint"), "placeholder": view.text("picker_placeholder"),
        "offered": offered.map { ["id": $0.id, "label": $0.label] },
    ]
}
