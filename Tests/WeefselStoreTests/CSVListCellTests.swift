import Testing
import WeefselGraph

@testable import WeefselStore

@Suite struct CSVListCellTests {
    @Test(arguments: [
        ("nl|tr", ["nl", "tr"]),
        (" nl | tr |", ["nl", "tr"]),
        ("||", []),
        (" | ", []),
        ("koken", ["koken"]),
        ("Zoë|René", ["Zoë", "René"]),
        ("é|ë", ["é", "ë"]),
        ("koken|\u{A0}fietsen\u{A0}", ["koken", "fietsen"]),
        // A combining mark after `|` makes one character of them: no item boundary there.
        ("a|\u{301}b|c", ["a|\u{301}b", "c"]),
    ])
    func splitsAListCellIntoTrimmedItems(cell: String, items: [String]) {
        #expect(CSVValue.list(cell) == items)
    }

    @Test func splitsAsCharactersDo() {
        var random = SeededRandom(seed: 11)
        let pieces = ["|", "|", " ", "\u{A0}", "\u{301}", "\u{600}", "a", "nl", "é", "\t", "ß"]
        for _ in 0..<2_000 {
            let cell = (0..<Int.random(in: 0...8, using: &random)).map { _ in
                pieces.randomElement(using: &random)!
            }.joined()
            let byCharacter = cell.split(separator: "|").map(CSVValue.trimmed).filter { !$0.isEmpty }
            #expect(CSVValue.list(cell) == byCharacter, "cell \(cell.unicodeScalars.map(\.value))")
        }
    }
}
