import ArgumentParser
import Foundation
import Synchronization
import WeefselCore
import WeefselGraph
import WeefselMaps
import WeefselMatching
import WeefselServer
import WeefselStore

/// `weefsel`: the neighbourhood network mapper and matching service, from the command line.
@main
struct Weefsel: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weefsel",
        abstract: "Map the social fabric of a neighbourhood and match needs with offers.",
        discussion: """
            The database is --db, else $WEEFSEL_DB, else ./weefsel.sqlite.
            Exit status: 0 ok, 1 bad input or usage, 2 internal failure.
            """,
        subcommands: [
            Init.self, Import.self, Export.self, Stats.self, NodeCommand.self, TieCommand.self, Generate.self,
            Isolated.self, Introductions.self, Communities.self, Ego.self,
            Indicators.self, SnapshotCommand.self, Compare.self, Centrality.self, KeyFigures.self, Path.self,
            NeedCommand.self, OfferCommand.self, MatchCommand.self, Render.self,
            Serve.self, UserCommand.self, TeamCommand.self, AuditCommand.self, Backup.self,
        ]
    )

    /// Runs the command line with Weefsel's exit codes: 1 for bad input or usage, 2 for failures of
    /// the system, and messages on stderr without stack traces.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        Foundation.exit(await run(arguments: arguments, insideService: false))
    }

    /// Parses and runs one command; returns its exit status. A writing command that meets a
    /// database held by a running service is sent to that service and runs there; inside the
    /// service (`insideService`), only commands that need no terminal or process of their own run.
    static func run(arguments: [String], insideService: Bool) async -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if insideService, command is Serve || command is Generate {
                Console.error("'\(arguments.first ?? "")' runs on its own, not inside the running service")
                return 1
            }
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch let forward as ForwardToService {
            let consumed = Console.consumedInput.withLock { $0 }
            return ServiceClient.run(arguments, through: forward.socket, input: consumed.isEmpty ? nil : consumed)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                return 0
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { Console.error(message) }
            return Weefsel.status(for: error, parserCode: code)
        }
    }

    static func status(for error: any Error, parserCode: ExitCode) -> Int32 {
        switch error {
        case let error as StoreError: error.isBadInput ? 1 : 2
        case let error as ServiceError: error.isBadInput ? 1 : 2
        case is Problem, is GraphError, is MatchingError, is ValidationError, is CommandFailure: 1
        case let error as MapError:
            switch error {
            case .tooLarge, .engineTooSlow, .unknownNode, .invalidInput: 1
            case .graphvizUnavailable, .invalidDOT, .layoutFailed, .renderFailed: 2
            }
        case let error as ExitCode: error.rawValue
        default: parserCode == .validationFailure ? 1 : 2
        }
    }
}
