import Testing
import WeefselGraph
import WeefselStore

/// Malformed files never crash an import: each one is either read or refused with located problems.
@Suite struct CSVMalformedInputTests {
    static let interestingBytes: [UInt8] =
        Array("\",;\n\r'|= ".utf8) + [0x00, 0x07, 0x80, 0x81, 0xC3, 0xE2, 0xEF, 0xFF]

    /// Changes a few bytes, inserts, deletes, repeats or cuts ranges, at seeded random places.
    static func mutate(_ bytes: [UInt8], using random: inout SeededRandom) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let position = result.isEmpty ? 0 : Int.random(in: 0..<result.count, using: &random)
            let byte =
                Bool.random(using: &random)
                ? interestingBytes.randomElement(using: &random) ?? 0 : UInt8.random(in: 0...255, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0 where !result.isEmpty: result[position] = byte
            case 1: result.insert(byte, at: position)
            case 2 where !result.isEmpty:
                result.removeSubrange(position..<min(result.count, position + Int.random(in: 1...30, using: &random)))
            case 3 where !result.isEmpty:
                let end = min(result.count, position + Int.random(in: 1...60, using: &random))
                result.insert(contentsOf: result[position..<end], at: Int.random(in: 0...result.count, using: &random))
            case 4: result.removeSubrange(position..<result.count)
            default: result.insert(contentsOf: Array("\"\"\"".utf8), at: position)
            }
        }
        return result
    }

    static func physicalLines(_ bytes: [UInt8]) -> Int {
        bytes.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
    }

    @Test(arguments: 0..<4)
    func thousandsOfMutatedFilesAreReadOrRefusedWithLocatedProblems(stream: Int) throws {
        var random = SeededRandom(seed: 2024).stream(UInt64(stream))
        let neighbourhood = CSVRoundTripTests.randomNeighbourhood(nodes: 10, ties: 14, using: &random)
        let exported = NeighbourhoodCSV.export(neighbourhood)
        let dutch = Array(
            "ID;Soort;Naam;Huishouden;Straat;Geboortejaar\r\nP1;bewoner;Zo\u{EB};H1;Dorpsstraat;1980\r\n".utf8)
        let bases = [Array(exported.nodes.utf8), Array(exported.ties.utf8), dutch]
        var accepted = 0
        var refused = 0
        for _ in 0..<750 {
            let mutated = Self.mutate(bases.randomElement(using: &random) ?? [], using: &random)
            let other = Bool.random(using: &random) ? [bases[1]] : [bases[0]]
            let files =
                [CSVFile(name: "mutated.csv", bytes: mutated)] + other.map { CSVFile(name: "other.csv", bytes: $0) }
            do {
                let result = try NeighbourhoodCSV.parse(files)
                #expect(result.nodes.count + result.ties.count > 0)
                accepted += 1
            } catch {
                refused += 1
                #expect(!error.problems.isEmpty)
                #expect(error.problems.count <= ImportFailure.limit)
                for problem in error.problems {
                    let lines = Self.physicalLines(problem.file == "mutated.csv" ? mutated : other[0])
                    #expect((1...lines).contains(problem.line), "\(problem)")
                    #expect(!problem.column.isEmpty && !problem.message.isEmpty)
                }
            }
        }
        // Both outcomes occur, so the mutations neither always nor never break the files.
        #expect(accepted > 0 && refused > 0)
    }

    @Test func randomBytesAreRefusedWithoutCrashing() {
        var random = SeededRandom(seed: 99)
        for length in [1, 2, 3, 10, 100, 1_000, 10_000] {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
                #expect(throws: ImportFailure.self) {
                    try NeighbourhoodCSV.parse([CSVFile(name: "x.csv", bytes: bytes)])
                }
            }
        }
    }
}
