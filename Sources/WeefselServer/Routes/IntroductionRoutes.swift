import Hummingbird
import WeefselCore
import WeefselGraph

extension RouteTable {
    /// Whom a household could best be introduced to.
    func addIntroductionRoutes(_ service: Service) {
        on(
            Route(
                .get, "/api/households/{id}/introductions",
                "The best people to introduce a household of your wijken to, with their reasons in Dutch and English",
                access: .only(.admin, .worker), response: "IntroductionList", query: ["top", "at"])
        ) { request, context in
            let caller = try context.caller()
            let top = try request.integer("top", in: 1...50, default: 3) ?? 3
            let found = try service.core.network.introductions(
                for: Household.ID(try context.parameter("id")), top: top, on: try request.day("at"),
                by: service.actor(caller, request, context))
            try await service.recordRead(.read, of: found.map(\.person), by: caller, request, context)
            return try Coding.json(found.map(IntroductionResponse.init))
        }
    }
}

/// One suggested introduction as the API gives it.
struct IntroductionResponse: Encodable {
    struct Reason: Encodable {
        let points: Double
        let nl: String
        let en: String
    }

    let person: String
    let name: String
    let kind: String
    let score: Double
    let reasons: [Reason]

    init(_ introduction: Introduction) {
        person = introduction.person.rawValue
        name = introduction.name
        kind = introduction.kind.rawValue
        score = (introduction.score * 100).rounded() / 100
        reasons = introduction.reasons.map {
            Reason(points: ($0.points * 100).rounded() / 100, nl: $0.dutch, en: $0.english)
        }
    }
}
