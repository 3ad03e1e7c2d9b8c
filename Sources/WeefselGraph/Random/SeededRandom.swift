/// A small, fast, seeded random number generator (SplitMix64), so that every generated
/// neighbourhood, community split and random test is the same for the same seed on every machine.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in `0..<1`.
    public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// An independent generator for a numbered stream (for example one per thread or per round),
    /// derived from this generator's seed without advancing it.
    public func stream(_ number: UInt64) -> SeededRandom {
        var mixer = SeededRandom(seed: state ^ (number &* 0xD1B5_4A32_D192_ED03))
        return SeededRandom(seed: mixer.next())
    }
}
