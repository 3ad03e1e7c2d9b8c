import WeefselCore

extension OpenAPIDocument {
    /// The schemas of every request and response body, by name.
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
        let tokenFields: [String: JSONValue] = [
            "id": integer, "user": string, "label": string, "created_at": string, "expires_at": string,
            "state": ["type": "string", "enum": ["active", "revoked", "expired"]],
            "ends_with_session": ["type": "boolean"],
        ]
        let tokenRequired = ["id", "user", "label", "created_at", "expires_at", "state", "ends_with_session"]
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
            "TokenRequest": object(
                [
                    "label": ["type": "string", "minLength": 1],
                    "days": ["type": "integer", "minimum": 1, "maximum": .int(TokenTerms.maximumDays)],
                    "end_with_session": ["type": "boolean"],
                ], required: ["label"]),
            "TokenResponse": object(
                tokenFields.merging(["token": string]) { $1 }, required: ["token"] + tokenRequired),
            "TokenInfo": object(tokenFields, required: tokenRequired),
            "IntroductionList": [
                "type": "array",
                "items": object(
                    [
                        "person": string, "name": string, "kind": string, "score": ["type": "number"],
                        "reasons": [
                            "type": "array",
                            "items": object(
                                ["points": ["type": "number"], "nl": string, "en": string],
                                required: ["points", "nl", "en"]),
                        ],
                    ], required: ["person", "name", "kind", "score", "reasons"]),
            ],
            "TokenList": ["type": "array", "items": object(tokenFields, required: tokenRequired)],
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
                    "total_score": ["type": "number"], "matches": ["type": "array", "items": ["type": "object"]],
                    "unmatched": ["type": "array", "items": ["type": "object"]],
                ], required: ["matches", "unmatched"]),
            "NeedRequest": object(
                intakeFields.merging(["requested": string, "children": lists]) { first, _ in first },
                required: ["programme"]),
            "OfferRequest": object(
                intakeFields.merging([
                    "offered": string, "capacity": integer, "screened": string, "max_distance": integer,
                ]) { first, _ in first }, required: ["programme"]),
            "Need": object(["id": string, "programme": string, "status": string], required: ["id"]),
            "Offer": object(["id": string, "programme": string, "status": string], required: ["id"]),
            "MatchRequest": object(
                ["need": ["type": "string", "minLength": 1], "offer": ["type": "string", "minLength": 1]],
                required: ["need", "offer"]),
            "MatchStep": object(["note": string, "reason": string, "by": string]),
            "Match": object(["id": string, "need": string, "offer": string, "programme": string], required: ["id"]),
            "ImportSummary": object([
                "nodes_added": integer, "nodes_updated": integer, "nodes_unchanged": integer,
                "households_added": integer, "households_updated": integer, "ties_added": integer,
                "ties_updated": integer, "ties_unchanged": integer, "own_columns_kept": strings,
                "columns_left_out": strings,
            ]),
        ]
    }

    /// The fields needs.csv and offers.csv share, as JSON: lists as arrays of text (or text joined
    /// by `|`), days as `2026-03-31`.
    private static var intakeFields: [String: JSONValue] {
        [
            "id": string, "person": string, "household": string, "programme": string, "life_areas": lists,
            "languages": lists, "availability": lists, "gender": string, "prefers_gender": string,
            "prefers_ages": lists, "status": string, "notes": string,
        ]
    }

    /// A list of text, or the same joined by `|`.
    private static var lists: JSONValue { ["oneOf": [strings, string]] }
}
