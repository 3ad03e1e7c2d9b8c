/// The text of a CSV file as UTF-8 bytes, decoded from whatever a spreadsheet wrote: UTF-8 with or
/// without a byte order mark, or Windows-1252 (what Excel on a Dutch Windows machine saves).
public struct CSVText: Sendable {
    /// How the original bytes were encoded.
    public enum Encoding: String, Sendable, Hashable {
        case utf8
        case utf8WithByteOrderMark
        case windows1252
    }

    /// The largest file accepted, in bytes (256 MiB).
    public static let maximumFileSize = 256 << 20

    /// The text, UTF-8 encoded, without a byte order mark.
    public let utf8: [UInt8]
    public let encoding: Encoding

    /// Decodes the bytes of a file.
    ///
    /// Bytes that are valid UTF-8 are read as UTF-8; otherwise every byte is read as Windows-1252.
    /// - Throws: `CSVSyntaxError` when the file is empty (or only white space), larger than
    ///   `maximumFileSize`, UTF-16 text, or holds binary content: a NUL byte or another control character besides
    ///   tab, line feed and carriage return, or a byte that Windows-1252 leaves undefined.
    /// - Complexity: O(*n*) in the number of bytes.
    public init(decoding bytes: [UInt8], maximumFileSize: Int = CSVText.maximumFileSize) throws(CSVSyntaxError) {
        guard bytes.count <= maximumFileSize else {
            throw CSVSyntaxError(line: 1, reason: .fileTooLarge(size: bytes.count, limit: maximumFileSize))
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw CSVSyntaxError(line: 1, reason: .utf16)
        }
        let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let start = hasByteOrderMark ? 3 : 0
        let scan = bytes.withUnsafeBufferPointer { CSVText.scan(UnsafeBufferPointer(rebasing: $0[start...])) }
        if let binary = scan.binary {
            throw CSVSyntaxError(line: binary.line, reason: .binaryContent(byte: binary.byte))
        }
        guard scan.hasText else { throw CSVSyntaxError(line: 1, reason: .emptyFile) }
        if scan.isUTF8 {
            utf8 = hasByteOrderMark ? Array(bytes[3...]) : bytes
            encoding = hasByteOrderMark ? .utf8WithByteOrderMark : .utf8
        } else {
            utf8 = try CSVText.transcodeWindows1252(bytes[start...])
            encoding = .windows1252
        }
    }

    private struct Scan {
        var isUTF8 = true
        var hasText = false
        var binary: (line: Int, byte: UInt8)?
    }

    /// One pass that validates UTF-8, looks for control characters and for any non-blank byte;
    /// eight printable ASCII bytes at a time where it can.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Scan {
        var result = Scan()
        guard let base = bytes.baseAddress else { return result }
        let raw = UnsafeRawPointer(base)
        var index = 0
        let count = bytes.count
        while index < count {
            if index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let nonASCII = word & 0x8080_8080_8080_8080
                // Sets a high bit where some byte is below 0x20 (exact as long as all bytes are ASCII).
                let control = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                if nonASCII | control == 0 {
                    if word != 0x2020_2020_2020_2020 { result.hasText = true }
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte < 0x20 {
                    if byte != 0x0A && byte != 0x09 && byte != 0x0D {
                        let line =
                            1 + UnsafeBufferPointer(rebasing: bytes[..<index]).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                        result.binary = (line, byte)
                        return result
                    }
                } else if byte != 0x20 {
                    result.hasText = true
                }
                index += 1
                continue
            }
            result.hasText = true
            if result.isUTF8 {
                let length = utf8SequenceLength(bytes, at: index)
                if length > 0 {
                    index += length
                    continue
                }
                result.isUTF8 = false
            }
            index += 1
        }
        return result
    }

    /// The length of the valid multi-byte UTF-8 sequence starting at `index`, or 0 if it is invalid
    /// (overlong forms, surrogates and values above U+10FFFF are invalid).
    private static func utf8SequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let remaining = bytes.count - index
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            offset < remaining && range.contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }

    /// The Unicode scalars of Windows-1252 bytes 0x80...0x9F; 0 marks the five undefined bytes.
    static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Re-encodes Windows-1252 bytes as UTF-8 (bytes 0xA0...0xFF are Latin-1).
    /// - Complexity: O(*n*).
    static func transcodeWindows1252(_ bytes: ArraySlice<UInt8>) throws(CSVSyntaxError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var line = 1
        for byte in bytes {
            if byte < 0x80 {
                if byte == 0x0A { line += 1 }
                output.append(byte)
                continue
            }
            let scalar = byte >= 0xA0 ? UInt32(byte) : windows1252High[Int(byte - 0x80)]
            guard scalar != 0 else { throw CSVSyntaxError(line: line, reason: .binaryContent(byte: byte)) }
            if scalar < 0x800 {
                output.append(UInt8(0xC0 | (scalar >> 6)))
                output.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                output.append(UInt8(0xE0 | (scalar >> 12)))
                output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                output.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return output
    }
}
