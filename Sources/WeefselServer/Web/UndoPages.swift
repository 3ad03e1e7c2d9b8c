import Foundation
import Hummingbird
import WeefselCore

extension RouteTable {
    /// Taking back the last change from the page that made it.
    func addUndoPages(_ service: Service) {
        page(
            Route(
                .post, "/ongedaan-maken", "Undo a change made a moment ago (a tie, consent, a person's details)",
                access: .only(.admin, .worker), page: true), service
        ) { request, context, _, form in
            let caller = try context.caller()
            try service.core.undo.undo(try form.required("token"), by: service.actor(caller, request, context))
            let back = safeReturn(form["terug"]) ?? "/zoeken"
            return redirect(to: back + (back.contains("?") ? "&" : "?") + "opgeslagen=ongedaan")
        }
    }
}
