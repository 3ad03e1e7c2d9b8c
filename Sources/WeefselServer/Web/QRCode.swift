/// A QR code (ISO/IEC 18004) for a short text, such as the `otpauth://` address an authenticator app scans
/// to enrol a second factor.
///
/// The text is encoded as UTF-8 in byte mode at error-correction level M, in the smallest of versions 1 to 10
/// that holds it (at most ``TooLong/maximumByteCount`` bytes), with the data mask of lowest penalty. Building
/// a code is deterministic: the same text always gives the same modules, and so the same SVG.
struct QRCode: Sendable {
    /// The text needs more bytes than version 10 holds at level M.
    struct TooLong: Error, Equatable {
        /// The most UTF-8 bytes a code of version 10 at level M holds: 213.
        static let maximumByteCount = QRCode.byteCapacity(of: 10)

        /// The UTF-8 length of the text that did not fit.
        let byteCount: Int
    }

    /// The version, 1 to 10: the symbol has 17 + 4 × version modules on a side.
    let version: Int
    /// The data mask pattern, 0 to 7, chosen for the lowest penalty score.
    let mask: Int
    /// The number of modules on a side, without quiet zone.
    let size: Int
    /// The modules row by row; true is dark.
    private let modules: [Bool]

    /// Encodes the UTF-8 bytes of `text`; throws ``TooLong`` past ``TooLong/maximumByteCount`` bytes.
    init(_ text: String) throws(TooLong) {
        let bytes = Array(text.utf8)
        guard let version = (1...10).first(where: { Self.byteCapacity(of: $0) >= bytes.count }) else {
            throw TooLong(byteCount: bytes.count)
        }
        var symbol = Symbol(version: version)
        symbol.place(Self.codewords(for: bytes, version: version))
        // Every mask is tried before the format information is written; on a tie the lower number wins.
        let candidates = (0..<8).map { symbol.masked(with: $0) }
        let penalties = candidates.map(\.penalty)
        let mask = penalties.indices.min { penalties[$0] < penalties[$1] } ?? 0
        var chosen = candidates[mask]
        chosen.drawInformation(mask: mask)
        self.version = version
        self.mask = mask
        self.size = chosen.size
        self.modules = chosen.dark
    }

    /// Whether the module at `row`, `column` (from the top left, 0-based) is dark; false outside the symbol.
    subscript(row: Int, column: Int) -> Bool {
        guard (0..<size).contains(row), (0..<size).contains(column) else { return false }
        return modules[row * size + column]
    }

