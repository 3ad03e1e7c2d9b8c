import Testing

@testable import WeefselServer

/// The QR code of the account page's authenticator enrolment: modules equal to those of python-qrcode 8.2
/// (and of segno 1.6.6, whose automatic mask choice they share), an SVG that is safe to put in a page, and a
/// clear error for text that does not fit.
@Suite struct QRCodeTests {
    static let enrolment =
        "otpauth://totp/Weefsel:jan.de.vries%40example.org?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Weefsel"
    static let longEnrolment =
        "otpauth://totp/Weefsel:marieke.van.den.berg%40buurtwerk.example.org"
        + "?secret=KRSXG5CTMVRXEZLUKN2XAZLSONSWG4TFOQ&issuer=Weefsel&algorithm=SHA1&digits=6"

    /// The modules of `code` row by row, `#` for dark and `.` for light.
    static func rows(of code: QRCode) -> [String] {
        (0..<code.size).map { row in String((0..<code.size).map { code[row, $0] ? "#" : "." }) }
    }

    @Test func aShortWordIsVersionOne() throws {
        let code = try QRCode("Weefsel")
        #expect(code.version == 1 && code.size == 21 && code.mask == 1)
        #expect(Self.rows(of: code) == Self.wordRows)
    }

    /// 104 bytes: version 6, four blocks interleaved.
    @Test func anEnrolmentAddressMatchesTheReference() throws {
        let code = try QRCode(Self.enrolment)
        #expect(code.version == 6 && code.size == 41 && code.mask == 4)
        #expect(Self.rows(of: code) == Self.enrolmentRows)
    }

    /// 148 bytes: version 8, with version information and blocks of 38 and 39 data codewords.
    @Test func aLongEnrolmentAddressMatchesTheReference() throws {
        #expect(Self.longEnrolment.utf8.count == 148)
        let code = try QRCode(Self.longEnrolment)
        #expect(code.version == 8 && code.size == 49 && code.mask == 2)
        #expect(Self.rows(of: code) == Self.longEnrolmentRows)
    }

    @Test func theSmallestVersionThatHoldsTheTextIsChosen() throws {
        let capacities = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213]
        for (index, capacity) in capacities.enumerated() {
            #expect(try QRCode(String(repeating: "a", count: capacity)).version == index + 1)
            if index < 9 { #expect(try QRCode(String(repeating: "a", count: capacity + 1)).version == index + 2) }
        }
        #expect(QRCode.TooLong.maximumByteCount == 213)
    }

    @Test func textTooLongForVersionTenThrows() throws {
        #expect(throws: QRCode.TooLong(byteCount: 214)) { try QRCode(String(repeating: "a", count: 214)) }
        // The limit is in UTF-8 bytes: the euro sign takes three.
        #expect(try QRCode(String(repeating: "€", count: 71)).version == 10)
        #expect(throws: QRCode.TooLong(byteCount: 216)) { try QRCode(String(repeating: "€", count: 72)) }
    }

    @Test func theSVGIsDeterministicAndDrawsExactlyTheDarkModules() throws {
        let code = try QRCode(Self.enrolment)
        let svg = code.svg(label: "QR-code")
        #expect(svg == (try QRCode(Self.enrolment)).svg(label: "QR-code"))
        #expect(svg.hasPrefix("<svg ") && svg.hasSuffix("</svg>"))
        #expect(svg.contains(#"viewBox="0 0 49 49""#) && svg.contains(#"width="196" height="196""#))
        #expect(svg.contains(#"role="img""#) && svg.contains(#"shape-rendering="crispEdges""#))
        #expect(svg.contains(##"<rect width="49" height="49" fill="#fff"/>"##))
        // Each run `M x y h n v1 h-n z` covers n dark modules of one row, 4 modules in from the quiet zone.
        var drawn = Array(repeating: Array(repeating: Character("."), count: code.size), count: code.size)
        let path = try #require(svg.split(separator: #"d=""#).last?.split(separator: "\"").first)
        for run in path.split(separator: "M") {
            let numbers = run.split(whereSeparator: { "hvz".contains($0) || $0 == " " }).compactMap { Int($0) }
            let (x, y, length) = (numbers[0] - 4, numbers[1] - 4, numbers[2])
            #expect(numbers == [x + 4, y + 4, length, 1, -length])
            for column in x..<(x + length) { drawn[y][column] = "#" }
        }
        #expect(drawn.map { String($0) } == Self.rows(of: code))
    }

