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

    static var schemas: [String: JSONValue] {
        let person = object(
            [
                "id": string, "kind": string, "name": string, "household": nullableString, "address": nullableString,
                "roles": strings, "birth_year": ["type": "integer", "nullable": true], "languages": strings,
                "skills": strings, "interests": strings, "wijk": nullableString, "consent": strings,
            ], required: ["id", "kind"])
        let tie = object(
            [
                "source": string, "target": string, "kind": string, "strength": integer, "since": nullableString,
                "until": nullableString, "recorded_by": nullableString, "note": nullableString,
            ], required: ["source", "target", "kind", "strength"])
        let consent = object(
            [
                "person": string, "current": strings,
                "history": [
                    "type": "array",
                    "items": object([
                        "purpose": string, "given": ["type": "boolean"], "day": string, "recorded_by": string,
                    ]),
                ],
            ], required: ["person", "current", "history"])
        let user = object(["name": string, "role": string, "team": string, "wijken": strings])
        let personRef = object(["id": string, "name": string, "kind": string], required: ["id", "kind"])
        // A person the caller may see (id, name, kind), or someone outside their wijken (outside,
        // label, label_en: no id, no name).
        let contactRef = object([
            "id": string, "name": string, "kind": string, "outside": ["type": "boolean"], "label": string,
            "label_en": string,
        ])
        return [
            "Error": object(
                [
                    "error": object(
                        [
                            "message": string, "field": string,
                            "problems": [
                                "type": "array",
                                "items": object(
                                    [
                                        "file": string, "line": ["type": "integer"], "column": string,
                                        "message": string, "message_nl": string,
                                    ], required: ["file", "line", "column", "message", "message_nl"]),
                            ],
                        ], required: ["message"])
                ],
                required: ["error"]),
            "StatusResponse": object(["status": string], required: ["status"]),
            "LoginRequest": object(
                ["name": string, "password": string, "totp": string], required: ["name", "password"]),
            "SessionResponse": object(["user": user, "csrf_token": nullableString], required: ["user"]),
            "TokenRequest": object(["label": ["type": "string", "minLength": 1]], required: ["label"]),
            "TokenResponse": object(["token": string, "label": string], required: ["token", "label"]),
            "PersonRequest": object(
                [
                    "id": ["type": "string", "minLength": 1], "name": ["type": "string", "minLength": 1],
                    "kind": ["type": "string", "enum": ["resident", "volunteer", "association", "professional"]],
                    "household": string, "street": string, "house_number": string, "postcode": string,
                    "birth_year": ["type": "integer", "minimum": 1900, "maximum": 2100], "roles": strings,
                    "languages": strings, "skills": strings, "interests": strings, "wijk": string,
                ], required: ["id", "kind", "name"]),
            "Person": person,
            "PersonList": ["type": "array", "items": person],
            "Household": object(
                [
                    "id": string, "street": nullableString, "house_number": nullableString, "postcode": nullableString,
                    "wijk": nullableString,
                    "members": ["type": "array", "items": object(["id": string, "name": string])],
                ], required: ["id", "members"]),
            "Statistics": object([
                "wijken": strings, "nodes": ["type": "object", "additionalProperties": integer], "households": integer,
            ]),
            "TieRequest": object(
                [
                    "source": ["type": "string", "minLength": 1], "target": ["type": "string", "minLength": 1],
                    "kind": string, "strength": ["type": "integer", "minimum": 1, "maximum": 3], "since": string,
                    "until": string, "note": string,
                ], required: ["source", "target", "kind"]),
            "Tie": tie,
            "TieList": ["type": "array", "items": tie],
            "ConsentRequest": object(
                [
                    "purpose": ["type": "string", "enum": ["matching", "maps", "sharing"]],
                    "given": ["type": "boolean"],
                    "day": string,
                ], required: ["purpose", "given"]),
            "Consent": consent,
            "Export": object(
                [
                    "person": person, "ties": ["type": "array", "items": tie], "consent": consent,
                    "needs": [
                        "type": "array", "items": object(["id": string, "programme": string], required: ["id"]),
                    ],
                    "offers": [
                        "type": "array", "items": object(["id": string, "programme": string], required: ["id"]),
                    ],
                    "matches": [
                        "type": "array",
                        "items": object(["id": string, "need": string, "offer": string], required: ["id"]),
                    ],
                    "visits": [
                        "type": "array",
                        "items": object(
                            [
                                "household": string, "day": string, "outcome": string, "note": string,
                                "recorded_by": string, "contact": nullableString,
                            ], required: ["household", "day", "outcome"]),
                    ],
                    "accesses": [
                        "type": "array",
                        "items": object([
                            "time": string, "user": nullableString, "role": nullableString, "team": nullableString,
                            "action": string, "purpose": nullableString,
                        ]),
                    ],
                ], required: ["person", "ties", "consent", "needs", "offers", "matches", "visits", "accesses"]),
            "Erasure": object([
                "person": string, "ties": integer, "consent_records": integer, "household_removed": ["type": "boolean"],
            ]),
            "AuditList": [
                "type": "array",
                "items": object([
                    "seq": integer, "time": string, "user": nullableString, "role": nullableString,
                    "team": nullableString,
                    "action": string, "subjects": strings, "address": nullableString, "hash": string,
                ]),
            ],
            "Retention": object(["days": integer, "persons": strings]),
            "KeyFigures": object(
                [
                    "key_figures": ["type": "array", "items": object(["rank": integer, "person": personRef])],
                    "key_player_set": ["type": "object", "nullable": true],
                    "articulation_points": ["type": "array", "items": object(["person": personRef])],
                ], required: ["key_figures", "articulation_points"]),
            "Isolation": [
                "type": "array",
                "items": object(
                    [
                        "household": string, "members": ["type": "array", "items": personRef], "class": string,
                        "address": string, "wijk": nullableString, "reason": string,
                        "contacts": ["type": "array", "items": contactRef],
                        "professionals": ["type": "array", "items": contactRef],
                    ], required: ["household", "members", "class"]),
            ],
            "Communities": object(
                [
                    "modularity": ["type": "number"], "seed": integer,
                    "communities": [
                        "type": "array", "items": object(["label": string, "size": integer, "members": strings]),
                    ],
                ], required: ["communities"]),
            "EgoNetwork": object(
                [
                    "centre": personRef, "depth": integer, "rings": ["type": "array", "items": ["type": "object"]],
                    "outside_contacts": ["type": "array", "items": contactRef],
                ],
                required: ["centre", "rings"]),
            "Indicators": object([
                "overall": ["type": "object"], "wijken": ["type": "array", "items": ["type": "object"]],
            ]),
            "NeedList": ["type": "array", "items": object(["id": string, "programme": string], required: ["id"])],
            "OfferList": ["type": "array", "items": object(["id": string, "programme": string], required: ["id"])],
            "Proposal": object(
                [
                    "totalScore": ["type": "number"], "matches": ["type": "array", "items": ["type": "object"]],
                    "unmatched": ["type": "array", "items": ["type": "object"]],
                ], required: ["matches", "unmatched"]),
            "MatchRequest": object(
                ["need": ["type": "string", "minLength": 1], "offer": ["type": "string", "minLength": 1]],
                required: ["need", "offer"]),
            "MatchStep": object(["note": string, "reason": string, "by": string]),
            "Match": object(["id": string, "need": string, "offer": string, "programme": string], required: ["id"]),
            "ImportSummary": object([
                "nodes_added": integer, "nodes_updated": integer, "nodes_unchanged": integer,
                "households_added": integer, "households_updated": integer, "ties_added": integer,
                "ties_updated": integer, "ties_unchanged": integer,
            ]),
        ]
    }
}
