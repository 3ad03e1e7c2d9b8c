import Foundation
import Hummingbird
import WeefselCore
import WeefselGraph
import WeefselMatching
import WeefselStore

extension RouteTable {
    /// Intake: registering and changing needs (hulpvragen) and offers (aanbod) one at a time, with
    /// the columns of needs.csv and offers.csv as JSON fields and the same checks as an import.
    func addIntakeRoutes(_ service: Service) {
        for side in IntakeSide.allCases {
            on(
                Route(
                    .post, "/api/\(side.rawValue)",
                    "Register a \(side.singular) for a person or household of your wijken (fields as \(side.rawValue).csv;"
                        + " the id is made when absent)", access: .only(.admin, .coordinator),
                    body: side.requestSchema, status: 201, response: side.responseSchema)
            ) { request, context in
                let caller = try context.caller()
                let values = try await IntakeSide.values(of: request, limit: service.configuration.maxBodySize)
                return try service.register(side, values, id: nil, by: service.actor(caller, request, context))
            }
            on(
                Route(
                    .put, "/api/\(side.rawValue)/{id}",
                    "Change a \(side.singular): every field as when it was registered",
                    access: .only(.admin, .coordinator),
                    body: side.requestSchema, response: side.responseSchema)
            ) { request, context in
                let caller = try context.caller()
                let values = try await IntakeSide.values(of: request, limit: service.configuration.maxBodySize)
                return try service.register(
                    side, values, id: try context.parameter("id"), by: service.actor(caller, request, context))
            }
        }
    }
}

/// A side of matching as the intake routes name it.
enum IntakeSide: String, CaseIterable {
    case needs, offers

    var singular: String { self == .needs ? "need" : "offer" }
    var requestSchema: String { self == .needs ? "NeedRequest" : "OfferRequest" }
    var responseSchema: String { self == .needs ? "Need" : "Offer" }

    /// The fields of a JSON object as the text of CSV cells: numbers as written, lists joined by `|`.
    static func values(of request: Request, limit: Int) async throws -> [String: String] {
        let body = try await Coding.body(of: request, limit: limit)
        guard let object = try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
        else {
            throw ServiceError.badRequest("the body must be a JSON object with the fields of the record")
        }
        var values: [String: String] = [:]
        for (key, value) in object {
            let text: String?
            switch value {
            case let string as String: text = string
            case let number as NSNumber: text = number.stringValue
            case let list as [Any]: text = list.map { "\($0)" }.joined(separator: "|")
            default: text = nil
            }
            if let text, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                values[key] = text.trimmingCharacters(in: .whitespaces)
            }
        }
        return values
    }
}

extension Service {
    /// Registers (`id` nil) or changes a need or offer from its fields, through the core.
    func register(_ side: IntakeSide, _ values: [String: String], id: String?, by actor: Actor) throws -> Response {
        var values = values
        let today = Day.dutchToday
        if let id {
            values["id"] = id
        } else if values["id"] == nil, let owner = values["person"] ?? values["household"] {
            values["id"] = try core.desk.newID(offer: side == .offers, for: owner, by: actor)
        }
        do {
            switch side {
            case .needs:
                let need = try MatchingCSV.need(from: values, source: "request", today: today)
                let saved = try core.desk.register(need, replacing: id != nil, by: actor)
                return try Coding.matching(saved, status: id == nil ? .created : .ok)
            case .offers:
                let offer = try MatchingCSV.offer(from: values, source: "request", today: today)
                let saved = try core.desk.register(offer, replacing: id != nil, by: actor)
                return try Coding.matching(saved, status: id == nil ? .created : .ok)
            }
        } catch let failure as ImportFailure {
            var error = ServiceError.importRefused(failure)
            error.message = "the \(side.singular) was not saved: \(failure.problems.count) problem(s)"
            error.dutch = "niet opgeslagen: \(failure.problems.count) probleem/problemen"
            throw error
        }
    }
}
