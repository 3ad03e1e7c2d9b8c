import ArgumentParser
import Foundation
import Hummingbird
import Logging
import WeefselServer
import WeefselStore

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the Weefsel service (JSON API) over the database.",
        discussion: "Stop it with Ctrl-C or SIGTERM; requests in flight finish first.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on (0: any free port, printed at start).") var port = 8080
    @Flag(name: .customLong("secure-cookies"), help: "Mark the session cookie Secure (when served over HTTPS).")
    var secureCookies = false
    @Flag(
        name: .customLong("trust-forwarded-for"), help: "Take client addresses from X-Forwarded-For (behind a proxy).")
    var trustForwardedFor = false
    @Option(
        name: .customLong("requests-per-second"),
        help: "Requests per second one client address may make (bursts of twice as many); 429 beyond.")
    var requestsPerSecond = 100
    @Option(
        name: .customLong("head-timeout"),
        help: "Seconds a client has to send a request's head, from connecting or the previous answer.")
    var headTimeout = 20
    @Option(name: .customLong("body-timeout"), help: "Seconds a client has to send a request's body, after its head.")
    var bodyTimeout = 300

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard requestsPerSecond >= 1 else { throw ValidationError("--requests-per-second must be at least 1") }
        guard headTimeout >= 1, bodyTimeout >= 1 else {
            throw ValidationError("--head-timeout and --body-timeout must be at least 1 second")
        }
    }

    func run() async throws {
        let store = try global.openStore()
        var logger = Logger(label: "weefsel.server")
        logger.logLevel = global.verbose ? .info : .notice
        var configuration = ServiceConfiguration(
            host: host, port: port, secureCookies: secureCookies, requestBurst: max(200, 2 * requestsPerSecond),
            requestsPerSecond: Double(requestsPerSecond), trustForwardedFor: trustForwardedFor)
        configuration.headTimeout = .seconds(headTimeout)
        configuration.bodyTimeout = .seconds(bodyTimeout)
        let administration = try AdministrationSocket(database: global.databasePath, store: store, logger: logger)
        administration.start()
        defer { administration.stop() }
        let application = buildApplication(store: store, configuration: configuration, logger: logger) { port in
            FileHandle.standardOutput.write(Data("Weefsel serves http://\(host):\(port)\n".utf8))
        }
        try await application.runService()
    }
}
