import Testing
import WeefselGraph
import WeefselStore

/// Every kind of bad input refuses the import with a problem that points at the right line and column.
@Suite struct CSVImportProblemTests {
    static let goodNodes = "id,kind,name\nP1,resident,Jan\nP2,resident,Fatma\nP3,volunteer,Piet\n"

    func problems(nodes: String? = nil, ties: String? = nil, existing: Set<Node.ID> = []) -> [ImportProblem] {
        var files: [CSVFile] = []
        if let nodes { files.append(CSVFile(name: "nodes.csv", bytes: Array(nodes.utf8))) }
        if let ties { files.append(CSVFile(name: "ties.csv", bytes: Array(ties.utf8))) }
        return problems(files, existing: existing)
    }

    func problems(_ files: [CSVFile], existing: Set<Node.ID> = []) -> [ImportProblem] {
        do {
            _ = try NeighbourhoodCSV.parse(files, existing: existing)
            return []
        } catch {
            return error.problems
        }
    }

    /// The single problem found, as `file:line: column: message`.
    func only(_ found: [ImportProblem]) throws -> ImportProblem {
        #expect(found.count == 1, "\(found)")
        return try #require(found.first)
    }

    @Test func duplicateId() throws {
        let problem = try only(problems(nodes: "id,kind,name\nP1,resident,A\nP2,resident,B\nP1,resident,C\n"))
        #expect(problem.description == "nodes.csv:4: id: duplicate id 'P1' (first on line 2)")
    }

    @Test func duplicateIdAcrossTwoNodesFiles() throws {
        let first = CSVFile(name: "a.csv", bytes: Array("id,kind,name\nP1,resident,A\n".utf8))
        let second = CSVFile(name: "b.csv", bytes: Array("id,kind,name\n\nP1,resident,B\n".utf8))
        let problem = try only(problems([first, second]))
        #expect(problem.description == "b.csv:3: id: duplicate id 'P1' (first on line 2 of a.csv)")
    }

