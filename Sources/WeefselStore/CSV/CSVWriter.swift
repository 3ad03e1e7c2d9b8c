/// Writes CSV text that any spreadsheet opens safely and `CSVReader` reads back exactly.
///
/// A field is quoted when it holds a `,` or `;` (whichever is the delimiter, so that a spreadsheet
/// set to the other one keeps the field whole too), a quote, a line break, or starts or ends with a
/// space or tab; quotes inside are doubled. A field starting with `=`, `+`, `-`, `@`, a tab, a
/// carriage return or `'` gets a leading `'`, so a spreadsheet shows it as text instead of running
/// it as a formula; `CSVReader` removes that one `'` again. Records end with a line feed.
///
/// ```swift
/// var writer = CSVWriter()
/// writer.append(["id", "name"])
/// writer.append(["P1", "=cmd|' /C calc'!A0"])
/// print(writer.text)   // id,name\nP1,'=cmd|' /C calc'!A0\n
/// ```
public struct CSVWriter: Sendable {
    /// Whether a field starting with `byte` could be read as a formula by a spreadsheet (`=`, `+`,
    /// `-`, `@`, or a tab or carriage return a spreadsheet skips before one), or starts with the `'`
    /// that protects one.
    static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "'"), 0x09, 0x0D:
            true
        default: false
        }
    }

    /// The delimiter, `,` or `;`, as an ASCII byte.
    public let delimiter: UInt8
    /// The UTF-8 bytes written so far.
    public private(set) var bytes: [UInt8] = []
    private var fieldsInRecord = 0
    private var recordIsEmpty = true

    /// - Parameter delimiter: `,` (the canonical format) or `;`.
    public init(delimiter: UInt8 = UInt8(ascii: ",")) {
        self.delimiter = delimiter
    }

    /// The text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Reserves room for about `count` bytes of output.
    public mutating func reserveCapacity(_ count: Int) {
        bytes.reserveCapacity(count)
    }

    /// Appends one record.
    /// - Complexity: O(total length of the fields).
    public mutating func append(_ fields: [String]) {
        for field in fields { appendField(field) }
        endRecord()
    }

    /// Appends one field to the record being written.
    public mutating func appendField(_ field: String) {
        if fieldsInRecord > 0 { bytes.append(delimiter) }
        fieldsInRecord += 1
        recordIsEmpty = recordIsEmpty && field.isEmpty
        CSVWriter.write(field, delimiter: delimiter, to: &bytes)
    }

    /// Appends a whole number as one field.
    public mutating func appendField(_ number: Int) {
        if fieldsInRecord > 0 { bytes.append(delimiter) }
        fieldsInRecord += 1
        recordIsEmpty = false
        if number < 0 { bytes.append(UInt8(ascii: "'")) }
        bytes.append(contentsOf: String(number).utf8)
    }

    /// Ends the record being written.
    public mutating func endRecord() {
        if fieldsInRecord == 1 && recordIsEmpty {
            // A bare empty line would read back as a blank line, which readers skip.
            bytes += [0x22, 0x22]
        }
        bytes.append(0x0A)
        fieldsInRecord = 0
        recordIsEmpty = true
    }

    /// One field as it appears in the file: protected against formulas, and quoted if needed.
    public static func escape(_ field: String, delimiter: UInt8 = UInt8(ascii: ",")) -> String {
        var bytes: [UInt8] = []
        write(field, delimiter: delimiter, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func write(_ field: String, delimiter: UInt8, to output: inout [UInt8]) {
        var field = field
        field.withUTF8 { utf8 in
            guard let first = utf8.first, let last = utf8.last else { return }
            var needsQuotes = first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09
            if !needsQuotes {
                for byte in utf8
                where byte == delimiter || byte == 0x2C || byte == 0x3B || byte == 0x22 || byte == 0x0A || byte == 0x0D
                {
                    needsQuotes = true
                    break
                }
            }
            if needsQuotes { output.append(0x22) }
            if startsFormula(first) { output.append(UInt8(ascii: "'")) }
            if needsQuotes {
                for byte in utf8 {
                    if byte == 0x22 { output.append(0x22) }
                    output.append(byte)
                }
                output.append(0x22)
            } else if utf8.count <= 16 {
                for byte in utf8 { output.append(byte) }
            } else {
                output.append(contentsOf: utf8)
            }
        }
    }
}
