/// Choices made with plain integer arithmetic, so that a generated neighbourhood is the same on every
/// machine and with every version of the standard library.
extension SeededRandom {
    /// A uniform number in `0..<count`; `0` when `count` is not positive.
    mutating func below(_ count: Int) -> Int {
        guard count > 1 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(count)).high)
    }

    /// A uniform number in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// `true` with probability `percent / 100`.
    mutating func percent(_ percent: Int) -> Bool { below(100) < percent }

    /// `true` with probability `perMille / 1000`.
    mutating func perMille(_ perMille: Int) -> Bool { below(1000) < perMille }

    /// A tie strength 1, 2 or 3, drawn with the given weights.
    mutating func strength(weak: Int, medium: Int, strong: Int) -> Int {
        let draw = below(weak + medium + strong)
        return draw < weak ? 1 : draw < weak + medium ? 2 : 3
    }

    /// A uniform element of a non-empty array.
    mutating func element<T>(of values: [T]) -> T { values[below(values.count)] }

    /// An index drawn with the given non-negative integer weights (the first index when all are 0).
    mutating func index(weights: [Int]) -> Int {
        let total = weights.reduce(0, +)
        guard total > 0 else { return 0 }
        var draw = below(total)
        for (i, weight) in weights.enumerated() {
            if draw < weight { return i }
            draw -= weight
        }
        return weights.count - 1
    }

    /// Shuffles `values` in place (Fisher-Yates with this generator).
    mutating func shuffle<T>(_ values: inout [T]) {
        guard values.count > 1 else { return }
        for i in stride(from: values.count - 1, to: 0, by: -1) {
            values.swapAt(i, below(i + 1))
        }
    }

    /// Up to `count` distinct elements of `values`, in random order (a partial Fisher-Yates).
    ///
    /// - Complexity: O(n) for the copy, O(count) for the draws.
    mutating func sample<T>(_ count: Int, of values: [T]) -> [T] {
        var pool = values
        let k = min(max(count, 0), pool.count)
        for i in 0..<k { pool.swapAt(i, i + below(pool.count - i)) }
        return Array(pool[0..<k])
    }
}
