/// The codeword stage of ``QRCode``: the data bit stream, its division into blocks, Reed–Solomon error
/// correction and interleaving, for versions 1 to 10 at error-correction level M.
extension QRCode {
    /// All codewords in a symbol of version 1 to 10 (ISO/IEC 18004 Table 1).
    static let totalCodewords = [26, 44, 70, 100, 134, 172, 196, 242, 292, 346]
    /// Error-correction codewords in each block at level M, by version (Table 9).
    static let errorCorrectionPerBlock = [10, 16, 26, 18, 24, 16, 18, 22, 22, 26]
    /// Blocks at level M, by version (Table 9).
    static let blockCounts = [1, 1, 1, 2, 2, 4, 4, 4, 5, 5]
    /// The row and column centres of the alignment patterns, by version (Annex E).
    static let alignmentCentres: [[Int]] = [
        [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
    ]

    /// The data codewords of `version` at level M: all codewords less the error correction.
    static func dataCodewordCount(of version: Int) -> Int {
        totalCodewords[version - 1] - errorCorrectionPerBlock[version - 1] * blockCounts[version - 1]
    }

    /// The bits of the character count in byte mode: 8 up to version 9, 16 from version 10.
    static func countBitLength(of version: Int) -> Int { version < 10 ? 8 : 16 }

    /// The most bytes `version` holds in byte mode at level M, after the mode indicator and count.
    static func byteCapacity(of version: Int) -> Int {
        (dataCodewordCount(of: version) * 8 - 4 - countBitLength(of: version)) / 8
    }

    /// The final sequence of codewords for `bytes` in `version`: the data cut into blocks, each block's
    /// error correction computed, then the data and the error correction interleaved block by block (§7.6).
    static func codewords(for bytes: [UInt8], version: Int) -> [UInt8] {
        let data = dataCodewords(for: bytes, version: version)
        let blockCount = blockCounts[version - 1]
        let shortLength = data.count / blockCount
        let longBlockCount = data.count % blockCount
        var blocks: [[UInt8]] = []
        var start = 0
        for index in 0..<blockCount {
            // The last `longBlockCount` blocks hold one data codeword more than the others.
            let length = shortLength + (index >= blockCount - longBlockCount ? 1 : 0)
            blocks.append(Array(data[start..<(start + length)]))
            start += length
        }
        let degree = errorCorrectionPerBlock[version - 1]
        let corrections = blocks.map { ReedSolomon.remainder(of: $0, degree: degree) }
        return interleaved(blocks) + interleaved(corrections)
    }

    /// The data codewords: byte-mode indicator, character count, the bytes, a terminator of up to four zero
    /// bits, zero bits to the next byte, then the pad codewords 0xEC and 0x11 in turn to fill the capacity (§7.4).
    static func dataCodewords(for bytes: [UInt8], version: Int) -> [UInt8] {
        var bits: [Bool] = []
        func append(_ value: Int, bitCount: Int) {
            for shift in stride(from: bitCount - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
        }
        append(0b0100, bitCount: 4)
        append(bytes.count, bitCount: countBitLength(of: version))
        for byte in bytes { append(Int(byte), bitCount: 8) }
        let capacity = dataCodewordCount(of: version)
        append(0, bitCount: min(4, capacity * 8 - bits.count))
        append(0, bitCount: (8 - bits.count % 8) % 8)
        var codewords = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<(start + 8)].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
        let pads: [UInt8] = [0xEC, 0x11]
        for index in 0..<(capacity - codewords.count) { codewords.append(pads[index % 2]) }
        return codewords
    }

    /// The first codeword of every block, then the second of every block that has one, and so on.
    static func interleaved(_ blocks: [[UInt8]]) -> [UInt8] {
        let longest = blocks.map(\.count).max() ?? 0
        return (0..<longest).flatMap { index in blocks.compactMap { index < $0.count ? $0[index] : nil } }
    }

    /// The 15 format information bits for level M and `mask`: five data bits, a BCH(15, 5) remainder under
    /// generator 0x537, masked with 0x5412 so that they are never all light (§7.9). Level M's indicator is 00,
    /// so the data bits are the mask number itself.
    static func formatBits(mask: Int) -> Int {
        let data = mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        return (data << 10 | remainder) ^ 0x5412
    }

    /// The 18 version information bits of versions 7 and up: six data bits and a BCH(18, 6) remainder under
    /// generator 0x1F25 (§7.10).
    static func versionBits(version: Int) -> Int {
        var remainder = version
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        return version << 12 | remainder
    }

    /// Reed–Solomon error correction over GF(256) with the field polynomial x⁸ + x⁴ + x³ + x² + 1 (0x11D)
    /// and the generator polynomial whose roots are α⁰ … αⁿ⁻¹ with α = 2 (§7.5.2).
    enum ReedSolomon {
        /// The product of `x` and `y` in GF(256).
        static func product(_ x: UInt8, _ y: UInt8) -> UInt8 {
            var result = 0
            for shift in stride(from: 7, through: 0, by: -1) {
                result = (result << 1) ^ ((result >> 7) * 0x11D)
                result ^= (Int(y) >> shift & 1) * Int(x)
            }
            return UInt8(result)
        }

        /// The coefficients of the generator polynomial of `degree`, highest power first, without the
        /// leading 1.
        static func generator(degree: Int) -> [UInt8] {
            var coefficients = [UInt8](repeating: 0, count: degree)
            coefficients[degree - 1] = 1
            var root: UInt8 = 1
            for _ in 0..<degree {
                // Multiply by (x − root), which is (x + root) in GF(256).
                for index in 0..<degree {
                    coefficients[index] = product(coefficients[index], root)
                    if index + 1 < degree { coefficients[index] ^= coefficients[index + 1] }
                }
                root = product(root, 2)
            }
            return coefficients
        }

        /// The `degree` error-correction codewords of `data`: the remainder of data × xⁿ divided by the
        /// generator polynomial.
        static func remainder(of data: [UInt8], degree: Int) -> [UInt8] {
            let divisor = generator(degree: degree)
            var remainder = [UInt8](repeating: 0, count: degree)
            for codeword in data {
                let factor = codeword ^ remainder.removeFirst()
                remainder.append(0)
                for index in remainder.indices { remainder[index] ^= product(divisor[index], factor) }
            }
            return remainder
        }
    }
}
