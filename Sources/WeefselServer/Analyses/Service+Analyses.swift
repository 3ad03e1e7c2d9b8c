import Foundation
import Hummingbird
import NIOCore
import WeefselCore
import WeefselGraph
import WeefselStore

extension Service {
    /// The network `user` may analyse as it was on `day` (the core decides which part).
    func analysisGraph(for user: User, on day: Day) throws -> AnalysisGraph {
        do {
            return try core.network.analysisGraph(for: .user(user, address: nil), on: day)
        } catch let error as GraphError {
            throw ServiceError.from(error)
        }
    }

    /// The part of the neighbourhood `user` may analyse on `day`, with the ties across its border.
    func scopedNeighbourhood(for user: User, on day: Day) throws -> ScopedNeighbourhood {
        try core.network.scopedNeighbourhood(for: .user(user, address: nil), on: day)
    }
}

extension Request {
    /// The day of query parameter `name` (`2026-03-01`), or today in the Netherlands when absent.
    func day(_ name: String) throws(ServiceError) -> Day {
        guard let text = query(name) else { return Day.dutchToday }
        guard let day = Day(parsing: text) else { throw .badRequest("must be a day such as 2026-03-01", field: name) }
        return day
    }

    /// The whole number of query parameter `name` in `range`, or `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int?) throws(ServiceError) -> Int? {
        guard let text = query(name) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw .badRequest("must be a whole number from \(range.lowerBound) to \(range.upperBound)", field: name)
        }
        return value
    }

    /// The seed of a group search (query parameter `seed`), 1 when absent.
    func seed() throws(ServiceError) -> UInt64 {
        guard let text = query("seed") else { return 1 }
        guard let seed = UInt64(text) else { throw .badRequest("must be a whole number of at least 0", field: "seed") }
        return seed
    }

    /// Whether query parameter `name` is `true` (absent is false).
    func flag(_ name: String) throws(ServiceError) -> Bool {
        switch query(name) {
        case nil, "false": return false
        case "true": return true
        default: throw .badRequest("must be true or false", field: name)
        }
    }
}

/// Runs an analysis, answering its refusals as 400 or 404.
func analyse<T>(_ body: () throws(GraphError) -> T) throws(ServiceError) -> T {
    do {
        return try body()
    } catch {
        throw ServiceError.from(error)
    }
}

extension AnalysisAnswer {
    /// The answer as the API gives it.
    var response: Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: json)))
    }
}

extension ServiceError {
    /// An analysis refused for its arguments (a 400 naming what is wrong); anything else is the service's fault.
    static func from(_ error: GraphError) -> ServiceError {
        switch error {
        case .unknownNode: .notFound
        case .invalidArgument(let message): .badRequest(message)
        case .unknownHousehold, .selfTie: internalFailure
        }
    }
}
