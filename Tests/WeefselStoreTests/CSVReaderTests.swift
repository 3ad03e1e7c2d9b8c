import Testing
import WeefselStore

@Suite struct CSVReaderTests {
    func records(_ text: String) throws -> [CSVRecord] {
        try records(Array(text.utf8))
    }

    func records(_ bytes: [UInt8]) throws -> [CSVRecord] {
        var reader = try CSVReader(bytes: bytes)
        var result: [CSVRecord] = []
        while let record = try reader.next() { result.append(record) }
        return result
    }

    @Test func splitsCommaSeparatedRecordsWithTheirLines() throws {
        let result = try records("id,kind,name\nP1,resident,Jan\n\nP2,resident,Fatma\n")
        #expect(
            result.map(\.fields) == [["id", "kind", "name"], ["P1", "resident", "Jan"], ["P2", "resident", "Fatma"]])
        #expect(result.map(\.line) == [1, 2, 4])
    }

    @Test func readsIntoAReusedRecordAsNextDoes() throws {
        let text = "a,b\n\"x\ny\",z\n\nlast,one\n"
        var reader = try CSVReader(bytes: Array(text.utf8))
        var record = CSVRecord(line: 0, fields: [])
        var read: [CSVRecord] = []
        while try reader.next(into: &record) { read.append(record) }
        #expect(read == (try records(text)))
        #expect(read.map(\.line) == [1, 2, 5])
    }

    @Test func detectsSemicolonsFromTheHeaderLine() throws {
        var reader = try CSVReader(bytes: Array("id;soort;naam\nP1;bewoner;Jansen, Jan\n".utf8))
        #expect(reader.delimiter == UInt8(ascii: ";"))
        #expect(try reader.next()?.fields == ["id", "soort", "naam"])
        #expect(try reader.next()?.fields == ["P1", "bewoner", "Jansen, Jan"])
    }

    @Test func detectsTheDelimiterBelowBlankLines() throws {
        let result = try records("\n  \r\nid;naam\nP1;Jansen, Jan\n")
        #expect(result.map(\.fields) == [["id", "naam"], ["P1", "Jansen, Jan"]])
        #expect(result.first?.line == 3)
    }

    @Test func readsQuotedFieldsWithDelimitersQuotesAndLineBreaks() throws {
        let text = "a,b,c\r\n\"x,y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nnext,\"\",z\r\n"
        let result = try records(text)
        #expect(result.map(\.fields) == [["a", "b", "c"], ["x,y", "say \"hi\"", "two\r\nlines"], ["next", "", "z"]])
        #expect(result.map(\.line) == [1, 2, 4])
    }

    @Test func trimsSpacesAroundUnquotedFieldsButKeepsQuotedText() throws {
        let result = try records("a , b,\" c \" \n")
        #expect(result.first?.fields == ["a", "b", " c "])
    }

    @Test func handlesCarriageReturnsAloneAndAMissingFinalLineBreak() throws {
        let result = try records("a,b\rc,d\re,f")
        #expect(result.map(\.fields) == [["a", "b"], ["c", "d"], ["e", "f"]])
        #expect(result.map(\.line) == [1, 2, 3])
    }

    @Test func dropsTheByteOrderMark() throws {
        var reader = try CSVReader(bytes: [0xEF, 0xBB, 0xBF] + Array("id,naam\n".utf8))
        #expect(reader.text.encoding == .utf8WithByteOrderMark)
        #expect(try reader.next()?.fields == ["id", "naam"])
    }

    @Test func decodesWindows1252WhenTheBytesAreNotUTF8() throws {
        // "Zoë;Café;€5;‘hoi’;ï" as Excel saves it on Windows.
        let bytes: [UInt8] =
            Array("Zo".utf8) + [0xEB, 0x3B] + Array("Caf".utf8) + [0xE9, 0x3B, 0x80, 0x35, 0x3B]
            + [0x91] + Array("hoi".utf8) + [0x92, 0x3B, 0xEF]
        var reader = try CSVReader(bytes: bytes)
        #expect(reader.text.encoding == .windows1252)
        #expect(try reader.next()?.fields == ["Zoë", "Café", "€5", "‘hoi’", "ï"])
    }

    @Test func keepsValidUTF8AsUTF8() throws {
        var reader = try CSVReader(bytes: Array("Zoë,Çelik,🙂\n".utf8))
        #expect(reader.text.encoding == .utf8)
        #expect(try reader.next()?.fields == ["Zoë", "Çelik", "🙂"])
    }

    @Test func removesTheQuoteThatProtectedAFormula() throws {
        let result = try records("'=SUM(A1),'+31 6,'-,'@x,''a,'plain,=raw\n")
        #expect(result.first?.fields == ["=SUM(A1)", "+31 6", "-", "@x", "'a", "'plain", "=raw"])
    }

    @Test func reportsAnUnterminatedQuoteAtTheLineTheRecordStarts() throws {
        var reader = try CSVReader(bytes: Array("a,b\nc,d\ne,\"open\nmore\nstill\n".utf8))
        _ = try reader.next()
        _ = try reader.next()
        #expect(throws: CSVSyntaxError(line: 3, reason: .unterminatedQuote)) { try reader.next() }
        #expect(try reader.next() == nil)
    }

    @Test func refusesEmptyAndBlankFiles() {
        for bytes: [UInt8] in [[], [0xEF, 0xBB, 0xBF], Array("  \r\n\n".utf8)] {
            #expect(throws: CSVSyntaxError(line: 1, reason: .emptyFile)) { try CSVReader(bytes: bytes) }
        }
    }

    @Test func refusesBinaryContentNamingTheLine() {
        #expect(throws: CSVSyntaxError(line: 2, reason: .binaryContent(byte: 0))) {
            try CSVReader(bytes: Array("a,b\nc".utf8) + [0, 1])
        }
        // 0x81 is undefined in Windows-1252 and invalid in UTF-8.
        #expect(throws: CSVSyntaxError(line: 3, reason: .binaryContent(byte: 0x81))) {
            try CSVReader(bytes: Array("a\nb\n".utf8) + [0x81])
        }
    }

    @Test func limitsFieldLengthAndFieldCountPerRecordAndContinues() throws {
        var reader = try CSVReader(
            bytes: Array("a,b\n\(String(repeating: "x", count: 11)),b\nc,d,e,f\nok,ok\n".utf8),
            maximumFieldLength: 10, maximumFieldCount: 3)
        _ = try reader.next()
        #expect(throws: CSVSyntaxError(line: 2, field: 0, reason: .fieldTooLong(limit: 10))) { try reader.next() }
        #expect(throws: CSVSyntaxError(line: 3, reason: .tooManyFields(limit: 3))) { try reader.next() }
        #expect(try reader.next() == CSVRecord(line: 4, fields: ["ok", "ok"]))
    }

    @Test func countsFieldLengthInCharactersNotBytes() throws {
        var reader = try CSVReader(bytes: Array("ëëëëë\n".utf8), maximumFieldLength: 5)
        #expect(try reader.next()?.fields == ["ëëëëë"])
    }

    @Test func refusesAFileAboveTheSizeLimit() {
        #expect(throws: CSVSyntaxError(line: 1, reason: .fileTooLarge(size: 11, limit: 10))) {
            try CSVText(decoding: Array("0123456789\n".utf8), maximumFileSize: 10)
        }
    }
}
