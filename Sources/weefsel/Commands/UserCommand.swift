import ArgumentParser
import Foundation
import WeefselCore
import WeefselGraph
import WeefselServer
import WeefselStore

extension User.Role: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Add, list, disable or reset the accounts that sign in to the service; list and revoke their tokens.",
        subcommands: [Add.self, List.self, Disable.self, Enable.self, Reset.self, TokenList.self, TokenRevoke.self]
    )

    /// The password as the first line of standard input (never an argument, which `ps` shows).
    static func readPassword() throws -> String {
        guard let line = Console.readLine(), !line.isEmpty else {
            throw CommandFailure(
                "give the password on standard input, e.g. printf '%s\\n' \"$PASSWORD\" | weefsel user add ...")
        }
        return line
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a user; the password is read from stdin.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The sign-in name.") var name: String
        @Option(help: "admin, coordinator, worker or viewer.") var role: User.Role
        @Option(help: "The user's team (see 'weefsel team add').") var team: String
        @Flag(help: "Require a one-time code from an authenticator app; prints the enrolment address.") var totp = false

        func run() async throws {
            let hash = try Passwords.hash(try UserCommand.readPassword())
            let factor = totp ? Passwords.newSecondFactor(for: name) : nil
            try global.openCore().administration.addUser(
                User.ID(name), role: role, team: Team.ID(team), passwordHash: hash, totpSecret: factor?.secret,
                by: global.actor)
            print("Added \(role.rawValue) \(name) in team \(team).")
            if let factor { print("Enrol the second factor in an authenticator app: \(factor.enrolment)") }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users, sorted by name.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        struct Row: Encodable {
            let name, role, team: String
            let disabled, totp: Bool
        }

        func run() async throws {
            let rows = try global.openCore(.readOnly).administration.users(for: global.actor).map {
                Row(
                    name: $0.id.rawValue, role: $0.role.rawValue, team: $0.team.id.rawValue, disabled: $0.disabled,
                    totp: $0.hasSecondFactor)
            }
            if output.json { return try Console.json(rows) }
            Console.table(
                ["naam", "rol", "team", "status", "code"],
                rows.map {
                    [$0.name, $0.role, $0.team, $0.disabled ? "uitgeschakeld" : "actief", $0.totp ? "ja" : "nee"]
                })
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable a user; ends their sessions and tokens.")
        @OptionGroup var global: GlobalOptions
        @Argument var name: String

        func run() async throws {
            try global.openCore().administration.setDisabled(true, user: User.ID(name), by: global.actor)
            print("Disabled \(name).")
        }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enable a disabled user again.")
        @OptionGroup var global: GlobalOptions
        @Argument var name: String

        func run() async throws {
            try global.openCore().administration.setDisabled(false, user: User.ID(name), by: global.actor)
            print("Enabled \(name).")
        }
    }

    struct Reset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a new password (from stdin); ends the user's sessions and tokens.")
        @OptionGroup var global: GlobalOptions
        @Argument var name: String
        @Flag(help: "Also issue a new second factor.") var totp = false

        func run() async throws {
            let hash = try Passwords.hash(try UserCommand.readPassword())
            let factor = totp ? Passwords.newSecondFactor(for: name) : nil
            try global.openCore().administration.resetPassword(
                of: User.ID(name), passwordHash: hash, totpSecret: factor.map { .some($0.secret) } ?? .none,
                by: global.actor)
            print("Reset the password of \(name).")
            if let factor { print("Enrol the new second factor: \(factor.enrolment)") }
        }
    }
}

struct TeamCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team", abstract: "Add teams and the wijken they work in, or list them.",
        subcommands: [Add.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a team (or replace its wijken).")
        @OptionGroup var global: GlobalOptions
        @Argument var name: String
        @Option(name: .customLong("wijk"), help: "A wijk the team works in; repeat for more.") var wijken: [String] = []

        func run() async throws {
            try global.openCore().administration.save(Team(id: Team.ID(name), wijken: wijken), by: global.actor)
            print("Team \(name): \(wijken.isEmpty ? "no wijken" : wijken.sorted().joined(separator: ", ")).")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List teams and their wijken.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        struct Row: Encodable {
            let name: String
            let wijken: [String]
        }

        func run() async throws {
            let rows = try global.openCore(.readOnly).administration.teams(for: global.actor).map {
                Row(name: $0.id.rawValue, wijken: $0.wijken)
            }
            if output.json { return try Console.json(rows) }
            Console.table(["team", "wijken"], rows.map { [$0.name, $0.wijken.joined(separator: ", ")] })
        }
    }
}
