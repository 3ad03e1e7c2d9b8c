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

extension Day {
    /// The day it is now in the Netherlands: what a worker calls today, also just after midnight.
    public static var dutchToday: Day { dutchDay(of: Date()) }

    /// The day `date` falls on in the Netherlands.
    public static func dutchDay(of date: Date) -> Day {
        Day(date.addingTimeInterval(TimeInterval(DutchFormat.timeZone.secondsFromGMT(for: date))))
    }
}
