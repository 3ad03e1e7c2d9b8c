import Foundation

/// Counts failed sign-ins per account and per client address in a sliding window, and refuses
/// further attempts once either has too many.
actor LoginThrottle {
    private let perAccount: Int
    private let perAddress: Int
    private let window: TimeInterval
    private var accountFailures: [String: [Date]] = [:]
    private var addressFailures: [String: [Date]] = [:]

    init(perAccount: Int, perAddress: Int, window: TimeInterval) {
        self.perAccount = perAccount
        self.perAddress = perAddress
        self.window = window
    }

    /// Seconds to wait before another attempt for this account from this address, or nil to go ahead.
    func wait(account: String, address: String, now: Date = Date()) -> Int? {
        let cutoff = now.addingTimeInterval(-window)
        accountFailures[account]?.removeAll { $0 < cutoff }
        addressFailures[address]?.removeAll { $0 < cutoff }
        var waits: [TimeInterval] = []
        if let failures = accountFailures[account], failures.count >= perAccount, let first = failures.first {
            waits.append(first.timeIntervalSince(cutoff))
        }
        if let failures = addressFailures[address], failures.count >= perAddress, let first = failures.first {
            waits.append(first.timeIntervalSince(cutoff))
        }
        return waits.max().map { max(1, Int($0.rounded(.up))) }
    }

    func failed(account: String, address: String, now: Date = Date()) {
        accountFailures[account, default: []].append(now)
        addressFailures[address, default: []].append(now)
        if accountFailures.count > 100_000 || addressFailures.count > 100_000 { prune(now: now) }
    }

    func succeeded(account: String) { accountFailures[account] = nil }

    private func prune(now: Date) {
        let cutoff = now.addingTimeInterval(-window)
        accountFailures = accountFailures.filter { $0.value.contains { $0 >= cutoff } }
        addressFailures = addressFailures.filter { $0.value.contains { $0 >= cutoff } }
    }
}

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
