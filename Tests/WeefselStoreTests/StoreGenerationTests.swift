import Foundation
import Testing
import WeefselGraph
import WeefselStore

/// The generation that tells caches of results whether the data changed: every committed change
/// to the neighbourhood advances it before the write returns; sign-ins, accounts and the audit log
/// leave it alone, so they do not throw away results.
@Suite struct StoreGenerationTests {
    static let worker = AuditContext(user: "anna", role: .worker, team: "Oost", address: "192.0.2.1")

    final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [UInt64] = []
        func append(_ value: UInt64) { lock.lock(); values.append(value); lock.unlock() }
        var all: [UInt64] { lock.lock(); defer { lock.unlock() }; return values }
    }

    @Test func everyChangeToTheNeighbourhoodAdvancesTheGenerationBeforeTheWriteReturns() throws {
        let store = try Store()
        try store.neighbourhood.importNeighbourhood(StoreTests.sample)
        try store.accounts.save(Team(id: "Oost", wijken: ["Oost"]))
        try store.accounts.addUser("anna", role: .worker, team: "Oost", passwordHash: "$2b$04$hash")
        let seen = Seen()
        store.generation.observe { seen.append($0) }
        var last = store.generation.current
        func advanced(_ what: String) {
            #expect(store.generation.current > last, "\(what) left the generation alone")
            #expect(seen.all.last == store.generation.current, "\(what) was not announced")
            last = store.generation.current
        }
        try store.neighbourhood.add(
            Node(id: "P9", kind: .resident, name: "Nieuwe bewoner", wijk: "Oost"), audit: Self.worker)
        advanced("adding a person")
        try store.neighbourhood.add(Tie(source: "P9", target: "P1", kind: .friend), audit: Self.worker)
        advanced("adding a tie")
        try store.privacy.recordConsent(
            .init(purpose: .maps, given: false, day: Day(ordinal: 20_000), recordedBy: "anna"), for: "P1")
        advanced("a withdrawal of consent")
        _ = try store.neighbourhood.removeTie(between: "P9", and: "P1", kind: .friend, audit: Self.worker)
        advanced("removing a tie")
        _ = try store.privacy.erase("P9", audit: Self.worker)
        advanced("an erasure")
    }

    @Test func signInsAccountsAndTheAuditLogLeaveTheGenerationAlone() throws {
        let store = try Store()
        try store.neighbourhood.importNeighbourhood(StoreTests.sample)
        let before = store.generation.current
        try store.accounts.save(Team(id: "Oost", wijken: ["Oost"]))
        try store.accounts.addUser("anna", role: .worker, team: "Oost", passwordHash: "$2b$04$hash")
        let token = try store.sessions.createToken(for: "anna", label: "script", expiresAt: .distantFuture)
        _ = try store.sessions.startSession(for: "anna")
        try store.audit.record([.init(Self.worker, .read, subjects: ["P1"])])
        _ = try store.privacy.personalData(of: "P1", audit: Self.worker)
        try store.sessions.endSession(token)
        #expect(store.generation.current == before)
    }
}
