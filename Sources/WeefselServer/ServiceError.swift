import Foundation
import HTTPTypes
import Hummingbird
import WeefselCore
import WeefselGraph
import WeefselMatching
import WeefselStore

/// Every failure the service answers with: a status and a JSON body
/// `{"error": {"message": ..., "field": ...}}`, never SQL text or a stack trace.
public struct ServiceError: HTTPResponseError, Sendable, Equatable, CustomStringConvertible {
    public var status: HTTPResponse.Status
    public var message: String
    /// The request field that is wrong, when one is.
    public var field: String?
    /// Every problem of a refused CSV import, by file, line and column.
    public var problems: [ImportProblem] = []
    /// The message in Dutch, when it comes from a typed problem of the core or the store.
    public var dutch: String?
    var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, _ message: String, field: String? = nil) {
        self.status = status
        self.message = message
        self.field = field
    }

    /// The message, with the field it is about.
    public var description: String { field.map { "\($0): \(message)" } ?? message }

    /// The message in Dutch when there are Dutch words for it (as the problem's kind gives them).
    public var dutchDescription: String? {
        guard let dutch else { return nil }
        return field.map { dutch.hasPrefix($0 + ":") ? dutch : "\($0): \(dutch)" } ?? dutch
    }

    /// Whether the request was at fault (4xx) rather than the service.
    public var isBadInput: Bool { status.code < 500 }

    static func badRequest(_ message: String, field: String? = nil) -> ServiceError {
        ServiceError(.badRequest, message, field: field)
    }
    static let notFound = ServiceError(.notFound, "not found")
    static let unauthorised = ServiceError(.unauthorized, "sign in first")
    static func forbidden(_ message: String = "your role may not do this") -> ServiceError {
        ServiceError(.forbidden, message)
    }
    static func tooManyRequests(retryAfter seconds: Int) -> ServiceError {
        var error = ServiceError(.tooManyRequests, "too many requests; try again in \(seconds) seconds")
        error.headers[.retryAfter] = String(seconds)
        return error
    }
    static let internalFailure = ServiceError(.internalServerError, "the service failed; the failure was logged")

    struct Body: Encodable {
        struct Detail: Encodable {
            let message: String
            let field: String?
            let problems: [Problem]?
        }
        struct Problem: Encodable {
            let file: String
            let line: Int
            let column: String
            let message: String
            /// The same in Dutch.
            let messageNL: String

            enum CodingKeys: String, CodingKey {
                case file, line, column, message
                case messageNL = "message_nl"
            }
        }
        let error: Detail
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let listed: [Body.Problem]? =
            problems.isEmpty
            ? nil
            : problems.map {
                .init(file: $0.file, line: $0.line, column: $0.column, message: $0.message, messageNL: $0.dutch)
            }
        let data = try encoder.encode(Body(error: .init(message: message, field: field, problems: listed)))
        var headers = headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The answer for any error: service errors as they are, store errors by kind, Hummingbird's
    /// own errors with their status, anything else a 500 without details.
    static func from(_ error: any Error) -> ServiceError {
        switch error {
        case let error as ServiceError: return error
        case let error as StoreError: return from(error)
        case let error as Problem: return from(error)
        case let error as MatchingError: return .badRequest(error.description, field: "match")
        case let error as HTTPError:
            let message = error.body ?? error.status.reasonPhrase.lowercased()
            var converted = ServiceError(error.status, message)
            converted.headers = error.headers
            return converted
        case let error as any HTTPResponseError:
            return ServiceError(error.status, error.status.reasonPhrase.lowercased())
        default: return internalFailure
        }
    }

    static func importRefused(_ failure: ImportFailure) -> ServiceError {
        let count = failure.problems.count + failure.omitted
        var error = ServiceError.badRequest("nothing was imported: \(count) problem\(count == 1 ? "" : "s") found")
        error.problems = failure.problems
        return error
    }

    /// A problem of the core: out of sight is not found, a role's limit is forbidden, the rest is
    /// the request's fault.
    static func from(_ problem: Problem) -> ServiceError {
        var error: ServiceError
        switch problem {
        case .notFound: return .notFound
        case .forbidden: error = .forbidden()
        case .signInRefused: error = ServiceError(.unauthorized, problem.english)
        case .tooManyAttempts(let seconds): error = .tooManyRequests(retryAfter: seconds)
        default: error = .badRequest(problem.english, field: problem.field)
        }
        error.dutch = problem.dutch
        return error
    }

    static func from(_ error: StoreError) -> ServiceError {
        var converted = convert(error)
        if converted.isBadInput, converted.dutch == nil { converted.dutch = error.dutch }
        return converted
    }

    private static func convert(_ error: StoreError) -> ServiceError {
        switch error {
        case .unknownHousehold: .badRequest("no such household (give its address to create it)", field: "household")
        case .unknownNode, .unknownTie: .notFound
        case .importRefused(let failure): importRefused(failure)
        case .duplicateNode, .duplicateTie: ServiceError(.conflict, error.description)
        case .invalid(let field, let reason): .badRequest(reason, field: field)
        case .database(let message) where message.contains("disk is full") || message.contains("SQLITE_FULL"):
            ServiceError(
                HTTPResponse.Status(code: 507, reasonPhrase: "Insufficient Storage"),
                "the disk is full: nothing was written, and reading still works")
        case .databaseLocked, .cannotOpen, .database: internalFailure
        }
    }
}
