import Testing
import WeefselCore
import WeefselGraph
import WeefselStore

/// The analysis cache is a service of the application: it runs with it and stops with it.
@Suite struct AnalysisCacheLifecycleTests {
    @Test func theCacheStopsWhenTheApplicationStopsIt() async throws {
        let fixture = try Fixture()
        let cache = AnalysisCache(store: fixture.store.analysis, refreshDelay: .milliseconds(10))
        let scope = WijkScope(Fixture.user(.worker))
        let key = AnalysisKey(analysis: .worklist, scope: scope, day: Fixture.today)
        let running = Task { await cache.run() }
        let answer = try await cache.answer(key)
        #expect(answer.subjects.contains("P1"), "Jan's household, without informal ties, is on the worklist")
        #expect(cache.computations == 1)
        _ = try await cache.answer(key)
        #expect(cache.computations == 1, "the second request is answered from memory")
        #expect(cache.holds("P1"))
        running.cancel()
        await running.value
        #expect(!cache.holds("P1"), "a stopped cache keeps nothing")
    }

    @Test func aTeamsWorklistNeverNamesAnotherTeamsHousehold() async throws {
        let fixture = try Fixture()
        let cache = AnalysisCache(store: fixture.store.analysis, refreshDelay: .milliseconds(10))
        let key = AnalysisKey(analysis: .worklist, scope: WijkScope(Fixture.user(.worker)), day: Fixture.today)
        let answer = try await cache.answer(key)
        let entries = try #require(answer.value as? [WorklistEntry])
        #expect(!entries.contains { $0.household == "H9" })
        #expect(!String(decoding: answer.json, as: UTF8.self).contains("Noor"))
        let noord = AnalysisKey(
            analysis: .worklist, scope: WijkScope(Fixture.user(.worker, of: Fixture.noord)), day: Fixture.today)
        let theirs = try #require(try await cache.answer(noord).value as? [WorklistEntry])
        #expect(theirs.map(\.household) == ["H9"])
    }
}
