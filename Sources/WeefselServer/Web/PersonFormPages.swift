import Foundation
import Hummingbird
import WeefselCore
import WeefselGraph

extension RouteTable {
    /// Adding and changing residents, volunteers, organisations and households in the browser,
    /// moving a person to another household, with a warning before a person is recorded twice.
    func addPersonFormPages(_ service: Service) {
        page(
            Route(
                .get, "/personen/nieuw", "Form for a new person or organisation", access: .only(.admin, .worker),
                page: true),
            service
        ) { request, context, view, _ in
            let caller = try context.caller()
            let actor = service.actor(caller, request, context)
            var values = PersonFormValues()
            if let code = request.query("huishouden") {
                let (household, _) = try service.core.records.household(Household.ID(code), for: actor)
                values.household = household.id.rawValue
                values.householdAddress = household.address
            }
            return try service.personForm(values, editing: nil, view: view, actor: actor)
        }
        page(
            Route(.post, "/personen/nieuw", "Add a person or organisation", access: .only(.admin, .worker), page: true),
            service
        ) { request, context, view, form in
            let caller = try context.caller()
            let actor = service.actor(caller, request, context)
            let values = PersonFormValues(form)
            guard let kind = Node.Kind(parsing: values.kind) else {
                throw ServiceError.badRequest(view.text("form_nodeKind"), field: "kind")
            }
            var node = try values.node(id: try service.core.records.newID(for: kind, by: actor), view: view)
            // Where they live: a household that exists, a new address, or none (an organisation).
            var household: Household?
            var isNew = false
            if let code = values.household.nonEmpty {
                household = try service.core.records.household(Household.ID(code), for: actor).0
            } else if values.street.nonEmpty != nil {
                household = try values.newHousehold(id: try service.core.records.newHouseholdID(by: actor), view: view)
                isNew = true
            }
            if let household {
                node.household = household.id
                node.wijk = nil
            }
            let lookalikes = try service.core.records.lookalikes(of: node, at: household, for: actor)
            if !lookalikes.isEmpty && form["anyway"] == nil {
                return try service.personForm(values, editing: nil, view: view, actor: actor, lookalikes: lookalikes)
            }
            try service.core.records.add(node, household: isNew ? household : nil, by: actor)
            return redirect(to: "/personen/\(percentEncoded(node.id.rawValue))?opgeslagen=persoon")
        }
        page(
            Route(
                .get, "/personen/{id}/bewerken", "Form to change a person or move them to another household",
                access: .only(.admin, .worker), page: true), service
        ) { request, context, view, _ in
            let caller = try context.caller()
            let actor = service.actor(caller, request, context)
            let (node, household) = try service.core.records.node(Node.ID(try context.parameter("id")), for: actor)
            try await service.recordRead(.read, of: [node.id], by: caller, request, context)
            return try service.personForm(
                PersonFormValues(node, household: household), editing: node, view: view, actor: actor)
        }
        page(
            Route(
                .post, "/personen/{id}/bewerken", "Change a person, or move them to another household",
                access: .only(.admin, .worker), page: true), service
        ) { request, context, view, form in
            let caller = try context.caller()
            let actor = service.actor(caller, request, context)
            let (stored, storedHousehold) = try service.core.records.node(
                Node.ID(try context.parameter("id")), for: actor)
            let values = PersonFormValues(form)
            var node = try values.node(id: stored.id, view: view)
            node.kind = Node.Kind(parsing: values.kind) ?? stored.kind
            node.consent = stored.consent
            node.household = stored.household
            if stored.household != nil { node.wijk = nil }
            // Moving: to a household that exists, or to a new address.
            var destination: Household?
            if let code = values.household.nonEmpty, code != stored.household?.rawValue {
                destination = try service.core.records.household(Household.ID(code), for: actor).0
            } else if values.street.nonEmpty != nil {
                destination = try values.newHousehold(
                    id: try service.core.records.newHouseholdID(by: actor), view: view)
            }
            let lookalikes = try service.core.records.lookalikes(
                of: node, at: destination ?? storedHousehold, for: actor)
            if !lookalikes.isEmpty && form["anyway"] == nil
                && (node.name != stored.name || destination != nil)
            {
                return try service.personForm(values, editing: stored, view: view, actor: actor, lookalikes: lookalikes)
            }
            try service.core.records.update(node, household: nil, by: actor)
            if let destination { try service.core.records.move(node.id, to: destination, by: actor) }
            let undo = service.core.undo.remember(.personChanged(before: stored), by: actor)
            return redirect(to: "/personen/\(percentEncoded(node.id.rawValue))?opgeslagen=persoon&herstel=\(undo)")
        }
        page(
            Route(
                .get, "/huishoudens/{id}/bewerken", "Form to change a household's address",
                access: .only(.admin, .worker), page: true), service
        ) { request, context, view, _ in
            let caller = try context.caller()
            let actor = service.actor(caller, request, context)
            let (household, members) = try service.core.records.household(
                Household.ID(try context.parameter("id")), for: actor)
            try await service.recordRead(.read, of: members.map(\.id), by: caller, request, context)
            return try service.householdForm(household, view: view, actor: actor)
        }
        page(
            Route(
                .post, "/huishoudens/{id}/bewerken", "Change a household's address, wijk or place on the map",
                access: .only(.admin, .worker), page: true), service
        ) { request, context, view, form in
            let caller = try context.caller()
            let actor = service.actor(caller, request, context)
            let (stored, _) = try service.core.records.household(Household.ID(try context.parameter("id")), for: actor)
            var household = try PersonFormValues(form).newHousehold(id: stored.id, view: view)
            household.wijk = household.wijk ?? stored.wijk
            try service.core.records.update(household, by: actor)
            return redirect(to: "/huishoudens/\(percentEncoded(stored.id.rawValue))?opgeslagen=adres")
        }
    }
}

