/// The length of a tie when paths are weighted by strength: a strong tie is a short step.
///
/// The length is `1 / strength`, kept exact as whole units of one sixth (`6 / strength`: 6, 3 or 2
/// for strengths 1, 2 and 3) so that equally long paths compare equal. A strength outside `1...3`
/// counts as the nearest of those.
@inline(__always) func tieLength(_ strength: UInt8) -> Int32 {
    switch strength {
    case 0, 1: 6
    case 2: 3
    default: 2
    }
}

/// Units of ``tieLength(_:)`` per unit of `1 / strength` distance.
let tieLengthUnitsPerStep: Double = 6

/// A tie strength as a weight, clamped to `1...3` like ``tieLength(_:)``.
@inline(__always) func clampedStrength(_ strength: UInt8) -> Double { Double(min(max(strength, 1), 3)) }
