import Foundation

/// One record of a CSV file: its fields and the physical line it starts on.
public struct CSVRecord: Sendable, Hashable {
    /// The 1-based physical line on which the record starts (a quoted field can span lines).
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// Whether every field is empty, as in the rows of `;;;;` a spreadsheet writes below its data.
    public var isBlank: Bool { fields.allSatisfy(\.isEmpty) }
}

/// Splits the text of a CSV file into records, one at a time, keeping the line each starts on.
///
/// The dialect is the one Weefsel writes and the ones spreadsheets write: the delimiter is `,`, `;`
/// or a tab (whichever the first line holds most of, outside quotes), or the one an Excel `sep=;`
/// first line declares; records end with LF, CRLF or CR; a field
/// in double quotes may hold delimiters, line breaks and doubled quotes (`""`); spaces around an
/// unquoted field are dropped, quoted text is kept exactly; blank lines are skipped. A field that
/// `CSVWriter` protected against formulas (`'=SUM(A1)`) loses that one leading `'`.
///
/// ```swift
/// var reader = try CSVReader(bytes: Array(data))
/// while let record = try reader.next() { print(record.line, record.fields) }
/// ```
/// After `next()` throws for one record, the next call continues with the record after it; after an
/// unterminated quote (which swallows the rest of the file) it returns `nil`.
public struct CSVReader: Sendable {
    /// The longest field accepted, in characters.
    public static let maximumFieldLength = 4_096
    /// The most fields accepted in one record.
    public static let maximumFieldCount = 256

    public let text: CSVText
    /// The delimiter, `,` or `;`, as an ASCII byte.
    public let delimiter: UInt8
    public let maximumFieldLength: Int
    public let maximumFieldCount: Int

    private var position = 0
    private var line = 1
    private var finished = false
    private var scratch: [UInt8] = []

    /// Decodes the bytes of a file and detects its delimiter.
    /// - Throws: `CSVSyntaxError` for an empty, too large or binary file (see `CSVText`).
    public init(
        bytes: [UInt8], maximumFieldLength: Int = CSVReader.maximumFieldLength,
        maximumFieldCount: Int = CSVReader.maximumFieldCount
    ) throws(CSVSyntaxError) {
        try self.init(
            text: CSVText(decoding: bytes), maximumFieldLength: maximumFieldLength,
            maximumFieldCount: maximumFieldCount)
    }

    /// Reads already decoded text.
    public init(
        text: CSVText, maximumFieldLength: Int = CSVReader.maximumFieldLength,
        maximumFieldCount: Int = CSVReader.maximumFieldCount
    ) {
        self.text = text
        if let (declared, end) = CSVReader.declaredSeparator(in: text.utf8) {
            // Excel's `sep=;` line names the delimiter and is no record of its own.
            self.delimiter = declared
            position = end
            line = 2
        } else {
            self.delimiter = CSVReader.detectDelimiter(in: text.utf8)
        }
        self.maximumFieldLength = maximumFieldLength
        self.maximumFieldCount = maximumFieldCount
    }

