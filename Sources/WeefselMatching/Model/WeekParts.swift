/// The parts of the week someone is available: 7 days times morning, afternoon and evening, as a
/// 21-bit set (bit `3 * day + part`, Monday morning is bit 0).
///
/// Written `ma-ochtend|di-middag|zo-avond` (Dutch) or `mon-morning|...` (English); a day alone
/// (`wo`) means the whole day. An empty list on input means "not recorded": available any time.
public struct WeekParts: Sendable, Hashable, Codable, CustomStringConvertible {
    public let mask: UInt32

    public init(mask: UInt32) { self.mask = mask & WeekParts.all.mask }

    public static let all = WeekParts(rawMask: (1 << 21) - 1)
    public static let none = WeekParts(rawMask: 0)

    private init(rawMask: UInt32) { mask = rawMask }

    static let dutchDays = ["ma", "di", "wo", "do", "vr", "za", "zo"]
    static let englishDays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    static let dutchParts = ["ochtend", "middag", "avond"]
    static let englishParts = ["morning", "afternoon", "evening"]

    /// A single part: `day` 0 (Monday) to 6, `part` 0 (morning) to 2 (evening).
    public init(day: Int, part: Int) {
        precondition((0..<7).contains(day) && (0..<3).contains(part))
        self.init(rawMask: 1 << UInt32(3 * day + part))
    }

    public func contains(day: Int, part: Int) -> Bool { mask & (1 << UInt32(3 * day + part)) != 0 }

    public func overlaps(_ other: WeekParts) -> Bool { mask & other.mask != 0 }

    public func intersection(_ other: WeekParts) -> WeekParts { WeekParts(rawMask: mask & other.mask) }

    public func union(_ other: WeekParts) -> WeekParts { WeekParts(rawMask: mask | other.mask) }

    public var count: Int { mask.nonzeroBitCount }

    public var isEmpty: Bool { mask == 0 }

    /// Parses a `|`- or `,`-separated list of parts; `nil` names the first item not understood.
    public static func parse(_ text: String) -> Result<WeekParts, MatchingError> {
        var mask: UInt32 = 0
        let items = text.split(whereSeparator: { $0 == "|" || $0 == "," || $0 == ";" })
            .map { $0.filter { !$0.isWhitespace }.lowercased() }.filter { !$0.isEmpty }
        if items.isEmpty { return .success(.all) }
        for item in items {
            guard let bits = bits(of: item) else {
                return .failure(.invalidArgument("'\(item)' is not a part of the week (e.g. ma-ochtend)"))
            }
            mask |= bits
        }
        return .success(WeekParts(rawMask: mask))
    }

    private static func bits(of item: String) -> UInt32? {
        let pieces = item.split(separator: "-", maxSplits: 1).map(String.init)
        guard let first = pieces.first else { return nil }
        let day = dutchDays.firstIndex(of: first) ?? englishDays.firstIndex(of: first)
        if pieces.count == 1 {
            if let day { return 0b111 << UInt32(3 * day) }
            // A part alone (`avond`) means that part on every day.
            guard let part = dutchParts.firstIndex(of: first) ?? englishParts.firstIndex(of: first) else { return nil }
            return (0..<7).reduce(0) { $0 | 1 << UInt32(3 * $1 + part) }
        }
        let name = pieces[1]
        guard let day, let part = dutchParts.firstIndex(of: name) ?? englishParts.firstIndex(of: name) else {
            return nil
        }
        return 1 << UInt32(3 * day + part)
    }

    /// The parts in week order, in Dutch.
    public var dutchLabels: [String] { labels(days: WeekParts.dutchDays, parts: WeekParts.dutchParts) }

    public var englishLabels: [String] { labels(days: WeekParts.englishDays, parts: WeekParts.englishParts) }

    private func labels(days: [String], parts: [String]) -> [String] {
        var out: [String] = []
        for d in 0..<7 {
            for p in 0..<3 where contains(day: d, part: p) { out.append("\(days[d])-\(parts[p])") }
        }
        return out
    }

    /// `ma-ochtend|wo-avond`; `altijd` for every part and `nooit` for none.
    public var description: String {
        self == .all ? "altijd" : isEmpty ? "nooit" : dutchLabels.joined(separator: "|")
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        if text == "nooit" {
            self = .none
            return
        }
        switch WeekParts.parse(text == "altijd" ? "" : text) {
        case .success(let parts): self = parts
        case .failure(let error):
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
