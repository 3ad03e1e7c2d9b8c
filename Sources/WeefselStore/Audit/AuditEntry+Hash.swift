import Foundation
import WeefselCore
import WeefselGraph

extension AuditEntry {
    /// The fields as hashed: each field's UTF-8 length, a colon and the field, so no choice of
    /// field contents can make two different entries read the same.
    var canonical: String {
        let fields = [
            String(seq), time, user?.rawValue ?? "", role?.rawValue ?? "", team?.rawValue ?? "", action.rawValue,
            subjects.map(\.rawValue).joined(separator: "|"), address ?? "",
        ]
        return fields.map { "\($0.utf8.count):\($0)" }.joined(separator: ",")
    }
}

/// The clock format of the audit log.
enum AuditClock {
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
    }
}
