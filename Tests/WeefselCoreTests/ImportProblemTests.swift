import Testing
import WeefselCore

/// Import problems are values: each door words them from their kind, in Dutch and in English.
@Suite struct ImportProblemTests {
    static let kinds: [ImportProblem.Kind] = [
        .text(.emptyFile), .text(.unterminatedQuote), .text(.binaryContent(byte: 0)), .text(.fieldTooLong(limit: 9)),
        .notATableFile(expected: ["a nodes file has id, kind, name"], found: ["foo"]), .notPartOfImport(table: "ties"),
        .headerWithoutRows, .unknownColumn("telefoon", table: "nodes", known: ["id", "kind"]),
        .duplicateColumn("name", earlier: "naam"), .missingColumn("name", table: "nodes"),
        .fieldCount(3, expected: 4), .valueWithoutHeader(field: 5), .empty(.name), .notAnID(.id, "P|1"),
        .controlCharacter(.name),
        .unknownValue(.kind, "bewonr", expected: ["resident", "volunteer"]), .unknownValue(.role, "", expected: ["a"]),
        .duplicateID("P1", first: .init(line: 2)), .invalidBirthYear("1800", range: 1880...2100),
        .invalidDegrees(.latitude, "x", limit: 90), .addressWithoutHousehold,
        .householdDiffers(
            household: "H1", column: "street", value: "A", earlier: "B", at: .init(line: 2, file: "b.csv")),
        .unknownNode("P9"), .selfTie("P1"), .duplicateTie(kind: "friend", "P1", "P2", first: .init(line: 3)),
        .invalidStrength("4"), .invalidDate("gisteren"), .untilBeforeSince(until: "2024-01-01", since: "2025-01-01"),
        .missingValue, .notWholeNumber("x"), .notADay("x"), .unknownGender("x"), .notAPartOfTheWeek("x"),
        .notAnAgeRange("x"), .unknownStatus("x"), .negativeCapacity, .notAMatchingFile,
    ]

    @Test(arguments: kinds)
    func everyKindReadsInDutchAndInEnglish(kind: ImportProblem.Kind) {
        #expect(!kind.dutch.isEmpty && !kind.english.isEmpty)
        #expect(kind.dutch != kind.english, "\(kind) has no Dutch words of its own")
    }

    @Test func theWordsNameWhatIsWrong() {
        let problem = ImportProblem(
            file: "nodes.csv", line: 3, column: "soort",
            .unknownValue(.kind, "bewonr", expected: ["resident", "volunteer"]))
        #expect(problem.description == "nodes.csv:3: soort: unknown kind 'bewonr' (expected resident, volunteer)")
        #expect(problem.dutch == "onbekende soort 'bewonr' (verwacht: resident, volunteer)")
        #expect(
            ImportProblem.Kind.duplicateID("P1", first: .init(line: 4, file: "a.csv")).dutch
                == "dubbele id 'P1' (eerder op regel 4 van a.csv)")
        #expect(
            ImportProblem.Kind.missingColumn("name", table: "nodes").dutch
                == "verplichte kolom 'name' ontbreekt in een nodes-bestand")
    }
}
