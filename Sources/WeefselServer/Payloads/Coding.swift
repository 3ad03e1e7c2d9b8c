import Foundation
import Hummingbird
import NIOCore
import WeefselCore

/// Reading request bodies and writing JSON answers, with errors a user can act on.
enum Coding {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// A JSON answer, sorted keys.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try encoder.encode(value)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A JSON answer of an analysis, where a figure that does not exist (Burt's constraint of a
    /// person without ties, a share of no households) is `null` rather than a failure.
    static func analysis(_ value: some Encodable) throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: try analysisJSON(value)))
    }

    /// A matching answer (needs, offers, proposals, matches) with the snake_case keys of the
    /// needs and offers files and of `weefsel match propose --json`: `total_score`, `requested_on`.
    static func matching(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: try AnalysisJSON.encode(value, snakeCase: true))))
    }

    /// The JSON of an analysis answer, with `null` for a figure that does not exist.
    static func analysisJSON(_ value: some Encodable) throws -> ByteBuffer {
        ByteBuffer(bytes: try AnalysisJSON.encode(value))
    }

    /// The body, up to `limit` bytes.
    static func body(of request: Request, limit: Int) async throws -> ByteBuffer {
        do {
            return try await request.body.collect(upTo: limit)
        } catch {
            throw ServiceError(.contentTooLarge, "the request body is larger than \(limit) bytes")
        }
    }

    /// Decodes a JSON body, turning every decoding problem into a 400 that names the field.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, limit: Int) async throws -> T {
        let buffer = try await body(of: request, limit: limit)
        let data = Data(buffer.readableBytesView)
        guard !data.isEmpty else { throw ServiceError.badRequest("the request needs a JSON body") }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw describe(error)
        } catch let error as ServiceError {
            throw error
        } catch {
            throw ServiceError.badRequest("the body is not valid JSON")
        }
    }

    static func describe(_ error: DecodingError) -> ServiceError {
        func field(_ path: [any CodingKey]) -> String? {
            let names = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return names.isEmpty ? nil : names.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .badRequest("is required", field: field(context.codingPath + [key]))
        case .typeMismatch(let type, let context):
            return .badRequest("must be \(describe(type))", field: field(context.codingPath))
        case .valueNotFound(let type, let context):
            return .badRequest("must be \(describe(type)), not null", field: field(context.codingPath))
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return .badRequest("the body is not valid JSON") }
            return .badRequest(context.debugDescription, field: field(context.codingPath))
        @unknown default:
            return .badRequest("the body could not be read")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Bool.Type: "true or false"
        case is [String].Type: "a list of strings"
        default: "of another type"
        }
    }
}

extension Request {
    /// A query parameter, or nil when absent or empty.
    /// The value of query parameter `name`, decoded as a browser's form encodes it (`+` is a
    /// space, `%2B` a plus); nil when absent or empty.
    func query(_ name: String) -> String? {
        guard let raw = uri.query else { return nil }
        for pair in raw.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (part: Substring) in
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            guard decode(parts[0]) == name else { continue }
            let value = parts.count > 1 ? decode(parts[1]) : ""
            return value.isEmpty ? nil : value
        }
        return nil
    }
}

extension WeefselRequestContext {
    /// A path parameter; the router guarantees it exists.
    func parameter(_ name: String) throws -> String {
        guard let value = parameters.get(name) else { throw ServiceError.badRequest("missing \(name)", field: name) }
        return value
    }
}