    @Test func theSVGScalesAndKeepsItsQuietZone() throws {
        let code = try QRCode("Weefsel")
        let svg = code.svg(moduleSize: 10, quietZone: 2, label: "QR-code")
        #expect(svg.contains(#"width="250" height="250" viewBox="0 0 25 25""#))
        #expect(svg.contains(#"d="M2 2h7v1h-7z"#))
    }

    @Test func theLabelIsEscapedAndTheSVGHasNoScript() throws {
        let label = #"Jan "<script>alert('x')</script>" & co"#
        let svg = try QRCode("otpauth://totp/x?secret=A&issuer=<script>").svg(label: label)
        let escaped = "Jan &quot;&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;&quot; &amp; co"
        #expect(svg.contains("aria-label=\"\(escaped)\""))
        #expect(!svg.lowercased().contains("<script"))
        #expect(!svg.contains("href") && !svg.contains("<?xml"))
    }
}

/// The reference modules, from python-qrcode 8.2 in byte mode at level M with the same version and mask.
extension QRCodeTests {
    /// 7 bytes, version 1, mask 1.
    static let wordRows = [
        "#######.####..#######",
        "#.....#....#..#.....#",
        "#.###.#.#.#...#.###.#",
        "#.###.#...#.#.#.###.#",
        "#.###.#..#.##.#.###.#",
        "#.....#.#..##.#.....#",
        "#######.#.#.#.#######",
        ".........##.#........",
        "#.#...##.##....#..#.#",
        "#.###..#.#.#.##..#..#",
        "....###....###.##.#.#",
        "..##....#..#.##..#.##",
        ".###.###.######..#..#",
        "........#.......##.#.",
        "#######.#.#...#.#.#.#",
        "#.....#...#.#..#.#.##",
        "#.###.#.......#.##..#",
        "#.###.#..#.#.##.##...",
        "#.###.#.##.###..##.##",
        "#.....#....#.#####...",
        "#######.#########...#",
    ]

    /// 104 bytes, version 6, mask 4.
    static let enrolmentRows = [
        "#######.##..###..#.#..#..#..#...#.#######",
        "#.....#....#....#..#..#.##....##..#.....#",
        "#.###.#..######.##.###.#..####....#.###.#",
        "#.###.#.###.#..###..#....##.#..#..#.###.#",
        "#.###.#.##.#####.##....########.#.#.###.#",
        "#.....#.#.##..##.###.##..##..#.#..#.....#",
        "#######.#.#.#.#.#.#.#.#.#.#.#.#.#.#######",
        "........#.#.###..#.######..#####.........",
        "#...#.###..##...##..###.#.############..#",
        "#..###.###..#..##.#..###.####.#.#..##....",
        "########.##.##.#.......##..####..#.####.#",
        "##...#..#.##..##.###.####.##.###...###.##",
        "...##.#..##.##...#..###.#...###....#.....",
        "#.##.#.##.#.#....##....#.####..#.####.#.#",
        "......#.#..#.#####..#####..#......###...#",
        "#..#.#..####.#.#.##.###.#...###...#..#.#.",
        "##.##.#.##.#########..#..#.......#.#.#...",
        ".##.##...##..##.##.#.....##.#.##.####.#.#",
        "...#..#..##..##...#.##.#..##..#.###..#..#",
        ".##....#.....#.....#.#.#..##.#.###.#.#.#.",
        ".########...#......#.##.#...##.#.#..#..##",
        ".##..#.##.........#.#..#...####...###.#.#",
        "#..#..#.#......#.#..#.##.###..#.####.#..#",
        "..#.##.#...#.....#####.##.##.##.##.#.#.##",
        "...####...#.....##.#.#####..##.#.#..###.#",
        "#.#.##.....##.#...#.##.#...##...##.##.##.",
        ".#..#.#.#...####.##....##.##.##..##.....#",
        "#..#.#.#...##...###.##.##.#..#......##.##",
        "###.###.#.##..#..#..###....####..#.#...#.",
        "##.......#..#####.#..##....##..#.#.##.###",
        "....###.#.##.#..#...#.####.#.##...####..#",
        "..##...##....###.###.####.#.##...##.#....",
        "####.##.####.##.#..#..##..#....#######...",
        "........#.#..####.##.....#..##..#...#.#.#",
        "#######.#..#.#.#.#.....###.###..#.#.#..##",
        "#.....#..#...#..####.##....######...#..#.",
        "#.###.#.#.####....#####.#.#..#.######..##",
        "#.###.#...#####.#.....##.#.##....#...#..#",
        "#.###.#..#######.#...#.#.######..#......#",
        "#.....#..##...######.#.#..####..##.#.#.##",
        "#######.##..#.##..#####.#....#..##..#.##.",
    ]

