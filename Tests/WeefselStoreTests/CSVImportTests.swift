import Testing
import WeefselGraph
import WeefselStore

@Suite struct CSVImportTests {
    static let nodesHeader =
        "id,kind,name,household,street,house_number,postcode,birth_year,roles,languages,skills,interests,wijk,consent"

    func file(_ name: String, _ text: String, kind: CSVTableKind? = nil) -> CSVFile {
        CSVFile(name: name, bytes: Array(text.utf8), kind: kind)
    }

    @Test func readsEveryColumnOfTheCanonicalFiles() throws {
        let nodes = """
            \(Self.nodesHeader)
            P1,resident,Jan Jansen,H1,Lindelaan,12,1234 AB,1957,volunteer|parent,nl|tr,koken|fietsen,schaken,Noord,matching|maps
            P2,association,Speeltuin De Eik,,,,,,,,,,Noord,

            """
        let ties = """
            source,target,kind,strength,since,until,recorded_by,note
            P1,P2,member,3,2023-01-15,2024-06-30,Anouk,"Komt elke woensdag, helpt mee"
            P2,P1,volunteer,,,,,

            """
        let result = try NeighbourhoodCSV.parse([file("nodes.csv", nodes), file("ties.csv", ties)])
        let day = { (y: Int, m: Int, d: Int) in Day(year: y, month: m, day: d) }
        #expect(
            result
                == Neighbourhood(
                    nodes: [
                        Node(
                            id: "P1", kind: .resident, name: "Jan Jansen", household: "H1",
                            roles: [.volunteer, .parent],
                            birthYear: 1957, languages: ["nl", "tr"], skills: ["koken", "fietsen"],
                            interests: ["schaken"],
                            wijk: "Noord", consent: [.matching, .maps]),
                        Node(id: "P2", kind: .association, name: "Speeltuin De Eik", wijk: "Noord"),
                    ],
                    households: [
                        Household(id: "H1", street: "Lindelaan", houseNumber: "12", postcode: "1234 AB", wijk: "Noord")
                    ],
                    ties: [
                        Tie(
                            source: "P1", target: "P2", kind: .member, strength: .strong, since: day(2023, 1, 15),
                            until: day(2024, 6, 30), recordedBy: "Anouk", note: "Komt elke woensdag, helpt mee"),
                        Tie(source: "P2", target: "P1", kind: .volunteer, strength: .medium),
                    ]))
    }

    @Test func readsAnExcelExportWithDutchHeadersSemicolonsWindows1252AndCRLF() throws {
        // What Excel on a Dutch Windows machine writes: cp1252, `;`, CRLF, Dutch words.
        var nodes: [UInt8] = Array("ID;Soort;Naam;Huishouden;Straat;Huisnummer;Geboortejaar;Talen\r\n".utf8)
        nodes += Array("P1;bewoner;Zo".utf8) + [0xEB] + Array(" de Vries;H1;Dorpsstraat;3;1980;nl\r\n".utf8)
        nodes +=
            Array("P2;vrijwilliger;Ren".utf8) + [0xE9, 0x20, 0x91, 0x6B, 0x61, 0x70, 0x92] + Array(";;;;;\r\n".utf8)
        let ties = Array("Van;Naar;Soort;Sterkte;Sinds;Tot\r\nP1;P2;buren;sterk;01-02-2023;31/12/2024\r\n".utf8)
        let result = try NeighbourhoodCSV.parse([
            CSVFile(name: "bewoners.csv", bytes: nodes), CSVFile(name: "relaties.csv", bytes: ties),
        ])
        #expect(result.nodes.map(\.name) == ["Zoë de Vries", "René ‘kap’"])
        #expect(result.nodes.map(\.kind) == [.resident, .volunteer])
        #expect(result.nodes.first?.languages == ["nl"])
        #expect(result.households == [Household(id: "H1", street: "Dorpsstraat", houseNumber: "3")])
        #expect(
            result.ties
                == [
                    Tie(
                        source: "P1", target: "P2", kind: .neighbour, strength: .strong,
                        since: Day(year: 2023, month: 2, day: 1), until: Day(year: 2024, month: 12, day: 31))
                ])
    }

    @Test func readsUTF8WithAByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,kind,name\nP1,resident,Çelik\n".utf8)
        let result = try NeighbourhoodCSV.parse([CSVFile(name: "nodes.csv", bytes: bytes)])
        #expect(result.nodes.map(\.name) == ["Çelik"])
    }

    @Test(arguments: ["id,kind,name", " ID , Soort ,NAAM", "Id,type,Naam"])
    func matchesHeadersIgnoringCaseSpacesAndLanguage(_ header: String) throws {
        let result = try NeighbourhoodCSV.parse([file("x.csv", "\(header)\nP1,resident,Jan\n")])
        #expect(result.nodes.map(\.id) == ["P1"])
    }

    @Test func matchesSpacesAndUnderscoresAlikeInHeaders() throws {
        let text = "id,kind,name,household,House Number,birth  year,Vastgelegd door\nP1,resident,Jan,H1,4a,1990,\n"
        // `recorded_by` belongs to ties, so only that column is left out here.
        #expect(problemsOf([file("nodes.csv", text)]).isEmpty)
        let good = "id,kind,name,household,House Number,birth  year\nP1,resident,Jan,H1,4a,1990\n"
        let result = try NeighbourhoodCSV.parse([file("nodes.csv", good)])
        #expect(result.households.first?.houseNumber == "4a")
        #expect(result.nodes.first?.birthYear == 1990)
    }

    @Test func tellsTheTableFromTheHeaderWhateverTheFileOrder() throws {
        let ties = file("a.csv", "source,target,kind\nP1,P2,friend\n")
        let nodes = file("b.csv", "id,kind,name\nP1,resident,A\nP2,resident,B\n")
        let result = try NeighbourhoodCSV.parse([ties, nodes])
        #expect(result.nodes.count == 2)
        #expect(result.ties.map(\.key) == [Tie.Key("P1", "P2", kind: .friend)])
        #expect(CSVTableKind.detect(header: ["Van", "Naar", "Soort"]) == .ties)
        #expect(CSVTableKind.detect(header: ["id", "naam"]) == .nodes)
        #expect(CSVTableKind.detect(header: ["id", "person", "programme"]) == nil)
    }

    @Test func takesTheTableFromAnExplicitHint() {
        // Told it is a ties file, a nodes header is missing the ties columns.
        let problems = problemsOf([file("x.csv", "id,kind,name\nP1,resident,A\n", kind: .ties)])
        #expect(problems.contains { $0.line == 1 && $0.column == "source" })
        // The nodes columns are none of a ties file's: left out, not a problem of their own.
        #expect(!problems.contains { $0.column == "id" })
    }

    @Test func refusesANeedsFileAsNotANodesOrTiesFile() throws {
        let problems = problemsOf([file("needs.csv", "id,person,programme\nN1,P1,maatje\n")])
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.description.hasPrefix("needs.csv:1: -: not a nodes or ties file"))
        #expect(problem.message.contains("'person'"))
    }

    @Test func letsTiesNameNodesStoredBefore() throws {
        let ties = file("ties.csv", "source,target,kind\nP1,P9,friend\n")
        let nodes = file("nodes.csv", "id,kind,name\nP1,resident,A\n")
        let result = try NeighbourhoodCSV.parse([nodes, ties], existing: ["P9"])
        #expect(result.ties.count == 1)
        let onlyTies = try NeighbourhoodCSV.parse([ties], existing: ["P1", "P9"])
        #expect(onlyTies.nodes.isEmpty && onlyTies.ties.count == 1)
    }

    @Test func mergesTheAddressOfAHouseholdFromItsRows() throws {
        let text = """
            id,kind,name,household,street,house_number,postcode
            P1,resident,A,H1,Lindelaan,,
            P2,resident,B,H1,,12,1234 AB
            P3,resident,C,H2,,,

            """
        let result = try NeighbourhoodCSV.parse([file("nodes.csv", text)])
        #expect(
            result.households == [
                Household(id: "H1", street: "Lindelaan", houseNumber: "12", postcode: "1234 AB"), Household(id: "H2"),
            ])
    }

    @Test func readsDutchValuesForKindsRolesConsentAndStrength() throws {
        let nodes = "id;soort;naam;rollen;toestemming\nP1;inwoner;A;mantelzorger|ouder;koppelen|kaart\nP2;plek;B;;\n"
        let ties = "van;naar;soort;sterkte\nP1;P2;kennis;zwak\n"
        let result = try NeighbourhoodCSV.parse([file("n.csv", nodes), file("t.csv", ties)])
        #expect(result.nodes.map(\.kind) == [.resident, .association])
        #expect(result.nodes.first?.roles == [.caregiver, .parent])
        #expect(result.nodes.first?.consent == [.matching, .maps])
        #expect(result.ties.first?.kind == .acquaintance)
        #expect(result.ties.first?.strength == .weak)
    }

    @Test func skipsBlankRowsAsSpreadsheetsWriteThem() throws {
        let result = try NeighbourhoodCSV.parse([file("n.csv", "id;kind;name\nP1;resident;A\n;;\n\n;;\n")])
        #expect(result.nodes.count == 1)
    }

    func problemsOf(_ files: [CSVFile], existing: Set<Node.ID> = []) -> [ImportProblem] {
        do {
            _ = try NeighbourhoodCSV.parse(files, existing: existing)
            return []
        } catch {
            return error.problems
        }
    }
}
