import Foundation
import Hummingbird
import HummingbirdBcrypt
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle
import WeefselCore
import WeefselMaps
import WeefselStore

/// Builds the Weefsel service over `store`: the composition root that `weefsel serve` and the tests use.
///
/// `analysisCache` answers the analyses; a new one over `store` when not given.
///
/// Middleware runs outermost first: security headers on every answer, errors as JSON, the rate
/// limit, then the caller's identity; each route checks its own access rule and CSRF.
public func buildApplication(
    store: Store, configuration: ServiceConfiguration = ServiceConfiguration(),
    logger: Logger = Logger(label: "weefsel.server"), analysisCache: AnalysisCache? = nil,
    onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let cache = analysisCache ?? AnalysisCache(store: store.analysis, refreshDelay: configuration.analysisRefreshDelay)
    let (router, _) = buildRouter(store: store, configuration: configuration, logger: logger, analysisCache: cache)
    let (head, body) = (configuration.headTimeout.timeAmount, configuration.bodyTimeout.timeAmount)
    return Application(
        router: router,
        server: .http1(
            configuration: .init(
                additionalChannelHandlers: [RequestDeadlines(head: head, body: body)],
                idleTimeout: configuration.idleTimeout.timeAmount)),
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port), serverName: "Weefsel",
            availableConnectionsDelegate: MaximumAvailableConnections(configuration.maxConnections, logger: logger)),
        services: [AnalysisCacheService(cache: cache), ErasureCleanUpService(store: store)],
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger)
}

/// Finishes the clean-up of an erasure that a reader held up: every two seconds, while one waits,
/// it tries to empty the database's write-ahead log again (the admin sees that one waits on the
/// audit page).
struct ErasureCleanUpService: ServiceLifecycle.Service {
    let store: Store

    func run() async throws {
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            store.privacy.finishCleanUp()
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(2)) }
        }
    }
}

/// The analysis cache as a service of the application: started with it, and shut down with it
/// (which cancels the analyses under way).
struct AnalysisCacheService: ServiceLifecycle.Service {
    let cache: AnalysisCache

    func run() async throws {
        await withGracefulShutdownHandler {
            await cache.run()
        } onGracefulShutdown: {
            cache.shutDown()
        }
    }
}

/// The router and every route registered on it, in order.
public func buildRouter(
    store: Store, configuration: ServiceConfiguration, logger: Logger, analysisCache: AnalysisCache? = nil
) -> (Router<WeefselRequestContext>, [Route]) {
    let recorder = AuditRecorder(store: store, interval: configuration.auditInterval)
    let service = Service(
        store: store, core: Core(repositories: store.repositories, readLog: recorder), recorder: recorder,
        analyses: analysisCache
            ?? AnalysisCache(store: store.analysis, refreshDelay: configuration.analysisRefreshDelay),
        configuration: configuration,
        signIn: SignIn(
            repositories: store.repositories, check: PasswordCheck(cost: configuration.bcryptCost),
            limits: SignInLimits(
                perAccount: configuration.loginFailuresPerAccount, perAddress: configuration.loginFailuresPerAddress,
                window: configuration.loginWindow),
            decoyHash: Bcrypt.hash("decoy password for unknown accounts", cost: configuration.bcryptCost)),
        rateLimiter: RateLimiter(burst: configuration.requestBurst, perSecond: configuration.requestsPerSecond),
        logger: logger, web: WebPages.load(logger: logger), uploads: Uploads(databasePath: store.path),
        // The service's store writes, so its installation key is always there.
        pseudonyms: store.pseudonymKey.map(Pseudonyms.init(key:)) ?? .byPosition)
    do {
        try store.keepNetworkInMemory()
    } catch {
        logger.warning("the netwerkkaart reads from the database: \(error)")
    }
    let router = Router(context: WeefselRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: CompressionMiddleware())
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: RateLimitMiddleware(service: service))
    router.add(middleware: AuthenticationMiddleware(service: service))
    router.add(middleware: PageNotFoundMiddleware(service: service))

    let table = RouteTable(router: router)
    table.on(
        Route(
            .get, "/healthz", "Whether the service and its database answer", access: .anyone,
            response: "StatusResponse")
    ) { _, _ in
        _ = try store.statistics()
        return try Coding.json(StatusResponse(status: "ok"))
    }
    table.addAuthRoutes(service)
    table.addPersonRoutes(service)
    table.addIntroductionRoutes(service)
    table.addTieRoutes(service)
    table.addPrivacyRoutes(service)
    table.addImportRoutes(service)
    table.addAnalysisRoutes(service)
    table.addMapRoutes(service)
    table.addMatchingRoutes(service)
    table.addWebRoutes(service)
    table.addWijkPages(service)
    table.addWebMapRoutes(service)
    table.addPersonPages(service)
    table.addVisitPages(service)
    table.addPersonFormPages(service)
    table.addSnapshotPages(service)
    table.addAdminPages(service)
    table.addUndoPages(service)
    table.addHelpPage(service)
    table.addIntakeRoutes(service)
    table.addMatchingPages(service)
    table.addImportAndAuditPages(service)
    table.addAccountPages(service)
    let document = OpenAPIDocument(routes: table.registered + [OpenAPIDocument.route])
    let json = (try? Coding.encoder.encode(document)) ?? Data("{}".utf8)
    table.on(OpenAPIDocument.route) { _, _ in
        Response(
            status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: json)))
    }
    return (router, table.registered)
}

extension Duration {
    /// The same span for NIO.
    var timeAmount: TimeAmount {
        .nanoseconds(components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000)
    }
}
