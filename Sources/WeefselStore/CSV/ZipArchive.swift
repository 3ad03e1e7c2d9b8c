import CompressNIO
import NIOCore

/// The files of a ZIP archive (an `.xlsx` workbook is one), read from memory: stored and
/// deflated entries, which is what spreadsheet programs write.
///
/// A workbook from a partner is untrusted: an entry may claim any size, so every entry is
/// limited to ``maximumEntrySize`` and the whole to ``maximumTotalSize`` once inflated.
struct ZipArchive {
    struct Failure: Error, Equatable {
        let reason: String
    }

    static let maximumEntrySize = 64 << 20
    static let maximumTotalSize = 128 << 20

    private let bytes: [UInt8]
    /// Each entry's name, method, sizes and where its local header starts.
    private var entries: [String: (method: UInt16, compressed: Int, size: Int, offset: Int)] = [:]

    /// Whether `bytes` start like a ZIP archive (`PK\3\4`).
    static func isArchive(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04
    }

    /// Reads the archive's central directory.
    ///
    /// - Throws: `Failure` when the archive is cut short or its directory does not add up.
    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        // The end of the central directory is in the last 64 KiB + 22 bytes.
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while end >= lowest,
            !(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 5 && bytes[end + 3] == 6)
        {
            end -= 1
        }
        guard end >= lowest, end >= 0 else { throw Failure(reason: "no ZIP directory (the file is cut short)") }
        let count = Int(try uint16(at: end + 10))
        var position = Int(try uint32(at: end + 16))
        var total = 0
        for _ in 0..<count {
            guard try uint32(at: position) == 0x0201_4B50 else { throw Failure(reason: "a damaged ZIP directory") }
            let method = try uint16(at: position + 10)
            let compressed = Int(try uint32(at: position + 20))
            let size = Int(try uint32(at: position + 24))
            let nameLength = Int(try uint16(at: position + 28))
            let extraLength = Int(try uint16(at: position + 30))
            let commentLength = Int(try uint16(at: position + 32))
            let offset = Int(try uint32(at: position + 42))
            guard position + 46 + nameLength <= bytes.count else { throw Failure(reason: "a damaged ZIP directory") }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            guard size <= Self.maximumEntrySize else { throw Failure(reason: "\(name) is too large") }
            total += size
            guard total <= Self.maximumTotalSize else { throw Failure(reason: "the workbook is too large") }
            entries[name] = (method, compressed, size, offset)
            position += 46 + nameLength + extraLength + commentLength
        }
    }

    /// The names of the entries, sorted.
    var names: [String] { entries.keys.sorted() }

    /// The bytes of entry `name`, or nil when the archive has no such entry.
    ///
    /// - Throws: `Failure` for an entry that is damaged or compressed in a way spreadsheets do not use.
    func contents(of name: String) throws(Failure) -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        guard try uint32(at: entry.offset) == 0x0403_4B50 else { throw Failure(reason: "\(name) is damaged") }
        let start = entry.offset + 30 + Int(try uint16(at: entry.offset + 26)) + Int(try uint16(at: entry.offset + 28))
        guard start >= 0, start + entry.compressed <= bytes.count else { throw Failure(reason: "\(name) is cut short") }
        let data = Array(bytes[start..<(start + entry.compressed)])
        switch entry.method {
        case 0: return data
        case 8:
            var input = ByteBuffer(bytes: data)
            var output = ByteBufferAllocator().buffer(capacity: entry.size)
            do {
                try input.decompress(to: &output, with: .deflate())
            } catch {
                throw Failure(reason: "\(name) cannot be unpacked")
            }
            guard output.readableBytes == entry.size else { throw Failure(reason: "\(name) is damaged") }
            return Array(output.readableBytesView)
        default: throw Failure(reason: "\(name) is packed in an unknown way (method \(entry.method))")
        }
    }

    private func uint16(at offset: Int) throws(Failure) -> UInt16 {
        guard offset >= 0, offset + 2 <= bytes.count else { throw Failure(reason: "the file is cut short") }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private func uint32(at offset: Int) throws(Failure) -> UInt32 {
        guard offset >= 0, offset + 4 <= bytes.count else { throw Failure(reason: "the file is cut short") }
        return (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }
}
