import Foundation
import WeefselStore

/// How one Weefsel service runs: where it listens and the limits that keep it safe.
public struct ServiceConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Marks the session cookie `Secure`; on whenever the service is reached over HTTPS.
    public var secureCookies: Bool
    public var sessionPolicy: SessionPolicy
    /// Failed sign-ins allowed per account within `loginWindow` before it is locked for the rest of it.
    public var loginFailuresPerAccount: Int
    /// Failed sign-ins allowed per client address within `loginWindow`.
    public var loginFailuresPerAddress: Int
    public var loginWindow: TimeInterval
    /// Requests a client address may make at once before it is slowed down (token bucket size).
    public var requestBurst: Int
    /// Requests per second a client address earns back.
    public var requestsPerSecond: Double
    /// The largest request body accepted, in bytes.
    public var maxBodySize: Int
    /// The largest CSV upload accepted, in bytes.
    public var maxImportSize: Int
    /// Takes the client's address from `X-Forwarded-For`; only behind a proxy that sets it.
    public var trustForwardedFor: Bool
    /// How long the first read audit entry of a batch waits for others before they are committed
    /// together; entries that arrive while a commit is under way always wait for the next one.
    public var auditInterval: Duration
    /// The bcrypt cost for password hashes the service makes.
    public var bcryptCost: UInt8
    /// How long after a write the cached analyses are recomputed in the background (writes in
    /// between join the same recomputation).
    public var analysisRefreshDelay: Duration
    /// A connection that sends nothing (no request, or no more of its headers or body) for this
    /// long is closed, so that idle connections cannot use up the service's file descriptors.
    public var idleTimeout: Duration = .seconds(30)
    /// A request's head must be complete this long after the connection opened or the previous
    /// answer was sent, however slowly its bytes trickle in.
    public var headTimeout: Duration = .seconds(20)
    /// A request's body must be complete this long after its head: five minutes, enough for the
    /// largest upload over a slow line.
    public var bodyTimeout: Duration = .seconds(300)
    /// The most connections open at once; beyond it new ones wait in the kernel's queue.
    public var maxConnections: Int = 1_000

    public init(
        host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false,
        sessionPolicy: SessionPolicy = SessionPolicy(), loginFailuresPerAccount: Int = 5,
        loginFailuresPerAddress: Int = 20, loginWindow: TimeInterval = 15 * 60, requestBurst: Int = 200,
        requestsPerSecond: Double = 100, maxBodySize: Int = 1 << 20, maxImportSize: Int = 64 << 20,
        trustForwardedFor: Bool = false,
        auditInterval: Duration = .zero, bcryptCost: UInt8 = 12,
        analysisRefreshDelay: Duration = .milliseconds(250)
    ) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.sessionPolicy = sessionPolicy
        self.loginFailuresPerAccount = loginFailuresPerAccount
        self.loginFailuresPerAddress = loginFailuresPerAddress
        self.loginWindow = loginWindow
        self.requestBurst = requestBurst
        self.requestsPerSecond = requestsPerSecond
        self.maxBodySize = maxBodySize
        self.maxImportSize = maxImportSize
        self.trustForwardedFor = trustForwardedFor
        self.auditInterval = auditInterval
        self.bcryptCost = bcryptCost
        self.analysisRefreshDelay = analysisRefreshDelay
    }
}
