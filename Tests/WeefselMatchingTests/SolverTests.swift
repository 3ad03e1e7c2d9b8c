import Testing
import WeefselGraph
import WeefselMatching

@Suite struct SolverTests {
    /// A random instance: `needs` needs, `offers` offers with capacities 1...3, pairs with
    /// probability `density`, scores 1...1000, demands 1 unless `maxDemand` is larger.
    static func randomInstance(
        _ random: inout SeededRandom, needs: Int, offers: Int, density: Double, maxDemand: Int = 1
    ) throws -> AssignmentInstance {
        var pairs: [(need: Int, offer: Int, score: Int64)] = []
        for i in 0..<needs {
            for j in 0..<offers where random.nextUnit() < density {
                pairs.append((i, j, Int64(1 + random.next() % 1_000)))
            }
        }
        let demands = (0..<needs).map { _ in 1 + Int(random.next() % UInt64(maxDemand)) }
        let capacities = (0..<offers).map { _ in Int(random.next() % 4) }
        return try AssignmentInstance(demands: demands, capacities: capacities, pairs: pairs)
    }

    /// The best total by trying every choice for every need.
    static func bruteForce(_ instance: AssignmentInstance) -> Int64 {
        var free = instance.capacities
        func best(_ i: Int) -> Int64 {
            if i == instance.needCount { return 0 }
            var top = best(i + 1)
            for e in instance.pairs(of: i) {
                let j = Int(instance.offers[e])
                guard free[j] >= instance.demands[i] else { continue }
                free[j] -= instance.demands[i]
                top = max(top, instance.scores[e] + best(i + 1))
                free[j] += instance.demands[i]
            }
            return top
        }
        return best(0)
    }

    /// Checks that an assignment keeps every capacity and uses only feasible pairs; returns its total.
    static func verify(_ assignment: Assignment, _ instance: AssignmentInstance) -> Int64 {
        var used = [Int32](repeating: 0, count: instance.offerCount)
        var total: Int64 = 0
        for i in 0..<instance.needCount {
            let e = assignment.pairOfNeed[i]
            guard e >= 0 else {
                #expect(assignment.offerOfNeed[i] == -1)
                continue
            }
            #expect(instance.pairs(of: i).contains(e))
            #expect(assignment.offerOfNeed[i] == instance.offers[e])
            used[Int(instance.offers[e])] += instance.demands[i]
            total += instance.scores[e]
        }
        for j in 0..<instance.offerCount { #expect(used[j] <= instance.capacities[j]) }
        #expect(total == assignment.totalScore)
        return total
    }

    @Test(arguments: 0..<60)
    func theOptimalSolverFindsTheBruteForceOptimum(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed))
        let instance = try SolverTests.randomInstance(
            &random, needs: 2 + seed % 6, offers: 1 + seed % 5, density: 0.3 + Double(seed % 7) / 10)
        let optimal = instance.solve(using: .optimal)
        #expect(SolverTests.verify(optimal, instance) == SolverTests.bruteForce(instance))
        let greedy = instance.solve(using: .greedy)
        #expect(SolverTests.verify(greedy, instance) <= optimal.totalScore)
    }

    @Test(arguments: 0..<30)
    func needsWithSeveralPlacesAreNeverSplitAndCapacitiesHold(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(1_000 + seed))
        let instance = try SolverTests.randomInstance(&random, needs: 6, offers: 4, density: 0.6, maxDemand: 3)
        let assignment = instance.solve()
        let total = SolverTests.verify(assignment, instance)
        #expect(total <= SolverTests.bruteForce(instance))
        #expect(total >= instance.solve(using: .greedy).totalScore || total > 0 || instance.pairCount == 0)
    }

    @Test func theSolverIsDeterministicOnALargerInstance() throws {
        var random = SeededRandom(seed: 99)
        let instance = try SolverTests.randomInstance(&random, needs: 300, offers: 200, density: 0.05)
        let first = instance.solve()
        #expect(first == instance.solve())
        #expect(SolverTests.verify(first, instance) >= instance.solve(using: .greedy).totalScore)
    }

    @Test func greedyCanMissTheOptimum() throws {
        // Need 0 likes offer 0 best, but need 1 can only use offer 0.
        let instance = try AssignmentInstance(
            demands: [1, 1], capacities: [1, 1], pairs: [(0, 0, 10), (0, 1, 9), (1, 0, 8)])
        #expect(instance.solve(using: .greedy).totalScore == 10)
        #expect(instance.solve(using: .optimal).totalScore == 17)
        #expect(instance.solve(using: .optimal).offerOfNeed == [1, 0])
    }

    @Test func badInstancesAreRefused() {
        #expect(throws: MatchingError.self) {
            try AssignmentInstance(demands: [1], capacities: [1], pairs: [(0, 3, 1)])
        }
        #expect(throws: MatchingError.self) { try AssignmentInstance(demands: [0], capacities: [1], pairs: []) }
        #expect(throws: MatchingError.self) { try AssignmentInstance(demands: [1], capacities: [-1], pairs: []) }
    }
}
