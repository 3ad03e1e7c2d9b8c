import Synchronization

/// Results computed from the data, kept until the data change: the scoped neighbourhood of a
/// team, the graph of its map. A page that shows one person needs them as much as the overview
/// does, and building them again for every page costs more than showing the page.
///
/// Holds the results of one generation only, and at most `limit` of them (the least recently
/// asked for leave first), so a busy service keeps a few teams' results and no more.
public final class GenerationCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct State {
        var generation: UInt64?
        var values: [Key: (value: Value, used: UInt64)] = [:]
        var clock: UInt64 = 0
    }

    private let limit: Int
    private let state = Mutex(State())

    public init(limit: Int = 8) {
        self.limit = limit
    }

    /// The value for `key` as of the data's `generation` (``StoreGeneration/current``, read
    /// before the data are), computed by `make` when there is none.
    ///
    /// Two callers that ask at once may both compute it; the result is the same.
    public func value(_ key: Key, at generation: UInt64, _ make: () throws -> Value) throws -> Value {
        if let kept = self[key, at: generation] { return kept }
        let value = try make()
        keep(value, for: key, at: generation)
        return value
    }

    /// The value kept for `key` as of `generation`, if any.
    public subscript(key: Key, at generation: UInt64) -> Value? {
        state.withLock { state -> Value? in
            if state.generation.map({ $0 < generation }) ?? true {
                state.generation = generation
                state.values = [:]
            }
            // An answer made before the latest change is asked for after it: nothing kept fits.
            guard state.generation == generation else { return nil }
            state.clock += 1
            guard let entry = state.values[key] else { return nil }
            state.values[key] = (entry.value, state.clock)
            return entry.value
        }
    }

    /// Keeps `value` for `key`, made from the data as of `generation`.
    public func keep(_ value: Value, for key: Key, at generation: UInt64) {
        state.withLock { state in
            if state.generation.map({ $0 < generation }) ?? true {
                state.generation = generation
                state.values = [:]
            }
            // A change was seen while the value was made: it belongs to an older generation.
            guard state.generation == generation else { return }
            if state.values[key] == nil, state.values.count >= limit,
                let oldest = state.values.min(by: { $0.value.used < $1.value.used })
            {
                state.values[oldest.key] = nil
            }
            state.clock += 1
            state.values[key] = (value, state.clock)
        }
    }
}
