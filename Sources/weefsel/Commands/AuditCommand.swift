import ArgumentParser
import Foundation
import WeefselCore
import WeefselGraph
import WeefselStore

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Query the audit log of the service, or verify its hash chain.",
        subcommands: [List.self, Verify.self],
        defaultSubcommand: List.self
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List audit entries, oldest first.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Only entries about this person (id).") var person: String?
        @Option(help: "Only entries by this user.") var user: String?
        @Option(help: "From this day (2024-03-31).") var from: Day?
        @Option(help: "Before this day.") var to: Day?

        func run() async throws {
            let query = AuditQuery(
                person: person.map { Node.ID($0) }, user: user.map { User.ID($0) }, from: from.map(Self.start),
                to: to.map(Self.start))
            let entries = try global.openCore(.readOnly).privacy.auditEntries(query, for: global.actor)
            if output.json { return try Console.json(entries) }
            Console.table(
                ["#", "tijd", "gebruiker", "rol", "team", "actie", "personen", "vanaf"], entries.map(Self.row))
        }

        static func start(of day: Day) -> Date { Date(timeIntervalSince1970: Double(day.ordinal) * 86_400) }

        static func row(_ entry: AuditEntry) -> [String] {
            let subjects: [String] = entry.subjects.map { $0.rawValue }
            return [
                String(entry.seq), entry.time, entry.user?.rawValue ?? "-", entry.role?.rawValue ?? "-",
                entry.team?.rawValue ?? "-", entry.action.rawValue, subjects.joined(separator: ","),
                entry.address ?? "-",
            ]
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Check the keyed hash chain and its anchors: exit 1 naming every edited, removed or inserted entry.",
            discussion: """
                Each entry's HMAC needs the installation key (DB.key, or $WEEFSEL_KEY_FILE). The heads \
                anchored in DB.audit-anchors, and in the anchor files given with --anchors (such as a \
                backup's FILE.audit-anchors), show a log that was cut short.
                """)
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(name: .customLong("anchors"), help: "Another anchor file to check against (repeatable).")
        var anchorFiles: [String] = []

        func run() async throws {
            for file in anchorFiles where !FileManager.default.fileExists(atPath: file) {
                throw CommandFailure("no anchor file \(file)")
            }
            let verification = try global.openStore(.readOnly).audit.verifyAudit(
                extraAnchors: anchorFiles.map { AuditAnchors(path: $0) })
            if output.json {
                try Console.json(verification)
            } else if verification.isIntact {
                let anchored = verification.anchored.map { ", anchored outside the database up to entry \($0)" } ?? ""
                print(
                    "The audit log is intact: \(verification.entries) entries\(anchored), last hash \(verification.head)."
                )
            }
            guard verification.isIntact else {
                throw CommandFailure(
                    "the audit log was tampered with:\n"
                        + verification.problems.map { "  \($0)" }.joined(separator: "\n"))
            }
        }
    }
}

struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the database to FILE with SQLite's online backup; consistent while the service runs.",
        discussion: """
            To restore, stop the service and put the copy in place of the database file, beside the \
            installation key it was made with.
            """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The new file to write (never overwritten).") var file: String

    func run() async throws {
        try global.openStore(.readOnly).backup(to: file)
        print("Backed up \(global.databasePath) to \(file), its audit head anchored in \(file).audit-anchors.")
        print(
            "The installation key \(InstallationKey.location(forDatabase: global.databasePath)) is not in the copy:"
                + " keep it safe apart from backups; a restored copy needs it.")
    }
}
