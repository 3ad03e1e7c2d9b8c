import Foundation
import HTTPTypes
import WeefselStore

/// A JSON value, for building the OpenAPI document.
enum JSONValue: Encodable, ExpressibleByStringLiteral, ExpressibleByDictionaryLiteral, ExpressibleByArrayLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral
{
    case string(String), int(Int), bool(Bool), array([JSONValue]), object([String: JSONValue])

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { $1 }))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

/// The OpenAPI 3 document of the service, built from the routes as registered, so it lists
/// exactly what the router serves.
struct OpenAPIDocument: Encodable {
    static let route = Route(.get, "/openapi.json", "This OpenAPI 3 document", access: .anyone, response: nil)
    let value: JSONValue

    init(routes: [Route]) {
        var paths: [String: [String: JSONValue]] = [:]
        for route in routes where !route.isPage {
            paths[route.path, default: [:]][route.method.rawValue.lowercased()] = OpenAPIDocument.operation(route)
        }
        value = [
            "openapi": "3.0.3",
            "info": [
                "title": "Weefsel",
                "version": "1",
                "description":
                    "Neighbourhood network mapping and matching. Sign in with POST /api/login (cookie session; send the returned csrf_token as X-CSRF-Token on changes) or use a bearer token.",
            ],
            "paths": .object(paths.mapValues { .object($0) }),
            "components": [
                "securitySchemes": [
                    "session": ["type": "apiKey", "in": "cookie", "name": "weefsel_session"],
                    "bearer": ["type": "http", "scheme": "bearer"],
                ],
                "schemas": .object(OpenAPIDocument.schemas),
            ],
        ]
    }

    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }

    static func operation(_ route: Route) -> JSONValue {
        var parameters: [JSONValue] = route.parameters.map {
            ["name": .string($0), "in": "path", "required": true, "schema": ["type": "string", "minLength": 1]]
        }
        parameters += route.query.map { name in
            ["name": .string(name), "in": "query", "required": false, "schema": querySchema(name)]
        }
        var success: [String: JSONValue] = ["description": "success"]
        if route.response == "Image" {
            success["content"] = [
                "image/svg+xml": ["schema": ["type": "string"]],
                "image/png": ["schema": ["type": "string", "format": "binary"]],
            ]
        } else if let response = route.response {
            success["content"] = ["application/json": ["schema": ["$ref": .string("#/components/schemas/\(response)")]]]
        }
        var responses: [String: JSONValue] = [String(route.status): .object(success)]
        let error: JSONValue = [
            "description": "error", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]],
        ]
        for status in ["400", "404", "413", "429"] { responses[status] = error }
        var operation: [String: JSONValue] = [
            "summary": .string(route.summary),
            "operationId": .string(operationId(route)),
            "responses": .object(responses),
        ]
        if !parameters.isEmpty { operation["parameters"] = .array(parameters) }
        if route.body == "CSV" {
            operation["requestBody"] = [
                "required": true, "content": ["text/csv": ["schema": ["type": "string"]]],
            ]
        } else if let body = route.body {
            operation["requestBody"] = [
                "required": true,
                "content": ["application/json": ["schema": ["$ref": .string("#/components/schemas/\(body)")]]],
            ]
        }
        switch route.access {
        case .anyone: operation["security"] = []
        case .roles(let roles):
            responses["401"] = error
            responses["403"] = error
            operation["responses"] = .object(responses)
            operation["security"] = [["session": []], ["bearer": []]]
            operation["x-roles"] = .array(roles.sorted().map { .string($0.rawValue) })
        }
        return .object(operation)
    }

    /// The schema of a query parameter, by its name.
    static func querySchema(_ name: String) -> JSONValue {
        switch name {
        case "limit", "days": ["type": "integer", "minimum": 1]
        case "top": ["type": "integer", "minimum": 1, "maximum": 1000]
        case "set": ["type": "integer", "minimum": 1, "maximum": 50]
        case "depth": ["type": "integer", "minimum": 1, "maximum": 3]
        case "seed": ["type": "integer", "minimum": 0]
        case "at": ["type": "string", "format": "date"]
        case "format": ["type": "string", "enum": ["svg", "png"]]
        case "lang": ["type": "string", "enum": ["nl", "en"]]
        case "names": ["type": "boolean"]
        default: ["type": "string"]
        }
    }

    static func operationId(_ route: Route) -> String {
        let words = route.path.split(separator: "/").map { $0.filter { $0.isLetter || $0.isNumber } }
        return route.method.rawValue.lowercased() + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func object(_ properties: [String: JSONValue], required: [String] = []) -> JSONValue {
        var schema: [String: JSONValue] = ["type": "object", "properties": .object(properties)]
        if !required.isEmpty { schema["required"] = .array(required.map { .string($0) }) }
        return .object(schema)
    }

    static let string: JSONValue = ["type": "string"]
    static let nullableString: JSONValue = ["type": "string", "nullable": true]
    static let strings: JSONValue = ["type": "array", "items": ["type": "string"]]
    static let integer: JSONValue = ["type": "integer"]
    static func list(_ name: String) -> JSONValue {
        ["type": "array", "items": ["$ref": .string("#/components/schemas/\(name)")]]
    }
}
