import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The sheets of an Excel workbook (`.xlsx`, Office Open XML) as rows of text, as a partner saved
/// them: shared and inline strings, numbers as written (`1957`, `52.0502`), true/false as `1`/`0`,
/// and dates (cells formatted as a date) as `2026-03-31`. Formulas count by their last value.
struct Workbook {
    struct Sheet {
        let name: String
        /// The rows by their number in the sheet (1-based), each cell by its column (0-based).
        let rows: [Int: [Int: String]]
    }

    let sheets: [Sheet]

    /// - Throws: `ZipArchive.Failure` when the file is not a readable workbook.
    init(_ bytes: [UInt8]) throws(ZipArchive.Failure) {
        let archive = try ZipArchive(bytes)
        guard let workbook = try archive.contents(of: "xl/workbook.xml") else {
            throw ZipArchive.Failure(reason: "no workbook in it (is it an Excel file?)")
        }
        let relations = try archive.contents(of: "xl/_rels/workbook.xml.rels").map {
            XMLElements($0, collecting: ["Relationship"])
        }
        var targets: [String: String] = [:]
        for relation in relations?.found ?? [] {
            guard let id = relation.attributes["Id"], let target = relation.attributes["Target"] else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        let strings = try archive.contents(of: "xl/sharedStrings.xml").map(SharedStrings.init)?.strings ?? []
        let dates = try archive.contents(of: "xl/styles.xml").map(DateStyles.init)?.isDate ?? []
        var sheets: [Sheet] = []
        for sheet in XMLElements(workbook, collecting: ["sheet"]).found {
            guard let name = sheet.attributes["name"],
                let id = sheet.attributes["r:id"] ?? sheet.attributes.first(where: { $0.key.hasSuffix(":id") })?.value,
                let path = targets[id], let xml = try archive.contents(of: path)
            else { continue }
            sheets.append(Sheet(name: name, rows: SheetCells(xml, strings: strings, dates: dates).rows))
        }
        self.sheets = sheets
    }
}

/// The elements with given names in a part, with their attributes, in document order.
private final class XMLElements: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
    }

    private let names: Set<String>
    private(set) var found: [Element] = []

    init(_ bytes: [UInt8], collecting names: Set<String>) {
        self.names = names
        super.init()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        parser.parse()
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if names.contains(name) { found.append(Element(name: name, attributes: attributes)) }
    }
}

/// The shared strings of a workbook: the text of each `<si>`, its runs joined.
private final class SharedStrings: NSObject, XMLParserDelegate {
    private(set) var strings: [String] = []
    private var current: String?
    private var inText = false

    init(_ bytes: [UInt8]) {
        super.init()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        parser.parse()
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "si" { current = "" }
        // Phonetic runs (`rPh`) are readings, not the text.
        if name == "t", current != nil { inText = true }
        if name == "rPh" { inText = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current? += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "t" { inText = false }
        if name == "si", let text = current {
            strings.append(text)
            current = nil
        }
    }
}

/// Which cell styles (`s` of a cell, an index into `cellXfs`) show a date.
private struct DateStyles {
    let isDate: [Bool]

    init(_ bytes: [UInt8]) {
        let parts = XMLElements(bytes, collecting: ["numFmt", "cellXfs", "xf"]).found
        var custom: [Int: String] = [:]
        for format in parts where format.name == "numFmt" {
            if let id = format.attributes["numFmtId"].flatMap(Int.init) { custom[id] = format.attributes["formatCode"] }
        }
        // The `xf` elements after `cellXfs` are the cell styles (those before are `cellStyleXfs`).
        guard let start = parts.firstIndex(where: { $0.name == "cellXfs" }) else {
            isDate = []
            return
        }
        isDate = parts[(start + 1)...].filter { $0.name == "xf" }.map { xf in
            let id = xf.attributes["numFmtId"].flatMap(Int.init) ?? 0
            if (14...22).contains(id) || (45...47).contains(id) { return true }
            guard let code = custom[id]?.lowercased() else { return false }
            // Quoted text and colours are no date; d, m and y tokens are.
            let plain = code.replacing(/"[^"]*"|\[[^\]]*\]/, with: "")
            return plain.contains("d") || plain.contains("y")
        }
    }
}

/// The cells of one sheet as text.
private final class SheetCells: NSObject, XMLParserDelegate {
    private(set) var rows: [Int: [Int: String]] = [:]
    private let strings: [String]
    private let dates: [Bool]
    private var row = 0
    private var column = 0
    private var type = "n"
    private var style = 0
    private var value: String?
    private var text = ""
    private var reading = false

    init(_ bytes: [UInt8], strings: [String], dates: [Bool]) {
        self.strings = strings
        self.dates = dates
        super.init()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        parser.parse()
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "row": row = attributes["r"].flatMap(Int.init) ?? row + 1
        case "c":
            let reference = attributes["r"] ?? ""
            column = Self.column(of: reference) ?? column + 1
            if let number = Int(reference.drop(while: \.isLetter)) { row = number }
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap(Int.init) ?? 0
            value = nil
        case "v", "t":
            reading = true
            text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if reading { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t":
            reading = false
            value = (value ?? "") + text
        case "c":
            guard let raw = value else { return }
            let shown: String
            switch type {
            case "s": shown = Int(raw).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
            case "n" where style < dates.count && dates[style]: shown = Self.date(fromSerial: raw) ?? raw
            case "n": shown = Self.number(raw)
            default: shown = raw
            }
            if !shown.isEmpty { rows[row, default: [:]][column] = shown }
        default: break
        }
    }

    /// The 0-based column of a cell reference such as `AB12`.
    static func column(of reference: String) -> Int? {
        let letters = reference.prefix(while: \.isLetter).uppercased().unicodeScalars
        guard !letters.isEmpty, letters.count <= 3 else { return nil }
        return letters.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
    }

    /// A number as a person typed it: `1957`, not `1957.0`; `52.0502` as it is.
    static func number(_ raw: String) -> String {
        guard raw.hasSuffix(".0"), let whole = Int(raw.dropLast(2)) else { return raw }
        return String(whole)
    }

    /// An Excel date serial (days since 30 December 1899) as `2026-03-31`.
    static func date(fromSerial raw: String) -> String? {
        guard let serial = Double(raw), serial >= 1, serial < 2_958_466 else { return nil }
        let seconds = (serial.rounded(.down) - 25_569) * 86_400
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: seconds))
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