    @Test func unknownKind() throws {
        let problem = try only(problems(nodes: "id,kind,name\nP1,resident,A\nP2,bewonr,B\n"))
        #expect(
            problem.description
                == "nodes.csv:3: kind: unknown kind 'bewonr' (expected resident, volunteer, association, professional)")
    }

    @Test func unknownKindUsesTheHeaderAsTheFileWritesIt() throws {
        let problem = try only(problems(nodes: "id;Soort;naam\nP1;bewonr;A\n"))
        #expect(problem.line == 2)
        #expect(problem.column == "Soort")
    }

    @Test func tieToAnUnknownNode() throws {
        let problem = try only(
            problems(nodes: Self.goodNodes, ties: "source,target,kind\nP1,P2,friend\nP1,P7,friend\n"))
        #expect(problem.file == "ties.csv")
        #expect(problem.line == 3)
        #expect(problem.column == "target")
        #expect(problem.message.hasPrefix("unknown node 'P7'"))
    }

    @Test func missingRequiredColumn() throws {
        let problem = try only(problems(nodes: "id,kind\nP1,resident\n"))
        #expect(problem.description == "nodes.csv:1: name: missing required column 'name' in a nodes file")
    }

    @Test func unterminatedQuote() throws {
        let problem = try only(problems(nodes: "id,kind,name\nP1,resident,A\nP2,resident,\"Bea\nP3,resident,C\n"))
        #expect(problem.line == 3)
        #expect(problem.column == "-")
        #expect(problem.message.contains("never closed"))
    }

    @Test func wrongNumberOfFields() throws {
        let problem = try only(problems(nodes: "id,kind,name\nP1,resident,A\nP2,resident,Jansen, Jan\n"))
        #expect(problem.line == 3)
        #expect(problem.column == "-")
        #expect(problem.message.hasPrefix("4 fields where the header has 3"))
    }

    @Test func wrongNumberOfFieldsDoesNotAlsoMakeTiesToThatRowUnknown() throws {
        let found = problems(
            nodes: "id,kind,name\nP1,resident,A\nP2,resident\n", ties: "source,target,kind\nP1,P2,friend\n")
        #expect(found.map(\.line) == [3])
    }

    @Test func lineNumbersCountTheLinesInsideQuotedFields() throws {
        // A note may hold line breaks; the problem on the row after it is on physical line 4.
        let problem = try only(
            problems(
                nodes: "id,kind,name\nP1,resident,A\nP2,resident,B\nP3,resident,C\n",
                ties: "source,target,kind,note\nP1,P2,friend,\"two\nlines\"\nP1,P3,nokind,\n"))
        #expect(problem.file == "ties.csv" && problem.line == 4)
    }

    @Test func emptyName() throws {
        let problem = try only(problems(nodes: "id,kind,name\nP1,resident,A\nP2,resident,\n"))
        #expect(problem.description == "nodes.csv:3: name: the name is empty")
    }

    @Test func emptyId() throws {
        let problem = try only(problems(nodes: "id,kind,name\n,resident,A\n"))
        #expect(problem.description == "nodes.csv:2: id: the id is empty")
    }

    @Test(arguments: ["0", "4", "-1", "veel", "2.5"])
    func strengthOutOfRange(_ value: String) throws {
        let ties = "source,target,kind,strength\nP1,P2,friend,2\nP1,P3,friend,\(value)\n"
        let problem = try only(problems(nodes: Self.goodNodes, ties: ties))
        #expect(problem.line == 3)
        #expect(problem.column == "strength")
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "gisteren", "31-03-24"])
    func invalidDate(_ value: String) throws {
        let ties = "source,target,kind,since\nP1,P2,friend,2024-03-31\nP1,P3,friend,\(value)\n"
        let problem = try only(problems(nodes: Self.goodNodes, ties: ties))
        #expect(problem.line == 3)
        #expect(problem.column == "since")
        #expect(problem.message.hasPrefix("invalid date"))
    }

    @Test func nulBytes() throws {
        let bytes = Array("id,kind,name\nP1,resident,A\nP2,resident,B".utf8) + [0x00, 0x00, 0x41]
        let problem = try only(problems([CSVFile(name: "nodes.csv", bytes: bytes)]))
        #expect(problem.line == 3)
        #expect(problem.message.hasPrefix("binary content (byte 0x00)"))
    }

    @Test func binaryContent() throws {
        // The start of a ZIP archive (an .xlsx file saved under a .csv name): read as the
        // workbook it is, and refused as one that is cut short.
        let bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]
        let problem = try only(problems([CSVFile(name: "nodes.csv", bytes: bytes)]))
        #expect(problem.line == 1)
        #expect(problem.message.contains("the spreadsheet cannot be read"))
    }

    @Test func utf16TextAsExcelSavesUnicodeText() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("id\tkind".utf8).flatMap { [$0, 0] }
        let problem = try only(problems([CSVFile(name: "nodes.csv", bytes: bytes)]))
        #expect(problem.line == 1)
        #expect(problem.message.hasPrefix("the file is UTF-16 text"))
    }

    @Test func emptyFile() throws {
        let problem = try only(problems([CSVFile(name: "nodes.csv", bytes: [])]))
        #expect(problem.description == "nodes.csv:1: -: the file is empty")
    }

    @Test func headerOnly() throws {
        let problem = try only(problems(nodes: "\nid,kind,name\n\n"))
        #expect(problem.description == "nodes.csv:2: -: the file has a header but no rows")
    }

    @Test func headerOnlyInEveryFile() throws {
        let found = problems(nodes: "id,kind,name\n", ties: "\n\nsource,target,kind\n,,\n")
        #expect(
            found.map(\.description) == [
                "nodes.csv:1: -: the file has a header but no rows", "ties.csv:3: -: the file has a header but no rows",
            ])
    }

    @Test func selfTie() throws {
        let problem = try only(
            problems(nodes: Self.goodNodes, ties: "source,target,kind\nP1,P2,friend\nP3,P3,friend\n"))
        #expect(problem.description == "ties.csv:3: target: a tie from 'P3' to itself")
    }

    @Test func theSameUndirectedTieTwice() throws {
        let ties = "source,target,kind\nP1,P2,friend\nP2,P3,friend\nP2,P1,neighbour\nP2,P1,vriend\n"
        let problem = try only(problems(nodes: Self.goodNodes, ties: ties))
        #expect(problem.line == 5)
        #expect(problem.column == "-")
        #expect(problem.message == "the same friend tie between 'P1' and 'P2' as on line 2 (ties are undirected)")
    }

    @Test func untilBeforeSince() throws {
        let ties =
            "source,target,kind,since,until\nP1,P2,friend,2024-01-01,2024-01-01\nP1,P3,friend,01-06-2024,2024-05-31\n"
        let problem = try only(problems(nodes: Self.goodNodes, ties: ties))
        #expect(problem.description == "ties.csv:3: until: until 2024-05-31 is before since 2024-06-01")
    }

    @Test(arguments: ["19x5", "1700", "2999", "-1950", "1950.0"])
    func invalidBirthYear(_ value: String) throws {
        let problem = try only(problems(nodes: "id,kind,name,birth_year\nP1,resident,A,1950\nP2,resident,B,\(value)\n"))
        #expect(problem.line == 3)
        #expect(problem.column == "birth_year")
    }

    @Test func unknownRole() throws {
        let problem = try only(problems(nodes: "id,kind,name,roles\nP1,resident,A,ouder\nP2,resident,B,ouder|baas\n"))
        #expect(
            problem.description
                == "nodes.csv:3: roles: unknown role 'baas' (expected volunteer, coordinator, caregiver, parent)")
    }

    @Test func unknownConsent() throws {
        let problem = try only(problems(nodes: "id,kind,name,consent\nP1,resident,A,maps\nP2,resident,B,alles\n"))
        #expect(
            problem.description
                == "nodes.csv:3: consent: unknown consent purpose 'alles' (expected matching, maps, sharing)")
    }

    @Test func unknownTieKind() throws {
        let problem = try only(
            problems(nodes: Self.goodNodes, ties: "source,target,kind\nP1,P2,friend\nP1,P3,collega\n"))
        #expect(problem.line == 3)
        #expect(problem.column == "kind")
        #expect(problem.message.hasPrefix("unknown tie kind 'collega' (expected family, household,"))
    }

    @Test func householdAddressDisagreement() throws {
        let nodes = """
            id,kind,name,household,street,house_number
            P1,resident,A,H1,Lindelaan,12
            P2,resident,B,H2,Eikenlaan,3
            P3,resident,C,H1,Lindelaan,14

            """
        let problem = try only(problems(nodes: nodes))
        #expect(
            problem.description
                == "nodes.csv:4: house_number: household 'H1' has house_number '14' here but '12' on line 2")
    }

    @Test func addressWithoutHousehold() throws {
        let problem = try only(problems(nodes: "id,kind,name,household,straat\nP1,resident,A,,Lindelaan\n"))
        #expect(problem.line == 2)
        #expect(problem.column == "straat")
    }

    @Test func fieldTooLong() throws {
        let long = String(repeating: "x", count: CSVReader.maximumFieldLength + 1)
        let problem = try only(problems(nodes: "id,kind,name\nP1,resident,A\nP2,resident,\(long)\n"))
        #expect(problem.line == 3)
        #expect(problem.column == "name")
        #expect(problem.message == "the field is longer than 4096 characters")
    }

    @Test func tooManyFields() throws {
        let wide = String(repeating: ",", count: CSVReader.maximumFieldCount)
        let problem = try only(problems(nodes: "id,kind,name\nP1,resident,A\nP2,resident,B\(wide)\n"))
        #expect(problem.line == 3)
        #expect(problem.message == "the record has more than 256 fields")
    }

    @Test func valueUnderAnEmptyHeader() throws {
        let problem = try only(problems(nodes: "id;kind;name;\nP1;resident;A;\nP2;resident;B;x\n"))
        #expect(problem.line == 3)
        #expect(problem.message.contains("no header"))
    }

    @Test func repeatedColumn() throws {
        let problem = try only(problems(nodes: "id,kind,name,naam\nP1,resident,A,B\n"))
        #expect(problem.description == "nodes.csv:1: naam: column 'name' appears twice (also as 'name')")
    }

    @Test func reportsEveryProblemInOneRowAndAcrossFiles() {
        let found = problems(
            nodes: "id,kind,name,birth_year\nP1,nobody,,1600\n",
            ties: "source,target,kind,strength\nP1,P8,friend,9\n")
        #expect(
            found.map { "\($0.file):\($0.line):\($0.column)" }
                == [
                    "nodes.csv:2:kind", "nodes.csv:2:name", "nodes.csv:2:birth_year", "ties.csv:2:target",
                    "ties.csv:2:strength",
                ])
    }

    @Test func listsFiftyProblemsAndCountsTheRest() throws {
        let rows = (1...80).map { "P\($0),nobody,N\($0)" }.joined(separator: "\n")
        do {
            _ = try NeighbourhoodCSV.parse([CSVFile(name: "nodes.csv", bytes: Array("id,kind,name\n\(rows)\n".utf8))])
            Issue.record("a file with 80 unknown kinds was accepted")
        } catch {
            #expect(error.problems.count == 50)
            #expect(error.omitted == 30)
            #expect(error.problems.last?.line == 51)
            let lines = error.description.split(separator: "\n")
            #expect(lines.count == 51)
            #expect(lines.last == "... and 30 more problems")
        }
    }
}
