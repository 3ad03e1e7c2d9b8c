/// A small sorted set of interned ids with a 64-bit filter in front, so that most disjoint pairs are
/// told apart with one AND.
struct SmallSet: Sendable, Hashable {
    private(set) var filter: UInt64 = 0
    private(set) var items: [Int32] = []

    init() {}

    init(_ values: some Sequence<Int32>) {
        items = Array(Set(values)).sorted()
        for item in items { filter |= 1 << UInt64(item & 63) }
    }

    var isEmpty: Bool { items.isEmpty }

    /// Whether the filter alone is exact: every item is below 64, so each has its own bit.
    var isExact: Bool { items.last.map { $0 < 64 } ?? true }

    func contains(_ value: Int32) -> Bool {
        guard filter & (1 << UInt64(value & 63)) != 0 else { return false }
        var low = 0
        var high = items.count
        while low < high {
            let mid = (low + high) / 2
            if items[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < items.count && items[low] == value
    }

    func intersects(_ other: SmallSet) -> Bool {
        guard filter & other.filter != 0 else { return false }
        return intersectionCount(other, stopAtFirst: true) > 0
    }

    /// - Complexity: O(a + b).
    func intersectionCount(_ other: SmallSet, stopAtFirst: Bool = false) -> Int {
        if filter & other.filter == 0 { return 0 }
        var i = 0
        var j = 0
        var count = 0
        while i < items.count, j < other.items.count {
            let a = items[i]
            let b = other.items[j]
            if a == b {
                count += 1
                if stopAtFirst { return count }
                i += 1
                j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }

    func intersection(_ other: SmallSet) -> [Int32] { items.filter { other.contains($0) } }
}

/// Hands out small dense numbers for strings (languages, interests, life areas), case-insensitively.
struct Interner: Sendable {
    private(set) var names: [String] = []
    private var numbers: [String: Int32] = [:]

    mutating func number(_ name: String) -> Int32 {
        let key = name.lowercased().trimmingCharacters()
        if let n = numbers[key] { return n }
        let n = Int32(names.count)
        numbers[key] = n
        names.append(key)
        return n
    }

    mutating func set(_ names: [String]) -> SmallSet { SmallSet(names.filter { !$0.isEmpty }.map { number($0) }) }
}

extension String {
    func trimmingCharacters() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
