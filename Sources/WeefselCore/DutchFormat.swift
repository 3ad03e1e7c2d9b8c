import Foundation

/// Dates and times as a Dutch social worker writes them: `07-12-2026`, `07-12-2026 18:30`, in
/// Dutch local time.
public enum DutchFormat {
    /// The time zone of the Netherlands (winter and summer time).
    public static let timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }()

    /// `dd-MM-yyyy`.
    public static func date(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(twoDigits(parts.day))-\(twoDigits(parts.month))-\(parts.year ?? 0)"
    }

    /// `dd-MM-yyyy HH:mm`.
    public static func dateTime(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return self.date(date) + " \(twoDigits(parts.hour)):\(twoDigits(parts.minute))"
    }

    /// A whole number with thousands grouped: `10.000` in Dutch, `10,000` in English.
    public static func number(_ value: Int, separator: Character = ".") -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(separator) }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    private static func twoDigits(_ value: Int?) -> String {
        let value = value ?? 0
        return value < 10 ? "0\(value)" : String(value)
    }
}
