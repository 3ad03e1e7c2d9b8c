/// Writes CSV text that any spreadsheet opens safely and `CSVReader` reads back exactly.
///
/// A field is quoted when it holds a `,` or `;` (whichever is the delimiter, so that a spreadsheet
/// set to the other one keeps the field whole too), a quote, a line break, or starts or ends with a
/// space or tab; quotes inside are doubled. A field starting with `=`, `+`, `-`, `@` or `'` gets a
/// leading `'`, so a spreadsheet shows it as text instead of running it as a formula; `CSVReader`
/// removes that one `'` again. Records end with a line feed.
///
/// ```swift
/// var writer = CSVWriter()
/// writer.append(["id", "name"])
/// writer.append(["P1", "=cmd|' /C calc'!A0"])
/// print(writer.text)   // id,name\nP1,'=cmd|' /C calc'!A0\n
/// ```
public struct CSVWriter: Sendable {
    /// The first characters a spreadsheet would read as the start of a formula, plus `'` itself.
    static let formulaStarts: Set<UInt8> = [
        UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "'"),
    ]

    public let delimiter: Character
    /// The text written so far.
    public private(set) var text = ""

    /// - Parameter delimiter: `,` (the canonical format) or `;`.
    public init(delimiter: Character = ",") {
        self.delimiter = delimiter
    }

    /// Appends one record.
    /// - Complexity: O(total length of the fields).
    public mutating func append(_ fields: [String]) {
        if fields == [""] {
            // A bare empty line would read back as a blank line, which readers skip.
            text += "\"\"\n"
            return
        }
        var first = true
        for field in fields {
            if !first { text.append(delimiter) }
            first = false
            text += CSVWriter.escape(field, delimiter: delimiter)
        }
        text.append("\n")
    }

    /// One field as it appears in the file: protected against formulas, and quoted if needed.
    public static func escape(_ field: String, delimiter: Character = ",") -> String {
        guard let firstByte = field.utf8.first else { return "" }
        let value = formulaStarts.contains(firstByte) ? "'" + field : field
        let delimiterByte = delimiter.asciiValue ?? UInt8(ascii: ",")
        var needsQuotes = false
        for byte in field.utf8
        where byte == delimiterByte || byte == 0x2C || byte == 0x3B || byte == 0x22 || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        if let last = field.utf8.last, firstByte == 0x20 || firstByte == 0x09 || last == 0x20 || last == 0x09 {
            needsQuotes = true
        }
        guard needsQuotes else { return value }
        var quoted = "\""
        for character in value {
            if character == "\"" { quoted.append("\"") }
            quoted.append(character)
        }
        quoted.append("\"")
        return quoted
    }
}
