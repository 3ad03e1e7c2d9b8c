import Foundation
import WeefselGraph

extension Day {
    /// The UTC day of `date`.
    public init(_ date: Date) {
        self.init(ordinal: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// Midnight UTC at the start of the day.
    public var date: Date { Date(timeIntervalSince1970: Double(ordinal) * 86_400) }
}