    /// 148 bytes, version 8, mask 2.
    static let longEnrolmentRows = [
        "#######..#...##..###.....#...####....#..#.#######",
        "#.....#....##.##.########.###.#..##.#####.#.....#",
        "#.###.#.#......##.#....#.#.#.#......#..##.#.###.#",
        "#.###.#.####.#.##..#....##....##..####.#..#.###.#",
        "#.###.#.#..###.#..#..######.#.#.#..###....#.###.#",
        "#.....#.##.#..####.#..#...#..#..#######...#.....#",
        "#######.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#######",
        "........##.#.#..#.#...#...#.##..##.#.#..#........",
        "#.#####...#.#....##########..###.#####.##.#####..",
        "##.##..#..#..###..##..##.#..####...###.#.###.#...",
        ".##...#...##.#.##.###.#.#.#.##...#######...#.####",
        "###..#.#.#.###..###.....#..###..#####...###......",
        "#..#..#..#..##.........##.#...##..###.#...##...#.",
        "#..#.....#.##..######.#..#...###...#.#...###.#.#.",
        "###.###....#..##.#..#..##.######.#.#.#.##..#.####",
        ".#.....#########.#.###...#.##..#.###.#...##.##.#.",
        "##..#.###..#.###.####.#####...##...##.#.###...##.",
        "####...#.##....#####.#.#...#.###...#.#....###..#.",
        "....#####.##.###.#.##...###...###.##..####.#.#.##",
        ".#..##.#.##..#.##.#....#.#.....#...###.#..###..##",
        "#.#...#.##...##..##########....#...##..###.#..###",
        "..##......#.#.#####..#...#..####....##.#.###.#.##",
        "###.######..####.##...######.....###..#.#########",
        "..###...#.###.#....#..#...###.#.###..#..#...#..#.",
        "..###.#.##.##.#.##..###.#.#...##..####..#.#.###..",
        "##..#...##.#...#.###..#...#####..#.#.#..#...##...",
        "##.######...#####.#...#####.#...#############.#.#",
        "#.#.##......#.##...#.###..###.#.#.#...#.####.....",
        "#.#..##.##.##.##...#.#.#..#..#.#.##.#..####.#..#.",
        "...##..####...#...#..#############..##.##..#..#..",
        ".##...####.#.#.#...#....##.#..#...#.#..#####...##",
        "##......#.......##...#.##.###.###......###.#....#",
        "##..#.###.##.##..####.#.##...##..#.###.##..##..##",
        "..####.#....#...####.#.######.##...#.#.##.#..#...",
        ".#.#.##.##.#.#.#.#.#.#..#....#.######.#...####.##",
        "..##...#....#.###.#.#..####..#......###.##.#...##",
        "##.##.#..###..#.#..##.##.#...###...#####.##.#####",
        "..#.##...#..##..#..#.#.##..####......#.#..##....#",
        ".#...###..##.#...#.#...#.#..#...###..###..#.#..##",
        ".###...#.#..#.###..#.#.#.#.###.##.##.....#.....##",
        "###...#######..####.########..##.####.#######.##.",
        "........###.###....#..#...#..###....##.##...###..",
        "#######..##.#...#...###.#.#....#.######.#.#.##.##",
        "#.....#.##.####....####...#.##.###.#.#.##...#..##",
        "#.###.#.#....#.##.....#####..#.#.#####..######.##",
        "#.###.#.#..####..######...#..##.#...##.######..##",
        "#.###.#.##.#.#..##..#...##.#..##...###....##..#..",
        "#.....#..#..##.#.#.#######.##.#.###..##.####....#",
        "#######.#..###......#..#####.###.#.##..#..#..####",
    ]
}
