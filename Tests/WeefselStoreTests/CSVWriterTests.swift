import Testing
import WeefselStore

@Suite struct CSVWriterTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("Jansen, Jan", "\"Jansen, Jan\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        (" padded ", "\" padded \""),
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        ("+31 6 1234", "'+31 6 1234"),
        ("-5", "'-5"),
        ("@home", "'@home"),
        ("'quoted", "''quoted"),
        ("a;b", "\"a;b\""),
        // A spreadsheet skips a leading tab or carriage return and runs the formula after it.
        ("\t=cmd|' /C calc'!A0", "\"'\t=cmd|' /C calc'!A0\""),
        ("\r=1+1", "\"'\r=1+1\""),
    ])
    func escapesOneField(_ field: String, _ written: String) {
        #expect(CSVWriter.escape(field) == written)
    }

    @Test func quotesCommasAndSemicolonsWhicheverIsTheDelimiter() {
        #expect(CSVWriter.escape("a;b", delimiter: UInt8(ascii: ";")) == "\"a;b\"")
        #expect(CSVWriter.escape("a,b", delimiter: UInt8(ascii: ";")) == "\"a,b\"")
    }

    @Test func writesRecordsThatReadBackExactly() throws {
        let rows = [
            ["id", "name", "note"],
            ["P1", "=1+1", "line one\r\nline two"],
            ["P2", " spaced ", "'; \"both\", ok"],
            ["P3", "", "-"],
            ["P4", "\t=1+1", "\r@x"],
        ]
        var writer = CSVWriter()
        rows.forEach { writer.append($0) }
        var reader = try CSVReader(bytes: Array(writer.text.utf8))
        var read: [[String]] = []
        while let record = try reader.next() { read.append(record.fields) }
        #expect(read == rows)
    }

    @Test func keepsARecordOfOneEmptyFieldApartFromABlankLine() throws {
        var writer = CSVWriter()
        writer.append(["only"])
        writer.append([""])
        var reader = try CSVReader(bytes: Array(writer.text.utf8))
        #expect(try reader.next()?.fields == ["only"])
        #expect(try reader.next()?.fields == [""])
    }
}
