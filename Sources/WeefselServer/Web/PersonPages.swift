import Foundation
import Hummingbird
import Logging
import WeefselCore
import WeefselGraph
import WeefselMaps
import WeefselMatching
import WeefselStore

extension RouteTable {
    /// A person's and a household's pages: the netwerkkaart, ties, talents, needs and offers,
    /// consent, visits, and for admins the access export and erasure.
    func addPersonPages(_ service: Service) {
        page(
            Route(
                .get, "/personen/{id}", "A person: netwerkkaart, ties, talents, needs, offers and consent",
                access: .only(.admin, .worker), page: true), service
        ) { request, context, view, _ in
            let caller = try context.caller()
            let (node, household) = try service.visibleNode(Node.ID(try context.parameter("id")), for: caller.user)
            let day = Day.dutchToday
            let (map, shown) = try await service.egoMapView(of: node.id, for: caller.user, view: view)
            let ties = try service.tieRows(of: node.id, for: caller.user, view: view, on: day)
            let actor = service.actor(caller, request, context)
            let (needs, offers) = try service.core.records.needsAndOffers(of: node.id, for: actor)
            let programmes = Dictionary(
                try service.core.desk.programmes().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let history = try service.core.privacy.consent(of: node.id, for: actor).1.reversed()
            let ownFields = try service.core.records.ownFields(of: node.id, for: actor)
            let others = ties.compactMap { ($0["other"] as? String).map { Node.ID($0) } }
            try await service.recordRead(
                .read, of: Array(Set([node.id] + shown + others)).sorted(), by: caller, request, context)
            let consent: [[String: Any]] = Consent.Purpose.allCases.map { purpose in
                [
                    "purpose": purpose.rawValue, "label": view.text("consent_" + purpose.rawValue),
                    "given": node.consent.contains(purpose),
                ]
            }
            return try service.web.html(
                "person",
                view.page(
                    node.name,
                    [
                        "person": [
                            "id": node.id.rawValue, "name": node.name, "kind": view.text("kind_" + node.kind.rawValue),
                            "roles": listed(node.roles.map { view.text("noderole_" + $0.rawValue) }.sorted()),
                            "birthYear": node.birthYear.map(String.init) ?? "–",
                            "languages": listed(node.languages),
                            "skills": node.skills, "interests": listed(node.interests),
                            "wijk": node.wijk ?? household?.wijk ?? "–",
                        ] as [String: Any],
                        "household": household.map { ["id": $0.id.rawValue, "address": $0.address] } as Any,
                        "map": map, "ties": ties, "tieKinds": tieKinds(view),
                        "picker": personPicker(
                            "other", label: view.text("person_with"), excluding: node.id, view: view),
                        "today": day.description,
                        "needs": needs.map { need in
                            [
                                "id": need.id.rawValue,
                                "programme": programmes[need.programme] ?? need.programme.rawValue,
                                "since": need.requestedOn.description,
                                "status": view.text("status_" + need.status.rawValue),
                            ]
                        },
                        "offers": offers.map { offer in
                            [
                                "id": offer.id.rawValue,
                                "programme": programmes[offer.programme] ?? offer.programme.rawValue,
                                "since": offer.offeredOn.description,
                                "status": view.text("status_" + offer.status.rawValue),
                            ]
                        },
                        "consent": consent,
                        "ownFields": ownFields.map { ["name": $0.name, "value": $0.value] },
                        "hasOwnFields": !ownFields.isEmpty,
                        "history": history.map { record in
                            [
                                "day": record.day.description, "label": view.text("consent_" + record.purpose.rawValue),
                                "given": record.given, "by": record.recordedBy,
                            ] as [String: Any]
                        },
                        "has_history": !history.isEmpty, "admin": caller.user.role == .admin,
                        "saved": request.query("opgeslagen") != nil,
                        "undone": request.query("opgeslagen") == "ongedaan",
                        "undo": request.query("herstel").flatMap { $0.isEmpty ? nil : $0 } as Any,
                    ]))
        }
        page(
            Route(.post, "/personen/{id}/banden", "Add a tie to a person", access: .only(.admin, .worker), page: true),
            service
        ) { request, context, view, form in
            let caller = try context.caller()
            let (node, _) = try service.visibleNode(Node.ID(try context.parameter("id")), for: caller.user)
            let actor = service.actor(caller, request, context)
            let other = try service.chosenPerson(try form.required("other"), field: "other", for: actor, view: view)
            guard let kind = Tie.Kind(parsing: try form.required("kind")) else {
                throw ServiceError.badRequest(view.text("form_kind"), field: "kind")
            }
            let since = try day(form, view)
            let tie = Tie(
                source: node.id, target: other.id, kind: kind, strength: try strength(form, view), since: since,
                recordedBy: caller.user.id.rawValue, note: form["note"])
            try service.core.records.add(tie, by: actor)
            let undo = service.core.undo.remember(.tieAdded(tie), by: actor)
            return redirect(to: "/personen/\(percentEncoded(node.id.rawValue))?opgeslagen=band&herstel=\(undo)")
        }
        page(
            Route(
                .post, "/personen/{id}/banden/wijzig", "Change or end a tie of a person",
                access: .only(.admin, .worker), page: true), service
        ) { request, context, view, form in
            let caller = try context.caller()
            let (node, _) = try service.visibleNode(Node.ID(try context.parameter("id")), for: caller.user)
            let (otherNode, _) = try service.visibleNode(Node.ID(try form.required("other")), for: caller.user)
            let other = otherNode.id
            guard let kind = Tie.Kind(parsing: try form.required("kind")) else {
                throw ServiceError.badRequest(view.text("form_kind"), field: "kind")
            }
            guard
                var tie = try service.core.records.ties(
                    of: node.id, kind: kind, for: service.actor(caller, request, context)
                ).map(\.tie).first(where: { $0.key.low == other || $0.key.high == other })
            else { throw ServiceError.notFound }
            let before = tie
            let actor = service.actor(caller, request, context)
            tie.recordedBy = caller.user.id.rawValue
            if form["end"] != nil {
                try service.core.records.end(tie, on: try day(form, view), by: actor)
            } else {
                tie.strength = try strength(form, view)
                try service.core.records.update(tie, by: actor)
            }
            let undo = service.core.undo.remember(.tieChanged(before: before), by: actor)
            return redirect(to: "/personen/\(percentEncoded(node.id.rawValue))?opgeslagen=band&herstel=\(undo)")
        }
        page(
            Route(
                .post, "/personen/{id}/toestemming", "Record that a person gave or withdrew consent for a purpose",
                access: .only(.admin, .worker), page: true), service
        ) { request, context, view, form in
            let caller = try context.caller()
            let id = Node.ID(try context.parameter("id"))
            guard let purpose = Consent.Purpose(rawValue: try form.required("purpose")) else {
                throw ServiceError.badRequest(view.text("form_purpose"), field: "purpose")
            }
            let given = try form.required("given") == "true"
            let actor = service.actor(caller, request, context)
            let day = try day(form, view)
            let (node, _) = try service.core.privacy.recordConsent(
                purpose, given: given, on: day, today: .dutchToday, for: id, by: actor)
            let undo = service.core.undo.remember(.consent(purpose, person: node.id, given: given, day: day), by: actor)
            return redirect(to: "/personen/\(percentEncoded(node.id.rawValue))?opgeslagen=toestemming&herstel=\(undo)")
        }
        page(
            Route(
                .get, "/personen/{id}/wissen", "Confirm the erasure of a person", access: .only(.admin), page: true),
            service
        ) { request, context, view, _ in
            let caller = try context.caller()
            let (node, _) = try service.visibleNode(Node.ID(try context.parameter("id")), for: caller.user)
            let ties = try service.core.records.ties(of: node.id, for: service.actor(caller, request, context)).count
            try await service.recordRead(.read, of: [node.id], by: caller, request, context)
            return try service.web.html(
                "erase",
                view.page(view.text("erase_title"), ["id": node.id.rawValue, "name": node.name, "ties": ties]))
        }
        page(
            Route(
                .post, "/personen/{id}/wissen", "Erase a person after confirmation", access: .only(.admin), page: true),
            service
        ) { request, context, view, form in
            let caller = try context.caller()
            let (node, _) = try service.visibleNode(Node.ID(try context.parameter("id")), for: caller.user)
            guard form["confirm"] == node.id.rawValue else {
                throw ServiceError.badRequest(view.text("erase_mismatch"), field: "confirm")
            }
            let report = try service.core.privacy.erase(node.id, by: service.actor(caller, request, context))
            service.logger.info("person erased", metadata: ["checkpointed": "\(report.checkpointed)"])
            return try service.web.html(
                "erased",
                view.page(view.text("erased_title"), ["id": node.id.rawValue, "ties": report.ties]))
        }
        page(
            Route(
                .get, "/huishoudens/{id}", "A household: members, netwerkkaart, place on the worklist, visits",
                access: .only(.admin, .worker), page: true), service
        ) { request, context, view, _ in
            let caller = try context.caller()
            let id = Household.ID(try context.parameter("id"))
            let (household, members) = try service.core.records.household(
                id, for: service.actor(caller, request, context))
            guard let first = members.first else { throw ServiceError.notFound }
            let day = Day.dutchToday
            let (map, shown) = try await service.egoMapView(of: first.id, for: caller.user, view: view)
            let entry = try await service.cached([WorklistEntry].self, .worklist, for: caller, on: day)
                .first { $0.household == id }
            let actor = service.actor(caller, request, context)
            let visits = try service.core.outreach.visits(to: [id], for: actor)[id] ?? []
            let introductions = try service.core.network.introductions(for: id, on: day, by: actor)
            // The contact field offers the people to introduce the household to first, then
            // neighbours of its street; anyone else in sight is found by typing.
            let street =
                try household.street.map {
                    try service.core.records.search($0, limit: 12, for: actor).hits.filter { $0.node.household != id }
                } ?? []
            var offered = introductions.map {
                (id: $0.person.rawValue, label: $0.name + " · " + view.text("visit_suggested"))
            }
            for hit in street where !offered.contains(where: { $0.id == hit.node.id.rawValue }) {
                offered.append((hit.node.id.rawValue, hit.node.name + " · " + (hit.household?.address ?? "")))
            }
            try await service.recordRead(
                .read,
                of: Array(Set(members.map(\.id) + shown + introductions.map(\.person) + street.map(\.node.id)))
                    .sorted(),
                by: caller, request, context)
            return try service.web.html(
                "household",
                view.page(
                    household.address,
                    [
                        "id": id.rawValue, "address": household.address, "wijk": household.wijk ?? "–",
                        "members": members.map {
                            ["id": $0.id.rawValue, "name": $0.name, "year": $0.birthYear.map(String.init) ?? ""]
                        },
                        "class": entry?.class.rawValue ?? "connected",
                        "classLabel": view.text("class_" + (entry?.class.rawValue ?? "connected")),
                        "reason": entry.map { view.pick($0.reason, $0.reasonEnglish) } as Any,
                        "onList": entry != nil, "map": map,
                        "visits": visits.map { visit in
                            [
                                "day": view.format(visit.day),
                                "outcome": view.pick(visit.outcome.dutch, visit.outcome.english),
                                "note": visit.note, "by": visit.recordedBy, "contact": visit.contact?.rawValue as Any,
                            ] as [String: Any]
                        },
                        "outcomes": Visit.Outcome.allCases.map { outcome in
                            [
                                "value": outcome.rawValue, "label": view.pick(outcome.dutch, outcome.english),
                                "first": outcome == .doorOpen,
                            ]
                        },
                        "picker": personPicker(
                            "contact", label: view.text("visit_contactLabel"), offered: offered, required: false,
                            view: view),
                        "tieKinds": tieKinds(view).filter {
                            ["neighbour", "acquaintance", "friend"].contains($0["value"] as? String)
                        },
                        "saved": request.query("opgeslagen") != nil, "today": Day.dutchToday.description,
                        "introductions": introductions.map { found in
                            [
                                "id": found.person.rawValue, "name": found.name,
                                "reasons": found.reasons.map { view.pick($0.dutch, $0.english) }.joined(
                                    separator: ", "),
                            ]
                        },
                    ]))
        }
    }
}

/// A list as one line, or a dash when it is empty.
private func listed(_ items: [String]) -> String { items.isEmpty ? "–" : items.joined(separator: ", ") }

/// The day of a form (`day`, as a date field sends it or as a Dutch worker types it); today when
/// absent. The core refuses a day in the future.
func day(_ form: Form, _ view: PageView) throws(ServiceError) -> Day {
    guard let text = form["day"] else { return .dutchToday }
    guard let day = Day(parsing: text) else { throw .badRequest(view.text("form_day"), field: "day") }
    return day
}

/// The tie strength of a form (`strength` 1, 2 or 3; 2 when absent).
func strength(_ form: Form, _ view: PageView) throws(ServiceError) -> Tie.Strength {
    guard let strength = Tie.Strength(rawValue: Int(form["strength"] ?? "2") ?? 0) else {
        throw .badRequest(view.text("form_strength"), field: "strength")
    }
    return strength
}

/// The kinds of tie a worker records by hand, labelled in the page's language.
func tieKinds(_ view: PageView) -> [[String: Any]] {
    [Tie.Kind.family, .neighbour, .friend, .acquaintance, .member, .volunteer, .professional, .conflict].map { kind in
        ["value": kind.rawValue, "label": view.text("tie_" + kind.rawValue)]
    }
}