extension Service {
    /// The form for a new or an existing person, with the people it may duplicate when there are.
    func personForm(
        _ values: PersonFormValues, editing: Node?, view: PageView, actor: Actor, lookalikes: [Node] = []
    ) throws -> Response {
        let wijken = try core.network.wijken(for: actor)
        let title = editing.map { view.text("personform_edit") + ": " + $0.name } ?? view.text("personform_new")
        let roles = Set(values.roles)
        return try web.html(
            "personform",
            view.page(
                title,
                [
                    "headline": title,
                    "action": editing.map { "/personen/\(percentEncoded($0.id.rawValue))/bewerken" }
                        ?? "/personen/nieuw",
                    "editing": editing.map { ["id": $0.id.rawValue, "name": $0.name] } as Any,
                    "values": values.shown,
                    "kinds": Node.Kind.allCases.map {
                        [
                            "value": $0.rawValue, "label": view.text("kind_" + $0.rawValue),
                            "selected": $0.rawValue == values.kind,
                        ]
                    },
                    "roles": Node.Role.allCases.map {
                        [
                            "value": $0.rawValue, "label": view.text("noderole_" + $0.rawValue),
                            "checked": roles.contains($0.rawValue),
                        ]
                    },
                    "wijken": wijken.map { ["name": $0, "selected": $0 == values.wijk] },
                    "lookalikes": lookalikes.map { ["id": $0.id.rawValue, "name": $0.name] },
                    "warn": !lookalikes.isEmpty,
                ]))
    }

    /// The form for a household's address.
    func householdForm(_ household: Household, view: PageView, actor: Actor) throws -> Response {
        let wijken = try core.network.wijken(for: actor)
        let coordinate = { (value: Double?) in
            value.map { view.language == .dutch ? String($0).replacingOccurrences(of: ".", with: ",") : String($0) }
                ?? ""
        }
        return try web.html(
            "householdform",
            view.page(
                view.text("householdform_title") + ": " + household.address,
                [
                    "id": household.id.rawValue, "address": household.address, "street": household.street ?? "",
                    "number": household.houseNumber ?? "", "postcode": household.postcode ?? "",
                    "latitude": coordinate(household.latitude), "longitude": coordinate(household.longitude),
                    "wijken": wijken.map { ["name": $0, "selected": $0 == household.wijk] },
                ]))
    }
}
