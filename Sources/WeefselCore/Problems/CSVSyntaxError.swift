/// A problem in the text of a CSV file itself, before any column is interpreted: the file cannot be
/// read, or one record cannot be split into fields.
public struct CSVSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Sendable, Hashable {
        /// The file has no bytes, or only a byte order mark and white space.
        case emptyFile
        /// The file is larger than the limit, in bytes.
        case fileTooLarge(size: Int, limit: Int)
        /// UTF-16 text (it starts with a UTF-16 byte order mark), as Excel's "Unicode text" saves.
        case utf16
        /// A byte that no text file holds (NUL, another control character, or a byte that is neither
        /// UTF-8 nor Windows-1252).
        case binaryContent(byte: UInt8)
        /// A quoted field that is still open at the end of the file.
        case unterminatedQuote
        /// A field longer than the limit, in characters.
        case fieldTooLong(limit: Int)
        /// A record with more fields than the limit.
        case tooManyFields(limit: Int)
    }

    /// The 1-based physical line on which the record (or, for binary content, the byte) starts.
    public var line: Int
    /// The 0-based position of the field in its record, when the problem belongs to one field.
    public var field: Int?
    public var reason: Reason

    public init(line: Int, field: Int? = nil, reason: Reason) {
        self.line = line
        self.field = field
        self.reason = reason
    }

    /// What is wrong, in words a user of a spreadsheet understands.
    public var message: String { reason.english }

    public var description: String { "line \(line): \(message)" }
}

extension CSVSyntaxError.Reason {
    /// What is wrong, in English.
    public var english: String {
        switch self {
        case .emptyFile:
            "the file is empty"
        case .fileTooLarge(let size, let limit):
            "the file is \(size / (1 << 20)) MiB, more than the limit of \(limit / (1 << 20)) MiB"
        case .utf16:
            "the file is UTF-16 text; save it as CSV UTF-8 (or plain CSV) instead"
        case .binaryContent(let byte):
            "binary content (byte 0x\(String(byte, radix: 16, uppercase: true).leftPadded(to: 2))): "
                + "this is not a CSV text file"
        case .unterminatedQuote:
            "a quote opened here is never closed"
        case .fieldTooLong(let limit):
            "the field is longer than \(limit) characters"
        case .tooManyFields(let limit):
            "the record has more than \(limit) fields"
        }
    }

    /// What is wrong, in Dutch.
    public var dutch: String {
        switch self {
        case .emptyFile:
            "het bestand is leeg"
        case .fileTooLarge(let size, let limit):
            "het bestand is \(size / (1 << 20)) MiB, meer dan de grens van \(limit / (1 << 20)) MiB"
        case .utf16:
            "het bestand is UTF-16-tekst; sla het op als CSV UTF-8 (of gewone CSV)"
        case .binaryContent(let byte):
            "binaire inhoud (byte 0x\(String(byte, radix: 16, uppercase: true).leftPadded(to: 2))): "
                + "dit is geen CSV-tekstbestand"
        case .unterminatedQuote:
            "een aanhalingsteken dat hier opent, sluit nergens"
        case .fieldTooLong(let limit):
            "het veld is langer dan \(limit) tekens"
        case .tooManyFields(let limit):
            "de regel heeft meer dan \(limit) velden"
        }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