    /// The delimiter a first line such as `sep=;` (as Excel writes it, perhaps in quotes) declares,
    /// and where the line after it starts; nil without such a line.
    static func declaredSeparator(in bytes: [UInt8]) -> (delimiter: UInt8, end: Int)? {
        var end = 0
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D, end < 16 { end += 1 }
        let first = String(decoding: bytes[0..<end], as: UTF8.self).lowercased()
            .trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
        guard first.hasPrefix("sep="), first.utf8.count == 5, let declared = first.utf8.last,
            [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")].contains(declared)
        else { return nil }
        if end < bytes.count, bytes[end] == 0x0D { end += 1 }
        if end < bytes.count, bytes[end] == 0x0A { end += 1 }
        return (declared, end)
    }

    /// The delimiter the first line that is not blank holds most of outside quotes: a tab (text
    /// copied out of a spreadsheet), `;` (a Dutch Excel) or `,`; `,` when none or tied with it.
    /// - Complexity: O(length of the lines up to the first that is not blank).
    static func detectDelimiter(in bytes: [UInt8]) -> UInt8 {
        var commas = 0
        var semicolons = 0
        var tabs = 0
        var quoted = false
        var blank = true
        func chosen() -> UInt8 {
            if tabs > commas && tabs > semicolons { return 0x09 }
            return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""):
                quoted.toggle()
                blank = false
            case UInt8(ascii: ","): if !quoted { commas += 1 }
            case UInt8(ascii: ";"): if !quoted { semicolons += 1 }
            case 0x09: if !quoted { tabs += 1 }
            case 0x0A, 0x0D:
                if !quoted && !blank { return chosen() }
            case UInt8(ascii: " "): break
            default: blank = false
            }
        }
        return chosen()
    }

    /// The next record that is not a blank line, or `nil` at the end of the file.
    /// - Throws: `CSVSyntaxError` for an unterminated quote, a field that is too long or a record
    ///   with too many fields; the error carries the line the record starts on.
    /// - Complexity: O(length of the record).
    public mutating func next() throws(CSVSyntaxError) -> CSVRecord? {
        var record = CSVRecord(line: 0, fields: [])
        return try next(into: &record) ? record : nil
    }

    /// Reads the next record that is not a blank line into `record`, reusing its storage, which
    /// saves an allocation per record when reading millions of them; `false` at the end of the file.
    /// - Throws: as `next()`.
    /// - Complexity: O(length of the record).
    public mutating func next(into record: inout CSVRecord) throws(CSVSyntaxError) -> Bool {
        while !finished {
            guard position < text.utf8.count else {
                finished = true
                return false
            }
            let startLine = line
            record.line = startLine
            record.fields.removeAll(keepingCapacity: true)
            var error: CSVSyntaxError?
            var quotedAny = false
            let outcome = text.utf8.withUnsafeBufferPointer { buffer in
                readRecord(buffer, into: &record.fields, error: &error, quotedAny: &quotedAny, startLine: startLine)
            }
            if !outcome {
                finished = true
                throw CSVSyntaxError(line: startLine, reason: .unterminatedQuote)
            }
            if let error { throw error }
            if record.fields.count == 1, record.fields[0].isEmpty, !quotedAny { continue }
            return true
        }
        return false
    }

    /// Reads one record starting at `position`; returns `false` for an unterminated quote.
    private mutating func readRecord(
        _ bytes: UnsafeBufferPointer<UInt8>, into fields: inout [String], error: inout CSVSyntaxError?,
        quotedAny: inout Bool, startLine: Int
    ) -> Bool {
        let count = bytes.count
        let quote = UInt8(ascii: "\"")
        let space = UInt8(ascii: " ")
        let delimiter = delimiter
        var position = position
        defer { self.position = position }
        var fieldIndex = 0
        while true {
            while position < count, bytes[position] == space { position += 1 }
            var value: String
            if position < count, bytes[position] == quote {
                quotedAny = true
                position += 1
                scratch.removeAll(keepingCapacity: true)
                var closed = false
                var segment = position
                while position < count {
                    let byte = bytes[position]
                    if byte == quote {
                        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<position]))
                        if position + 1 < count, bytes[position + 1] == quote {
                            scratch.append(quote)
                            position += 2
                            segment = position
                            continue
                        }
                        position += 1
                        closed = true
                        break
                    }
                    if byte == 0x0A {
                        line += 1
                    } else if byte == 0x0D, position + 1 >= count || bytes[position + 1] != 0x0A {
                        line += 1
                    }
                    position += 1
                }
                guard closed else { return false }
                // Text after the closing quote (other than spaces) is kept, as spreadsheets do.
                let tail = position
                while position < count {
                    let byte = bytes[position]
                    if byte == delimiter || byte == 0x0A || byte == 0x0D { break }
                    position += 1
                }
                var tailEnd = position
                while tailEnd > tail, bytes[tailEnd - 1] == space { tailEnd -= 1 }
                if tailEnd > tail { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[tail..<tailEnd])) }
                value = scratch.withUnsafeBufferPointer { CSVReader.string(from: $0) }
            } else {
                let start = position
                while position < count {
                    let byte = bytes[position]
                    if byte == delimiter || byte == 0x0A || byte == 0x0D { break }
                    position += 1
                }
                var end = position
                while end > start, bytes[end - 1] == space { end -= 1 }
                value = CSVReader.string(from: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            }
            if error == nil, value.utf8.count > maximumFieldLength,
                value.unicodeScalars.count > maximumFieldLength
            {
                error = CSVSyntaxError(
                    line: startLine, field: fieldIndex, reason: .fieldTooLong(limit: maximumFieldLength))
            }
            if fields.count < maximumFieldCount {
                fields.append(value)
            } else if error == nil {
                error = CSVSyntaxError(line: startLine, reason: .tooManyFields(limit: maximumFieldCount))
            }
            fieldIndex += 1
            guard position < count else { return true }
            let byte = bytes[position]
            position += 1
            if byte == delimiter { continue }
            if byte == 0x0D, position < count, bytes[position] == 0x0A { position += 1 }
            line += 1
            return true
        }
    }

    /// A field as a String, without the `'` that protected a formula-like value.
    private static func string(from bytes: UnsafeBufferPointer<UInt8>) -> String {
        if bytes.isEmpty { return "" }
        if bytes.count >= 2, bytes[0] == UInt8(ascii: "'"), CSVWriter.startsFormula(bytes[1]) {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[1...]), as: UTF8.self)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
