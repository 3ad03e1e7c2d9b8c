import Testing
import WeefselGraph
import WeefselStore

/// Every class of bad input is refused with the line it is on, and the database keeps exactly the
/// rows it had.
@Suite struct ImportAllOrNothingTests {
    static let nodesHeader = "id,kind,name,household,street,house_number,postcode,birth_year\n"
    static let goodNodes =
        nodesHeader + "P1,resident,Jan,H1,Merelstraat,2,1234 AB,1941\nP2,resident,Kees,H1,Merelstraat,2,1234 AB,1970\n"
    static let tiesHeader = "source,target,kind,strength,since,until\n"

    struct Case: Sendable, CustomStringConvertible {
        let description: String
        let files: [(String, String)]
        let expected: String
    }

    static let cases: [Case] = [
        Case(
            description: "duplicate id", files: [("n.csv", nodesHeader + "P3,resident,A,,,,,\nP3,resident,B,,,,,\n")],
            expected: "n.csv:3: id:"),
        Case(
            description: "unknown kind", files: [("n.csv", nodesHeader + "P3,bewonr,A,,,,,\n")],
            expected: "n.csv:2: kind:"),
        Case(
            description: "tie to an unknown node",
            files: [("t.csv", tiesHeader + "P1,P2,friend,2,,\nP1,P9,friend,2,,\n")],
            expected: "t.csv:3: target:"),
        Case(
            description: "missing required column", files: [("n.csv", "id,kind\nP3,resident\n")], expected: "n.csv:1:"),
        Case(
            description: "unterminated quote", files: [("n.csv", nodesHeader + "P3,resident,\"Jan\n")],
            expected: "n.csv:2:"),
        Case(
            description: "wrong number of fields", files: [("n.csv", nodesHeader + "P3,resident,A,,,\n")],
            expected: "n.csv:2:"),
        Case(
            description: "empty name", files: [("n.csv", nodesHeader + "P3,resident,,,,,,\n")],
            expected: "n.csv:2: name:"),
        Case(
            description: "strength out of range", files: [("t.csv", tiesHeader + "P1,P2,friend,4,,\n")],
            expected: "t.csv:2: strength:"),
        Case(
            description: "invalid date", files: [("t.csv", tiesHeader + "P1,P2,friend,2,2024-02-30,\n")],
            expected: "t.csv:2: since:"),
        Case(
            description: "NUL bytes", files: [("n.csv", nodesHeader + "P3,resident,A\u{0}B,,,,,\n")], expected: "n.csv:"
        ),
        Case(description: "empty file", files: [("n.csv", "")], expected: "n.csv:1:"),
        Case(description: "header only", files: [("n.csv", nodesHeader)], expected: "n.csv:1:"),
        Case(description: "self-tie", files: [("t.csv", tiesHeader + "P1,P1,friend,2,,\n")], expected: "t.csv:2:"),
        Case(
            description: "the same undirected tie twice",
            files: [("t.csv", tiesHeader + "P1,P2,friend,2,,\nP2,P1,friend,3,,\n")], expected: "t.csv:3:"),
        Case(
            description: "a good nodes file with a bad ties file",
            files: [("n.csv", nodesHeader + "P3,resident,Nieuw,,,,,\n"), ("t.csv", tiesHeader + "P3,P1,vriend,9,,\n")],
            expected: "t.csv:2: strength:"),
    ]

    @Test(arguments: cases)
    func badInputIsRefusedWithItsLineAndChangesNothing(_ badCase: Case) throws {
        let store = try Store()
        try store.neighbourhood.importCSV([
            CSVFile(name: "nodes.csv", bytes: Array(Self.goodNodes.utf8)),
            CSVFile(name: "ties.csv", bytes: Array((Self.tiesHeader + "P1,P2,household,3,,\n").utf8)),
        ])
        let before = try store.statistics()
        let files = badCase.files.map { CSVFile(name: $0.0, bytes: Array($0.1.utf8)) }
        #expect {
            try store.neighbourhood.importCSV(files)
        } throws: { error in
            guard case StoreError.importRefused(let failure)? = error as? StoreError else { return false }
            return failure.problems.contains { $0.description.hasPrefix(badCase.expected) }
        }
        let after = try store.statistics()
        #expect(after == before)
        #expect(try store.neighbourhood.node("P3") == nil)
    }

    @Test func aBinaryFileIsRefusedNotCrashedOn() throws {
        let store = try Store()
        var random = SeededRandom(seed: 99)
        let bytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        #expect(throws: StoreError.self) {
            try store.neighbourhood.importCSV([CSVFile(name: "foto.jpg", bytes: bytes)])
        }
        #expect(try store.statistics().nodeCount == 0)
    }
}
