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

    /// `value` rounded to `places` decimals, without trailing zeros, its whole part grouped by
    /// thousands: `386,5`, `10.000`, `0,3` in Dutch (`grouping` ".", `point` ","), `386.5` in English.
    public static func decimal(_ value: Double, places: Int, grouping: Character = ".", point: Character = ",")
        -> String
    {
        let scale = (0..<max(0, places)).reduce(1.0) { result, _ in result * 10 }
        let scaled = (value.magnitude * scale).rounded()
        guard scaled < 1e15 else { return value < 0 ? "-∞" : "∞" }
        let whole = Int(scaled / scale)
        var fraction = String(Int(scaled) - whole * Int(scale))
        fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let negative = value < 0 && scaled > 0
        return (negative ? "-" : "") + number(whole, separator: grouping)
            + (fraction.isEmpty ? "" : "\(point)\(fraction)")
    }

    private static func twoDigits(_ value: Int?) -> String {
        let value = value ?? 0
        return value < 10 ? "0\(value)" : String(value)
    }
}