    /// The code as a standalone `<svg>` element: a white square with the dark modules as one path, scaled to
    /// `moduleSize` pixels a module and surrounded by `quietZone` light modules (scanners want at least 4).
    /// `label` is what assistive technology announces for the image.
    func svg(moduleSize: Int = 4, quietZone: Int = 4, label: String) -> String {
        let margin = max(0, quietZone)
        let side = size + 2 * margin
        let pixels = side * max(1, moduleSize)
        var path = ""
        for row in 0..<size {
            var column = 0
            while column < size {
                guard self[row, column] else {
                    column += 1
                    continue
                }
                let start = column
                while column < size, self[row, column] { column += 1 }
                let run = column - start
                path += "M\(start + margin) \(row + margin)h\(run)v1h-\(run)z"
            }
        }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(pixels)" height="\(pixels)" \
            viewBox="0 0 \(side) \(side)" role="img" aria-label="\(Self.escaped(label))" \
            shape-rendering="crispEdges"><rect width="\(side)" height="\(side)" fill="#fff"/>\
            <path fill="#000" d="\(path)"/></svg>
            """
    }

    /// `text` safe inside an XML attribute value or element.
    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }
}

extension QRCode {
    /// The modules of a symbol being built, row by row, and which of them belong to function patterns
    /// (finders, timing, alignment, format and version information), which data and masks leave alone.
    struct Symbol: Sendable {
        let version: Int
        let size: Int
        private(set) var dark: [Bool]
        private var isFunction: [Bool]

        /// A symbol of `version` with its function patterns drawn and its information areas reserved.
        init(version: Int) {
            self.version = version
            size = 17 + 4 * version
            dark = Array(repeating: false, count: size * size)
            isFunction = dark
            drawFinders()
            drawTiming()
            drawAlignment()
            drawInformation(mask: nil)
        }

        /// Sets a function module; coordinates outside the symbol are ignored, which lets the finder
        /// separators be drawn as part of the finders.
        private mutating func setFunction(_ row: Int, _ column: Int, dark isDark: Bool) {
            guard (0..<size).contains(row), (0..<size).contains(column) else { return }
            dark[row * size + column] = isDark
            isFunction[row * size + column] = true
        }

        /// The three 7 × 7 finder patterns in the corners, each with its one-module light separator.
        private mutating func drawFinders() {
            for (top, left) in [(0, 0), (0, size - 7), (size - 7, 0)] {
                for row in -1...7 {
                    for column in -1...7 {
                        let ring = max(abs(row - 3), abs(column - 3))
                        setFunction(top + row, left + column, dark: ring != 2 && ring != 4)
                    }
                }
            }
        }

        /// The alternating timing patterns along row 6 and column 6, between the finders.
        private mutating func drawTiming() {
            for index in 8..<(size - 8) {
                setFunction(6, index, dark: index % 2 == 0)
                setFunction(index, 6, dark: index % 2 == 0)
            }
        }

        /// The 5 × 5 alignment patterns at every pair of centres except the three that overlap a finder.
        private mutating func drawAlignment() {
            let centres = QRCode.alignmentCentres[version - 1]
            guard let last = centres.last else { return }
            for row in centres {
                for column in centres {
                    let overlapsFinder = (row == 6 && (column == 6 || column == last)) || (row == last && column == 6)
                    guard !overlapsFinder else { continue }
                    for dRow in -2...2 {
                        for dColumn in -2...2 {
                            setFunction(row + dRow, column + dColumn, dark: max(abs(dRow), abs(dColumn)) != 1)
                        }
                    }
                }
            }
        }

        /// Writes the format information for level M and `mask` (twice), the dark module beside it, and for
        /// versions 7 and up the version information (twice). With `mask` nil, the same modules are only
        /// reserved, light, as they are while the masks are evaluated (ISO/IEC 18004 §7.1, steps 6 and 7).
        mutating func drawInformation(mask: Int?) {
            let format = mask.map { QRCode.formatBits(mask: $0) } ?? 0
            let formatBit = { (index: Int) in (format >> index) & 1 == 1 }
            for index in 0..<15 {
                // One copy bends around the top-left finder, skipping the timing patterns; the other is split
                // between row 8 by the top-right finder and column 8 by the bottom-left one.
                let nearCorner =
                    switch index {
                    case 0..<6: (index, 8)
                    case 6..<8: (index + 1, 8)
                    case 8: (8, 7)
                    default: (8, 14 - index)
                    }
                setFunction(nearCorner.0, nearCorner.1, dark: formatBit(index))
                let split = index < 8 ? (8, size - 1 - index) : (size - 15 + index, 8)
                setFunction(split.0, split.1, dark: formatBit(index))
            }
            setFunction(size - 8, 8, dark: mask != nil)
            guard version >= 7 else { return }
            let versionBits = mask == nil ? 0 : QRCode.versionBits(version: version)
            for index in 0..<18 {
                let isDark = (versionBits >> index) & 1 == 1
                setFunction(size - 11 + index % 3, index / 3, dark: isDark)
                setFunction(index / 3, size - 11 + index % 3, dark: isDark)
            }
        }

        /// Places `codewords` bit by bit, most significant first, in the two-module columns from the right,
        /// alternately upwards and downwards, skipping function modules and the vertical timing pattern
        /// (ISO/IEC 18004 §7.7.3). Modules left over are the light remainder bits.
        mutating func place(_ codewords: [UInt8]) {
            var bitIndex = 0
            for right in stride(from: size - 1, to: 0, by: -2).map({ $0 <= 6 ? $0 - 1 : $0 }) {
                // The rightmost pair of columns is filled upwards, the next downwards, and so on.
                let upwards = (right + 1) & 2 == 0
                for step in 0..<size {
                    let row = upwards ? size - 1 - step : step
                    for column in [right, right - 1] where !isFunction[row * size + column] {
                        guard bitIndex < codewords.count * 8 else { return }
                        dark[row * size + column] = (codewords[bitIndex / 8] >> (7 - bitIndex % 8)) & 1 == 1
                        bitIndex += 1
                    }
                }
            }
        }

        /// A copy with data mask `mask` (0 to 7) applied to every module outside the function patterns.
        func masked(with mask: Int) -> Symbol {
            var copy = self
            for row in 0..<size {
                for column in 0..<size where !isFunction[row * size + column] {
                    copy.dark[row * size + column] = dark[row * size + column] != QRCode.inverts(mask, row, column)
                }
            }
            return copy
        }
    }
}

extension QRCode {
    /// Whether data mask `mask` inverts the module at `row`, `column` (ISO/IEC 18004 Table 10).
    static func inverts(_ mask: Int, _ row: Int, _ column: Int) -> Bool {
        switch mask {
        case 0: (row + column) % 2 == 0
        case 1: row % 2 == 0
        case 2: column % 3 == 0
        case 3: (row + column) % 3 == 0
        case 4: (row / 2 + column / 3) % 2 == 0
        case 5: (row * column) % 2 + (row * column) % 3 == 0
        case 6: ((row * column) % 2 + (row * column) % 3) % 2 == 0
        default: ((row + column) % 2 + (row * column) % 3) % 2 == 0
        }
    }
}

extension QRCode.Symbol {
    /// The penalty score of ISO/IEC 18004 §7.8.3: runs of five or more like modules in a row or column,
    /// 2 × 2 blocks of one colour, finder-like 1:1:3:1:1 patterns beside four light modules, and imbalance
    /// between dark and light. Lower is easier to scan.
    var penalty: Int {
        let rows = (0..<size).map { row in (0..<size).map { dark[row * size + $0] } }
        let columns = (0..<size).map { column in (0..<size).map { dark[$0 * size + column] } }
        let lines = rows + columns
        return lines.map(Self.runPenalty).reduce(0, +) + lines.map(Self.finderPenalty).reduce(0, +)
            + blockPenalty + balancePenalty
    }

    /// 3 points for a run of five like modules, and 1 more for each module past five.
    static func runPenalty(_ line: [Bool]) -> Int {
        var score = 0
        var runStart = 0
        for index in 1...line.count where index == line.count || line[index] != line[runStart] {
            let length = index - runStart
            if length >= 5 { score += length - 2 }
            runStart = index
        }
        return score
    }

    /// 40 points for each dark-light-dark-dark-dark-light-dark sequence with four light modules before or after
    /// it; the light area around the symbol counts as light.
    static func finderPenalty(_ line: [Bool]) -> Int {
        let pattern = [true, false, true, true, true, false, true]
        let isLight = { (range: Range<Int>) in range.allSatisfy { !line.indices.contains($0) || !line[$0] } }
        var score = 0
        for start in 0...(line.count - pattern.count) where Array(line[start..<(start + 7)]) == pattern {
            if isLight((start - 4)..<start) || isLight((start + 7)..<(start + 11)) { score += 40 }
        }
        return score
    }

    /// 3 points for each 2 × 2 block of one colour, overlapping blocks counted separately.
    var blockPenalty: Int {
        var score = 0
        for row in 0..<(size - 1) {
            for column in 0..<(size - 1) {
                let topLeft = row * size + column
                let square = [dark[topLeft], dark[topLeft + 1], dark[topLeft + size], dark[topLeft + size + 1]]
                if square.allSatisfy({ $0 == square[0] }) { score += 3 }
            }
        }
        return score
    }

    /// 10 points for each full 5 % by which the share of dark modules departs from 50 %.
    var balancePenalty: Int {
        let darkCount = dark.filter { $0 }.count
        return 10 * (abs(20 * darkCount - 10 * dark.count) / dark.count)
    }
}
