import Foundation
import Hummingbird
import WeefselCore
import WeefselGraph

extension RouteTable {
    /// Recording a visit to a household, on the day it happened.
    func addVisitPages(_ service: Service) {
        page(
            Route(
                .post, "/huishoudens/{id}/bezoek",
                "Record a visit to a household: a note, or a tie when contact was made",
                access: .only(.admin, .worker), page: true), service
        ) { request, context, view, form in
            let caller = try context.caller()
            let id = Household.ID(try context.parameter("id"))
            guard let outcome = Visit.Outcome(rawValue: try form.required("outcome")) else {
                throw ServiceError.badRequest(view.text("visit_outcome"), field: "outcome")
            }
            var contact: Outreach.Contact?
            if outcome == .contactMade {
                guard let typed = form["contact"] else {
                    throw ServiceError.badRequest(view.text("visit_contact"), field: "contact")
                }
                let chosen = try service.chosenPerson(
                    typed, field: "contact", for: service.actor(caller, request, context), view: view
                ).id.rawValue
                guard let kind = Tie.Kind(parsing: form["kind"] ?? "neighbour") else {
                    throw ServiceError.badRequest(view.text("form_kind"), field: "kind")
                }
                contact = Outreach.Contact(
                    member: form["member"].map { Node.ID($0) }, person: Node.ID(chosen), kind: kind,
                    strength: try strength(form, view),
                    note: view.pick("contact gelegd bij huisbezoek", "contact made on a home visit"))
            }
            let day = try day(form, view)
            let visit = Visit(
                household: id, day: day, outcome: outcome, note: form["note"] ?? "", recordedBy: caller.user.id.rawValue
            )
            try service.core.outreach.recordVisit(visit, contact: contact, by: service.actor(caller, request, context))
            return redirect(to: "/huishoudens/\(percentEncoded(id.rawValue))?opgeslagen=bezoek")
        }
    }
}
