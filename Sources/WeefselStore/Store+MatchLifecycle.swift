import WeefselGraph
import WeefselMatching

extension Store {
    /// The external id of the match numbered `number` in the register: `M0001`, `M0002`, ...
    static func matchID(_ number: Int) -> Match.ID {
        let digits = String(number)
        return Match.ID("M" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits)
    }
}
