import Testing
import WeefselGraph
import WeefselStore

@Suite struct CSVRoundTripTests {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day? { Day(year: year, month: month, day: day) }

    /// A neighbourhood with every awkward value a spreadsheet can hold.
    static let varied = Neighbourhood(
        nodes: [
            Node(
                id: "P1", kind: .resident, name: "Jansen, Jan \"Sjaak\"", household: "H1",
                roles: [.volunteer, .parent],
                birthYear: 1957, languages: ["nl", "tr"], skills: ["koken", "fietsen repareren"],
                interests: ["schaken"],
                wijk: "Oud-Noord", consent: [.matching, .maps, .sharing]),
            Node(
                id: "P2", kind: .resident, name: "=HYPERLINK(\"http://x\";\"klik\")", household: "H1",
                wijk: "Oud-Noord"),
            Node(id: "P3", kind: .volunteer, name: "Zoë Çelik-Öztürk 🙂", languages: ["ar", "fr"], wijk: "Zuid"),
            Node(id: "P4", kind: .resident, name: "+31 6 12345678", household: "H2", birthYear: 2001, wijk: "Zuid"),
            Node(id: "P5", kind: .professional, name: "-wijkagent-", roles: [.coordinator]),
            Node(id: "P6", kind: .association, name: "@Speeltuin; De Eik", interests: ["spelen", "=1+1"]),
            Node(id: "P7", kind: .resident, name: "'t Hoekje", household: "H3"),
            Node(id: "P8", kind: .resident, name: "  spaties rondom  ", household: "H2", wijk: "Zuid"),
            Node(id: "-9", kind: .resident, name: "''dubbel", skills: ["'enkel"]),
            Node(id: "P10_a.b", kind: .volunteer, name: "Regel één; regel \"twee\", drie", consent: [.maps]),
        ],
        households: [
            Household(id: "H1", street: "Lindelaan", houseNumber: "12-A", postcode: "1234 AB", wijk: "Oud-Noord"),
            Household(id: "H2", street: "Kerkstraat; achterom", houseNumber: "=3", wijk: "Zuid"),
            Household(id: "H3", street: "Dorpsstraat \"de oude\"", postcode: "9999 ZZ"),
        ],
        ties: [
            Tie(
                source: "P2", target: "P1", kind: .household, strength: .strong, since: day(2001, 1, 1),
                recordedBy: "Anouk (buurtcoach)", note: "Samen, \"al jaren\"; goed"),
            Tie(source: "P3", target: "P6", kind: .volunteer, strength: .weak, until: day(2024, 12, 31)),
            Tie(source: "P1", target: "P3", kind: .maatje, since: day(2023, 3, 1), until: day(2024, 2, 29)),
            Tie(source: "P1", target: "P3", kind: .conflict, note: "=ruzie over de schutting\nsinds de zomer"),
            Tie(source: "P5", target: "P4", kind: .professional, recordedBy: "-", note: "@team"),
            Tie(source: "P10_a.b", target: "-9", kind: .friend, note: "'"),
            Tie(source: "P8", target: "P7", kind: .neighbour, note: " "),
        ])

    @Test func exportThenImportGivesTheSameNeighbourhood() throws {
        let exported = NeighbourhoodCSV.export(Self.varied)
        let imported = try NeighbourhoodCSV.parse([
            CSVFile(name: "nodes.csv", bytes: Array(exported.nodes.utf8)),
            CSVFile(name: "ties.csv", bytes: Array(exported.ties.utf8)),
        ])
        #expect(imported.sorted() == Self.varied.sorted())
    }

    @Test func aNeighbourhoodWithoutTiesRoundTripsThroughAHeaderOnlyTiesFile() throws {
        let withoutTies = Neighbourhood(nodes: Self.varied.nodes, households: Self.varied.households)
        let exported = NeighbourhoodCSV.export(withoutTies)
        #expect(exported.ties == "source,target,kind,strength,since,until,recorded_by,note\n")
        let imported = try NeighbourhoodCSV.parse([
            CSVFile(name: "nodes.csv", bytes: Array(exported.nodes.utf8)),
            CSVFile(name: "ties.csv", bytes: Array(exported.ties.utf8)),
        ])
        #expect(imported.sorted() == withoutTies.sorted())
    }

