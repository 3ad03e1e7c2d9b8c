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
        if text.count > maxTextLength { return .tooLong(maxTextLength) }
        let allowed: Set<Unicode.Scalar> = multiline ? ["\n", "\r", "\t"] : []
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !allowed.contains($0) }) {
            return .controlCharacter
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
