import Foundation
import WeefselGraph

/// What the ids and texts of records may hold, the same on every door and in every file.
///
/// - An id (of a person, household, need or offer) holds letters, digits, `-`, `_` and `.`, up to
///   64: no separator of a list (`|`, `,`, `;`), no space, nothing a log line or an audit entry
///   could be split on.
/// - A text (a name, an address, a note) holds no control character (a NUL, a line break in a
///   name, an escape), and at most 4,096 characters, the limit of a CSV field.
public enum RecordText {
    public static let maxIDLength = 64
    public static let maxTextLength = 4_096

    /// Why `id` cannot be an id, or nil when it can.
    public static func idProblem(_ id: String) -> Problem.Reason? {
        if id.isEmpty { return .empty }
        // Nearly every id is ASCII: judged on its bytes, without Unicode lookups.
        let ascii = id.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == 0x2D || byte == 0x5F || byte == 0x2E
        }
        if ascii { return id.utf8.count <= maxIDLength ? nil : .notAnID(id) }
        guard id.count <= maxIDLength,
            id.unicodeScalars.allSatisfy({
                $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
            })
        else { return .notAnID(id) }
        return nil
    }

    /// Why `text` cannot be stored as a name or an address, or nil when it can. Line breaks are
    /// allowed only where `multiline` (a note).
    public static func textProblem(_ text: String, multiline: Bool = false) -> Problem.Reason? {
        // Judged on the UTF-8 bytes, as an import checks every cell: C0 controls and DEL are single
        // bytes, C1 controls (U+0080 to U+009F) the pairs 0xC2 0x80 to 0xC2 0x9F.
        let bytes = text.utf8
        if bytes.count > maxTextLength, text.count > maxTextLength { return .tooLong(maxTextLength) }
        var previous: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 || byte == 0x7F {
                guard multiline, byte == 0x0A || byte == 0x0D || byte == 0x09 else { return .controlCharacter }
            } else if previous == 0xC2, (0x80...0x9F).contains(byte) {
                return .controlCharacter
            }
            previous = byte
        }
        return nil
    }

    /// Checks a field's id, throwing `Problem.invalid` naming `field`.
    public static func checkID(_ id: String, field: String) throws {
        if let reason = idProblem(id) { throw Problem.invalid(field: field, reason: reason) }
    }

    /// Checks a field's text, throwing `Problem.invalid` naming `field`.
    public static func checkText(_ text: String?, field: String, multiline: Bool = false) throws {
        guard let text else { return }
        if let reason = textProblem(text, multiline: multiline) { throw Problem.invalid(field: field, reason: reason) }
    }
}

extension NeighbourhoodRecords {
    /// The ids and texts of a node and its household, as ``RecordText`` allows them.
    static func checkText(of node: Node?, household: Household?) throws {
        if let node {
            try RecordText.checkID(node.id.rawValue, field: "id")
            try RecordText.checkText(node.name, field: "name")
            try RecordText.checkText(node.wijk, field: "wijk")
            for (field, items) in [
                ("languages", node.languages), ("skills", node.skills), ("interests", node.interests),
            ] {
                for item in items { try RecordText.checkText(item, field: field) }
            }
        }
        if let id = node?.household ?? household?.id { try RecordText.checkID(id.rawValue, field: "household") }
        if let household {
            try RecordText.checkID(household.id.rawValue, field: "household")
            for (field, text) in [
                ("street", household.street), ("house_number", household.houseNumber), ("postcode", household.postcode),
                ("wijk", household.wijk),
            ] {
                try RecordText.checkText(text, field: field)
            }
        }
    }
}
