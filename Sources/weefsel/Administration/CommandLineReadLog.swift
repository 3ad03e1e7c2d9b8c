import Foundation
import Logging
import WeefselStore

/// Reads of personal data on the command line go on record in the database's own audit log: in
/// the service's store when the command runs inside it, in a short write transaction of its own
/// otherwise (waiting for another command that writes), or, while a running service holds the
/// database, through its administration socket.
struct CommandLineReadLog: ReadLog {
    let databasePath: String

    /// How long a read waits for another command that writes (another read's record, an import)
    /// before it gives up.
    static let patience: Duration = .seconds(30)

    func record(_ draft: AuditEntry.Draft) async throws {
        if let invocation = Invocation.current { return try invocation.store.audit.record([draft]) }
        var logger = Logger(label: "weefsel")
        logger.logLevel = .warning
        let clock = ContinuousClock()
        let deadline = clock.now + Self.patience
        while true {
            do {
                return try Store(path: databasePath, access: .readWrite, logger: logger).audit.record([draft])
            } catch StoreError.databaseLocked(let path, let holder) {
                let socket = AdministrationSocket.path(for: databasePath)
                if FileManager.default.fileExists(atPath: socket) {
                    return try ServiceClient.record(
                        .init(action: draft.action, subjects: draft.subjects), through: socket)
                }
                guard clock.now < deadline else { throw StoreError.databaseLocked(path: path, holder: holder) }
                try await Task.sleep(for: .milliseconds(20))
            }
        }
    }
}
