import ArgumentParser
import Foundation
import Logging
import WeefselCore
import WeefselGraph
import WeefselStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The database file (default: $WEEFSEL_DB, else ./weefsel.sqlite).")
    var db: String?

    @Flag(name: .long, help: "Print what the store does (no personal data) on stderr.")
    var verbose = false

    var databasePath: String {
        db ?? ProcessInfo.processInfo.environment["WEEFSEL_DB"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "weefsel.sqlite"
    }

    /// Opens the store; listings open it read-only so they run beside a writing process.
    func openStore(_ access: Store.Access = .readWrite) throws -> Store {
        var logger = Logger(label: "weefsel")
        logger.logLevel = verbose ? .info : .warning
        if let invocation = Invocation.current { return invocation.store }
        do {
            return try Store(path: databasePath, access: access, logger: logger)
        } catch StoreError.databaseLocked(let path, let holder) {
            let socket = AdministrationSocket.path(for: databasePath)
            guard FileManager.default.fileExists(atPath: socket) else {
                throw StoreError.databaseLocked(path: path, holder: holder)
            }
            throw ForwardToService(socket: socket)
        }
    }

    /// The core over the database, for commands that read or change personal data.
    func openCore(_ access: Store.Access = .readWrite) throws -> Core {
        Core(repositories: try openStore(access).repositories, readLog: CommandLineReadLog(databasePath: databasePath))
    }

    /// Puts on record that the local operator read the persons `subjects` (`.read`) or saw them in
    /// a list (`.search`), before the command shows them.
    func recordRead(_ action: AuditEntry.Action, of subjects: [Node.ID]) async throws {
        try await Core.reads(CommandLineReadLog(databasePath: databasePath)).record(action, of: subjects, by: actor)
    }

    /// Whoever runs the command: the local operator, named by their system account.
    var actor: Actor { .localOperator(Invocation.current?.user ?? DatabaseFile.accountName(of: getuid())) }
}

/// A writing command met a database that a running service holds: it goes through the service.
struct ForwardToService: Error {
    let socket: String
}

extension DatabaseFile {
    /// The name of a system account.
    static func accountName(of uid: uid_t) -> String {
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(uid)"
    }
}

/// `--json` for listings.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Machine-readable JSON (sorted, stable keys).")
    var json = false
}

/// A failure to report to the user as bad input (exit status 1).
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
