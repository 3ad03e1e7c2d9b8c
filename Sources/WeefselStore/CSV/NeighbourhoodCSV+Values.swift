import WeefselGraph

/// Where a row was read (the file as its position in the import), for messages that point back to
/// an earlier row.
struct RowLocation: Sendable {
    var file: Int
    var line: Int

    /// `line 4`, or `line 4 of nodes-b.csv` when the row is in another file than `current`.
    func place(from current: Int, names: [String]) -> ImportProblem.Place {
        ImportProblem.Place(line: line, file: file == current ? nil : names[file])
    }
}

/// Parsing of the values in single cells, on the cell's UTF-8 bytes where speed matters.
enum CSVValue {
    /// The oldest and newest birth years accepted.
    static let birthYears = 1880...2100

    /// The items of a `|`-separated list cell, trimmed, without empty items.
    ///
    /// Splits the cell's UTF-8 bytes at each `|`; a `|` next to a byte above ASCII (which could join
    /// it into a larger character, as a combining mark does) sends the cell through `Character`s.
    /// - Complexity: O(length of the cell).
    static func list(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        guard text.utf8.contains(UInt8(ascii: "|")) else {
            let item = trimmed(Substring(text))
            return item.isEmpty ? [] : [item]
        }
        var text = text
        let split = text.withUTF8 { bytes -> [String]? in
            var items: [String] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "|") {
                if index < bytes.count,
                    index > 0 && bytes[index - 1] >= 0x80
                        || index + 1 < bytes.count && bytes[index + 1] >= 0x80
                {
                    return nil
                }
                if index > start {
                    let item = trimmed(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    if !item.isEmpty { items.append(item) }
                }
                start = index + 1
            }
            return items
        }
        return split ?? text.split(separator: "|").map(trimmed).filter { !$0.isEmpty }
    }

    /// The text of UTF-8 bytes without surrounding white space.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let first = bytes.first, let last = bytes.last else { return "" }
        let plain = { (byte: UInt8) in byte > 0x20 && byte < 0x80 }
        if plain(first) && plain(last) { return String(decoding: bytes, as: UTF8.self) }
        return trimmed(Substring(String(decoding: bytes, as: UTF8.self)))
    }

    /// The text without surrounding white space.
    static func trimmed(_ text: Substring) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return "" }
        let plain = { (byte: UInt8) in byte > 0x20 && byte < 0x80 }
        if plain(first) && plain(last) { return String(text) }
        var slice = text
        while let head = slice.first, head.isWhitespace { slice.removeFirst() }
        while let tail = slice.last, tail.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    /// A day in ISO form (read directly from the bytes) or any form `Day(parsing:)` accepts.
    static func day(_ text: String) -> Day? {
        if text.utf8.count == 10, let parsed = text.utf8.withContiguousStorageIfAvailable(isoDay),
            let day = parsed
        {
            return day
        }
        return Day(parsing: text)
    }

    private static func isoDay(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// A tie strength: `1`, `2`, `3`, or the words weak/medium/strong and zwak/gemiddeld/sterk.
    static func strength(_ text: String) -> Tie.Strength? {
        if let number = Int(text) { return Tie.Strength(rawValue: number) }
        switch text.lowercased() {
        case "weak", "zwak": return .weak
        case "medium", "gemiddeld", "middel": return .medium
        case "strong", "sterk": return .strong
        default: return nil
        }
    }

    static func nodeKind(_ text: String) -> Node.Kind? {
        Node.Kind(rawValue: text) ?? Node.Kind(parsing: text)
    }

    static func tieKind(_ text: String) -> Tie.Kind? {
        Tie.Kind(rawValue: text) ?? Tie.Kind(parsing: text)
    }

    /// The names of a closed set of values, for "expected ..." in messages.
    static func expected<Value: RawRepresentable & CaseIterable>(_ type: Value.Type) -> [String]
    where Value.RawValue == String {
        type.allCases.map(\.rawValue)
    }
}
