import Foundation

/// A token bucket per client address: `burst` requests at once, `perSecond` earned back.
actor RateLimiter {
    private struct Bucket {
        var tokens: Double
        var updated: Date
    }

    private let burst: Double
    private let perSecond: Double
    private var buckets: [String: Bucket] = [:]

    init(burst: Int, perSecond: Double) {
        self.burst = Double(max(1, burst))
        self.perSecond = max(0.001, perSecond)
    }

    /// Takes one token for `address`; returns the seconds to wait when there is none.
    func take(for address: String, now: Date = Date()) -> Int? {
        var bucket = buckets[address] ?? Bucket(tokens: burst, updated: now)
        bucket.tokens = min(burst, bucket.tokens + now.timeIntervalSince(bucket.updated) * perSecond)
        bucket.updated = now
        defer {
            buckets[address] = bucket
            if buckets.count > 100_000 { buckets = buckets.filter { $0.value.tokens < burst - 1 } }
        }
        guard bucket.tokens >= 1 else { return max(1, Int(((1 - bucket.tokens) / perSecond).rounded(.up))) }
        bucket.tokens -= 1
        return nil
    }
}
