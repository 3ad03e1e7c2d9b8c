import ArgumentParser
import Foundation
import WeefselCore
import WeefselGraph
import WeefselStore

extension UserCommand {
    struct TokenList: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tokens", abstract: "List bearer tokens, newest first (never their secrets).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Only this user's tokens.") var name: String?

        struct Row: Encodable {
            let id: Int64
            let user, label, created, expires, state: String
            let endsWithSession: Bool
        }

        func run() async throws {
            let now = Date()
            let rows = try global.openCore(.readOnly).tokens.tokens(of: name.map { User.ID($0) }, by: global.actor)
                .map { token in
                    Row(
                        id: token.id, user: token.user.rawValue, label: token.label,
                        created: DutchFormat.dateTime(token.createdAt), expires: DutchFormat.dateTime(token.expiresAt),
                        state: token.revoked ? "ingetrokken" : token.isActive(at: now) ? "actief" : "verlopen",
                        endsWithSession: token.endsWithSession)
                }
            if output.json { return try Console.json(rows) }
            Console.table(
                ["nr", "gebruiker", "waarvoor", "gemaakt", "geldig tot", "status", "met sessie"],
                rows.map {
                    [
                        String($0.id), $0.user, $0.label, $0.created, $0.expires, $0.state,
                        $0.endsWithSession ? "ja" : "nee",
                    ]
                })
        }
    }

    struct TokenRevoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke-token", abstract: "Revoke a bearer token by its number (see 'weefsel user tokens').")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The token's number.") var id: Int64

        func run() async throws {
            let token = try global.openCore().tokens.revokeToken(id, by: global.actor)
            print("Revoked token \(id) (\(token.label)) of \(token.user).")
        }
    }
}
