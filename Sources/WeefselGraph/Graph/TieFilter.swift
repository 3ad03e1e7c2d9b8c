/// Which kinds of tie an analysis counts. Stored as a bit set so that filtering a tie costs one
/// AND.
public struct TieFilter: Sendable, Hashable, CustomStringConvertible {
    public let mask: UInt32

    public init(_ kinds: some Sequence<Tie.Kind>) {
        var mask: UInt32 = 0
        for kind in kinds { mask |= TieFilter.bit(kind) }
        self.mask = mask
    }

    /// Every positive kind except `professional`: what isolation and key figures are about.
    public static let informal = TieFilter(Tie.Kind.allCases.filter(\.isInformal))
    /// Informal ties plus professional support.
    public static let positive = TieFilter(Tie.Kind.allCases.filter { !$0.isNegative })
    /// Only conflict ties.
    public static let conflict = TieFilter([.conflict])
    /// Only professional ties.
    public static let professional = TieFilter([.professional])

    /// Conflict ties never carry a path, whatever a caller asks for.
    public var withoutConflict: TieFilter { TieFilter(mask: mask & ~TieFilter.bit(.conflict)) }

    public func contains(_ kind: Tie.Kind) -> Bool { mask & TieFilter.bit(kind) != 0 }

    public func union(_ other: TieFilter) -> TieFilter { TieFilter(mask: mask | other.mask) }

    public var kinds: [Tie.Kind] { Tie.Kind.allCases.filter(contains) }

    public var description: String { kinds.map(\.rawValue).joined(separator: "|") }

    init(mask: UInt32) { self.mask = mask }

    @inline(__always) static func bit(_ kind: Tie.Kind) -> UInt32 { 1 << UInt32(kind.ordinal) }
}

extension Tie.Kind {
    /// A small dense number per kind, for bit sets and compact arrays.
    public var ordinal: UInt8 { Tie.Kind.ordinals[self]! }

    public init(ordinal: UInt8) { self = Tie.Kind.allCases[Int(ordinal)] }

    private static let ordinals: [Tie.Kind: UInt8] = Dictionary(
        uniqueKeysWithValues: allCases.enumerated().map { ($0.element, UInt8($0.offset)) }
    )
}
