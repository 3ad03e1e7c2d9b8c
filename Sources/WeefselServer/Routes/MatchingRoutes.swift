import Foundation
import Hummingbird
import WeefselCore
import WeefselGraph
import WeefselMatching
import WeefselStore

extension RouteTable {
    /// Matching for volunteer-centre coordinators (and admins): needs and offers of their wijken,
    /// proposals, and the steps of a match. Only people who consented to matching take part.
    func addMatchingRoutes(_ service: Service) {
        on(
            Route(
                .get, "/api/needs", "Needs (hulpvragen) of your wijken", access: .only(.admin, .coordinator),
                response: "NeedList")
        ) { request, context in
            let caller = try context.caller()
            let needs = try service.core.desk.needs(for: service.actor(caller, request, context))
            try await service.recordRead(.search, of: needs.compactMap(\.person), by: caller, request, context)
            return try Coding.matching(needs)
        }
        on(
            Route(
                .get, "/api/offers", "Offers (aanbod) of your wijken", access: .only(.admin, .coordinator),
                response: "OfferList")
        ) { request, context in
            let caller = try context.caller()
            let offers = try service.core.desk.offers(for: service.actor(caller, request, context))
            try await service.recordRead(.search, of: offers.compactMap(\.person), by: caller, request, context)
            return try Coding.matching(offers)
        }
        on(
            Route(
                .get, "/api/matching/proposals", "The best pairs of needs and offers of your wijken, with reasons",
                access: .only(.admin, .coordinator), response: "Proposal", query: ["programme"])
        ) { request, context in
            let caller = try context.caller()
            let proposal = try service.core.desk.propose(
                programme: request.query("programme"), on: Day.dutchToday, by: service.actor(caller, request, context))
            try await service.recordRead(
                .read, of: try service.core.desk.persons(in: proposal), by: caller, request, context)
            return try Coding.matching(proposal)
        }
        on(
            Route(
                .post, "/api/matches", "Take up a proposed pair: records a new match",
                access: .only(.admin, .coordinator), body: "MatchRequest", status: 201, response: "Match")
        ) { request, context in
            let caller = try context.caller()
            let body = try await Coding.decode(
                MatchRequest.self, from: request, limit: service.configuration.maxBodySize)
            let match = try service.core.desk.accept(
                Need.ID(body.need), Offer.ID(body.offer), on: Day.dutchToday,
                by: service.actor(caller, request, context))
            return try Coding.matching(match, status: .created)
        }
        on(
            Route(
                .post, "/api/matches/{id}/{step}", "Record a step of a match: introduce, trial, start, end or decline",
                access: .only(.admin, .coordinator), body: "MatchStep", response: "Match")
        ) { request, context in
            let caller = try context.caller()
            let id = Match.ID(try context.parameter("id"))
            let body = try await Coding.decode(MatchStep.self, from: request, limit: service.configuration.maxBodySize)
            let step = try body.step(named: try context.parameter("step"), on: Day.dutchToday)
            let advanced = try service.core.desk.advance(id, by: service.actor(caller, request, context), step)
            return try Coding.matching(advanced)
        }
    }
}

/// A pair a coordinator takes up.
struct MatchRequest: Decodable {
    let need: String
    let offer: String
}

/// The details of a step: a note, why a match ended, who declined.
struct MatchStep: Decodable {
    let note: String?
    let reason: String?
    let by: String?

    func step(named name: String, on day: Day) throws(ServiceError)
        -> @Sendable (inout Match) throws(MatchingError)
        -> Void
    {
        let note = note
        switch name {
        case "introduce": return { m throws(MatchingError) in try m.introduce(on: day, note: note) }
        case "trial": return { m throws(MatchingError) in try m.startTrial(on: day, note: note) }
        case "start": return { m throws(MatchingError) in try m.start(on: day, note: note) }
        case "end":
            guard let why = reason.flatMap(Match.EndReason.init(parsing:)) else {
                throw .badRequest(
                    "must be completed, mismatch, moved, health, stoppedByNeed, stoppedByOffer or other",
                    field: "reason")
            }
            return { m throws(MatchingError) in try m.end(on: day, reason: why, note: note) }
        case "decline":
            guard let side = by.flatMap(Match.Side.init(parsing:)) else {
                throw .badRequest("must be need, offer or coordinator", field: "by")
            }
            return { m throws(MatchingError) in try m.decline(by: side, on: day, note: note) }
        default: throw .badRequest("must be introduce, trial, start, end or decline", field: "step")
        }
    }
}