    @Test func exportIsSortedCompleteAndProtectsFormulas() {
        let exported = NeighbourhoodCSV.export(Self.varied)
        let nodeLines = exported.nodes.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            nodeLines.first.map(String.init)
                == "id,kind,name,household,street,house_number,postcode,birth_year,roles,languages,skills,interests,wijk,consent,"
                + "latitude,longitude"
        )
        #expect(nodeLines[1] == "'-9,resident,'''dubbel,,,,,,,,''enkel,,,,,")
        #expect(exported.nodes.contains("\nP10_a.b,volunteer,\"Regel één; regel \"\"twee\"\", drie\","))
        #expect(
            exported.nodes.contains(
                "P1,resident,\"Jansen, Jan \"\"Sjaak\"\"\",H1,Lindelaan,12-A,1234 AB,1957,parent|volunteer,nl|tr,"
                    + "koken|fietsen repareren,schaken,Oud-Noord,maps|matching|sharing,,\n"))
        #expect(exported.nodes.contains("P2,resident,\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\",H1,"))
        #expect(
            exported.nodes.contains("P4,resident,'+31 6 12345678,H2,\"Kerkstraat; achterom\",'=3,,2001,,,,,Zuid,,,\n"))
        #expect(exported.nodes.contains("P6,association,\"'@Speeltuin; De Eik\",,,,,,,,,spelen|=1+1,,,,\n"))
        let tieLines = exported.ties.split(separator: "\n")
        #expect(tieLines.first == "source,target,kind,strength,since,until,recorded_by,note")
        #expect(tieLines[1] == "P10_a.b,'-9,friend,2,,,,''")
        #expect(tieLines[2] == "P2,P1,household,3,2001-01-01,,Anouk (buurtcoach),\"Samen, \"\"al jaren\"\"; goed\"")
    }

    @Test func householdCoordinatesRoundTripAndBadDegreesAreRefused() throws {
        var placed = Self.varied
        placed.households = placed.households.map { household in
            var household = household
            household.latitude = 52.0502
            household.longitude = -5.0613
            return household
        }
        let exported = NeighbourhoodCSV.export(placed)
        let imported = try NeighbourhoodCSV.parse([
            CSVFile(name: "nodes.csv", bytes: Array(exported.nodes.utf8)),
            CSVFile(name: "ties.csv", bytes: Array(exported.ties.utf8)),
        ])
        #expect(imported.sorted().households == placed.sorted().households)
        let bad =
            "id,kind,name,household,latitude,longitude\nP1,resident,Jan,H1,\"52,1\",5.1\nP2,resident,Kees,H2,91,5.1\n"
        #expect {
            try NeighbourhoodCSV.parse([CSVFile(name: "nodes.csv", bytes: Array(bad.utf8))])
        } throws: { error in
            let lines = (error as? ImportFailure)?.problems.map(\.description) ?? []
            return lines.contains { $0.hasPrefix("nodes.csv:2: latitude: invalid latitude '52,1'") }
                && lines.contains { $0.hasPrefix("nodes.csv:3: latitude: invalid latitude '91'") }
        }
    }

    @Test func exportWritesTheSameTextWhateverTheInputOrder() {
        var shuffled = Self.varied
        var random = SeededRandom(seed: 11)
        shuffled.nodes.shuffle(using: &random)
        shuffled.ties.shuffle(using: &random)
        shuffled.households.reverse()
        #expect(NeighbourhoodCSV.export(shuffled) == NeighbourhoodCSV.export(Self.varied))
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func randomNeighbourhoodsRoundTrip(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let original = Self.randomNeighbourhood(nodes: 120, ties: 300, using: &random)
        let exported = NeighbourhoodCSV.export(original)
        let imported = try NeighbourhoodCSV.parse([
            CSVFile(name: "nodes.csv", bytes: Array(exported.nodes.utf8)),
            CSVFile(name: "ties.csv", bytes: Array(exported.ties.utf8)),
        ])
        #expect(imported.sorted() == original.sorted())
    }

    static let pieces = [
        "a", "Z", "ë", "€", "🙂", "ß", " ", ",", ";", "\"", "'", "=", "+", "-", "@", "|", "\n", "\r\n", "\t", "0", "x",
    ]
    /// What names and addresses may hold: everything but control characters (line breaks, tabs).
    static let textPieces = pieces.filter { piece in
        !piece.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
    /// What ids may hold: letters, digits, `-`, `_` and `.`.
    static let idPieces = ["a", "Z", "ë", "ß", "-", "_", ".", "0", "x"]

    static func text(_ length: ClosedRange<Int>, from pieces: [String], using random: inout SeededRandom) -> String {
        (0..<Int.random(in: length, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
    }

    /// A random list item: no `|`, no surrounding white space, not empty.
    static func item(using random: inout SeededRandom) -> String {
        let safe = textPieces.filter { $0 != "|" && $0.allSatisfy { !$0.isWhitespace } }
        return text(1...6, from: safe, using: &random)
    }

    static func randomNeighbourhood(nodes count: Int, ties tieCount: Int, using random: inout SeededRandom)
        -> Neighbourhood
    {
        let households = (0..<count / 3).map { index in
            Household(
                id: Household.ID("H\(index)" + text(0...2, from: idPieces, using: &random)),
                street: Bool.random(using: &random) ? text(1...12, from: textPieces, using: &random) : nil,
                houseNumber: Bool.random(using: &random) ? text(1...3, from: textPieces, using: &random) : nil,
                postcode: Bool.random(using: &random) ? text(1...6, from: textPieces, using: &random) : nil,
                wijk: Bool.random(using: &random) ? text(1...8, from: textPieces, using: &random) : nil)
        }
        var members: Set<Household.ID> = []
        var nodes: [Node] = []
        for index in 0..<count {
            let household = index < households.count ? households[index] : households.randomElement(using: &random)
            let lives = index < households.count || Bool.random(using: &random)
            if lives, let household { members.insert(household.id) }
            nodes.append(
                Node(
                    id: Node.ID("\(index)" + text(0...3, from: idPieces, using: &random)),
                    kind: Node.Kind.allCases.randomElement(using: &random) ?? .resident,
                    name: text(1...20, from: textPieces, using: &random),
                    household: lives ? household?.id : nil,
                    roles: Set(Node.Role.allCases.filter { _ in Int.random(in: 0..<4, using: &random) == 0 }),
                    birthYear: Bool.random(using: &random) ? Int.random(in: 1880...2100, using: &random) : nil,
                    languages: (0..<Int.random(in: 0...3, using: &random)).map { _ in item(using: &random) },
                    skills: (0..<Int.random(in: 0...2, using: &random)).map { _ in item(using: &random) },
                    interests: (0..<Int.random(in: 0...2, using: &random)).map { _ in item(using: &random) },
                    wijk: lives
                        ? household?.wijk
                        : (Bool.random(using: &random) ? text(1...5, from: textPieces, using: &random) : nil),
                    consent: Set(Consent.Purpose.allCases.filter { _ in Bool.random(using: &random) })))
        }
        var ties: [Tie.Key: Tie] = [:]
        for _ in 0..<tieCount {
            guard let a = nodes.randomElement(using: &random)?.id, let b = nodes.randomElement(using: &random)?.id,
                a != b
            else { continue }
            let since =
                Bool.random(using: &random) ? Day(ordinal: Int.random(in: -20_000...20_000, using: &random)) : nil
            let until = since.flatMap {
                Bool.random(using: &random) ? $0.adding(days: Int.random(in: 0...900, using: &random)) : nil
            }
            let tie = Tie(
                source: a, target: b, kind: Tie.Kind.allCases.randomElement(using: &random) ?? .friend,
                strength: Tie.Strength(rawValue: Int.random(in: 1...3, using: &random)) ?? .medium, since: since,
                until: until, recordedBy: Bool.random(using: &random) ? text(1...8, from: pieces, using: &random) : nil,
                note: Bool.random(using: &random) ? text(1...40, from: pieces, using: &random) : nil)
            ties[tie.key] = tie
        }
        return Neighbourhood(
            nodes: nodes, households: households.filter { members.contains($0.id) }, ties: Array(ties.values))
    }
}
