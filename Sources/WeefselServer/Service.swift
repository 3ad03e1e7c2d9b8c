import Foundation
import HTTPTypes
import Hummingbird
import Logging
import WeefselCore
import WeefselGraph
import WeefselMaps
import WeefselStore

/// What every route handler shares: the store, the read-audit recorder, the analysis cache, the
/// throttles and the configuration.
struct Service: Sendable {
    let store: Store
    /// The use cases every route calls, with the rules of who may see and change what.
    let core: Core
    let recorder: AuditRecorder
    /// Key figures, communities, worklists and indicators per scope, kept until the next write.
    let analyses: AnalysisCache
    let configuration: ServiceConfiguration
    /// Sign-in, sessions and tokens: who a request comes from.
    let signIn: SignIn
    let rateLimiter: RateLimiter
    let logger: Logger
    /// The web pages' templates and static files.
    let web: WebPages
    /// CSV uploads: spooled to files and imported one at a time.
    let uploads: Uploads
    /// The codes of pseudonymised maps, under the installation key.
    let pseudonyms: Pseudonyms
    /// The networks the maps of each team draw, until the data change.
    let mapGraphs = GenerationCache<MapGraphKey, MapGraph>()
    /// The drawn maps of the wijk overview, until the data change; nil for a network too large.
    let wijkMaps = GenerationCache<WijkMapKey, InlineMap?>()
    /// The drawn maps of what changed between two snapshots, until the data change.
    let changeMaps = GenerationCache<ChangeMapKey, InlineMap?>()
    /// The data of the explorable map of each team, encoded, until the data change.
    let webMaps = GenerationCache<WebMapKey, Data>()

    /// The client's address: the socket's, or, behind a trusted proxy, the address the proxy saw
    /// (the last `X-Forwarded-For` hop, which the proxy appended; the hops before it are the
    /// client's own say).
    func address(of request: Request, context: WeefselRequestContext) -> String {
        if configuration.trustForwardedFor, let forwarded = request.headers[HTTPField.Name("X-Forwarded-For")!],
            let last = forwarded.split(separator: ",").last
        {
            return last.trimmingCharacters(in: .whitespaces)
        }
        return context.remoteAddress?.ipAddress ?? "unknown"
    }

    /// The actor of a request: the signed-in user, from the client's address.
    func actor(_ caller: Caller, _ request: Request, _ context: WeefselRequestContext) -> Actor {
        .user(caller.user, address: address(of: request, context: context))
    }

    func auditContext(_ caller: Caller, _ request: Request, _ context: WeefselRequestContext) -> AuditContext {
        AuditContext(caller.user, address: address(of: request, context: context))
    }

    /// Records a read of personal data and returns once it is committed (group commit).
    func recordRead(
        _ action: AuditEntry.Action, of subjects: [Node.ID], by caller: Caller, _ request: Request,
        _ context: WeefselRequestContext
    ) async throws {
        try await core.reads.record(action, of: subjects, by: actor(caller, request, context))
    }

    /// The node with `id` when `user` may see it (the core decides); anything else is "not found".
    func visibleNode(_ id: Node.ID, for user: User) throws -> (Node, Household?) {
        try core.records.node(id, for: .user(user, address: nil))
    }

    func sees(_ node: Node, household: Household?, user: User) -> Bool {
        Visibility(.user(user, address: nil)).sees(node, household: household)
    }

    /// Nodes `user` may see, sorted by id, optionally of a kind or matching a text.
    func visibleNodes(for user: User, kind: Node.Kind?, matching text: String?) throws -> [Node] {
        try core.records.nodes(kind: kind, matching: text, for: .user(user, address: nil))
    }
}
