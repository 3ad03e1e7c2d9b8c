import Foundation
import Hummingbird
import NIOCore
import WeefselCore
import WeefselGraph

extension EgoReport {
    /// The answer of `GET /api/persons/{id}/network`, with one anonymous entry for each person
    /// outside the caller's wijken the centre has a tie with (see ``EgoNetworkResponse``).
    func response(outsideContacts: Int = 0) throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: try json(outsideContacts: outsideContacts)))
    }

    /// The netwerkkaart as JSON, written directly rather than through `JSONEncoder`: the same bytes
    /// as ``Coding/analysis(_:)`` gives for ``EgoNetworkResponse`` (keys sorted, slashes not
    /// escaped, no household key when there is none), at a fraction of the cost on the route that
    /// is read most.
    ///
    /// - Complexity: O(size of the answer).
    func json(outsideContacts: Int = 0) throws -> ByteBuffer {
        var out = JSONText()
        out.raw("{\"centre\":")
        try out.person(centre)
        out.raw(",\"conflicts\":[")
        for (index, person) in conflicts.enumerated() {
            if index > 0 { out.raw(",") }
            try out.person(person)
        }
        out.raw("],\"depth\":")
        out.number(depth)
        out.raw(",\"further\":[")
        for (index, reached) in further.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("{\"distance\":")
            out.number(reached.distance)
            out.raw(",\"person\":")
            try out.person(reached.person)
            out.raw(",\"via\":")
            try out.person(reached.via)
            out.raw("}")
        }
        out.raw("],\"helpers\":[")
        for (index, helper) in helpers.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("{\"distance\":")
            out.number(helper.distance)
            out.raw(",\"person\":")
            try out.person(helper.person)
            out.raw(",\"skills\":[")
            for (index, skill) in helper.skills.enumerated() {
                if index > 0 { out.raw(",") }
                try out.string(skill)
            }
            out.raw("],\"via\":")
            try out.person(helper.via)
            out.raw("}")
        }
        out.raw("]")
        if let household {
            out.raw(",\"household\":")
            try out.string(household.rawValue)
        }
        out.raw(",\"outside_contacts\":[")
        for index in 0..<outsideContacts {
            if index > 0 { out.raw(",") }
            out.raw("{\"label\":")
            try out.string(ContactRef.outsideLabel)
            out.raw(",\"label_en\":")
            try out.string(ContactRef.outsideLabelEnglish)
            out.raw(",\"outside\":true}")
        }
        out.raw("]")
        out.raw(",\"rings\":[")
        for (index, ring) in rings.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("{\"contacts\":[")
            for (index, contact) in ring.contacts.enumerated() {
                if index > 0 { out.raw(",") }
                out.raw("{\"kinds\":[")
                for (index, kind) in contact.kinds.enumerated() {
                    if index > 0 { out.raw(",") }
                    try out.string(kind.rawValue)
                }
                out.raw("],\"person\":")
                try out.person(contact.person)
                out.raw(",\"strength\":")
                out.number(contact.strength)
                out.raw("}")
            }
            out.raw("],\"ring\":")
            try out.string(ring.ring.rawValue)
            out.raw("}")
        }
        out.raw("]}")
        return ByteBuffer(bytes: out.bytes)
    }
}

/// JSON text built byte by byte, with strings escaped exactly as ``Coding/encoder`` escapes them.
private struct JSONText {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(16 * 1024) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A string; one that needs escaping is escaped by the encoder itself, so the bytes match.
    mutating func string(_ value: String) throws {
        var plain = true
        for byte in value.utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            plain = false
            break
        }
        if plain {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: value.utf8)
            bytes.append(UInt8(ascii: "\""))
        } else {
            bytes.append(contentsOf: try Coding.encoder.encode(value))
        }
    }

    mutating func person(_ person: PersonRef) throws {
        raw("{\"id\":")
        try string(person.id.rawValue)
        raw(",\"kind\":")
        try string(person.kind.rawValue)
        raw(",\"name\":")
        try string(person.name)
        raw("}")
    }
}
