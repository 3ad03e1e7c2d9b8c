import Foundation
import Testing
import WeefselGraph
import WeefselMatching

@Suite struct ProgrammeTests {
    @Test func builtInProgrammesSurviveTheJSONFile() throws {
        let data = Programme.encodeList(Programme.builtIn)
        let decoded = try Programme.decodeList(from: data)
        #expect(decoded == Programme.builtIn.sorted { $0.id < $1.id })
        #expect(
            Set(decoded.map(\.id.rawValue)) == [
                "maatje", "steungezin", "jongerencoach", "homestart", "klussen", "ervaringsdeskundige",
            ])
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains("\"max_distance\""))
    }

    @Test func aHandWrittenProgrammeNeedsOnlyAnIdAndATieKind() throws {
        let json = #"[{"id": "taalcafe", "tie_kind": "maatje", "need_side": {"ages": {"min": 18}}}]"#
        let programmes = try Programme.decodeList(from: Data(json.utf8))
        let programme = try #require(programmes.first)
        #expect(programme.name == "taalcafe")
        #expect(programme.needSide.ages == AgeRange(min: 18))
        #expect(programme.capacity.defaultCapacity == 1)
        #expect(programme.maxDistance == nil)
    }

    @Test(arguments: [
        #"[{"id": "x", "tie_kind": "friend"}]"#,
        #"[{"id": "x"}]"#,
        #"[{"id": "x", "tie_kind": "maatje"}, {"id": "x", "tie_kind": "maatje"}]"#,
        #"{"id": "x"}"#,
        "not json",
    ])
    func badProgrammeFilesAreRefusedWithAMessage(_ json: String) {
        #expect(throws: MatchingError.self) { try Programme.decodeList(from: Data(json.utf8)) }
    }

    @Test func theVOGIsValidForItsMonthsOnly() throws {
        let vog = Screening(name: "VOG", validityMonths: 36)
        let day = Street.today
        #expect(vog.isValid(doneOn: day.adding(days: -30), on: day))
        #expect(vog.isValid(doneOn: Day(year: 2022, month: 6, day: 2), on: day))
        #expect(!vog.isValid(doneOn: Day(year: 2022, month: 6, day: 1), on: day))
        #expect(!vog.isValid(doneOn: nil, on: day))
        #expect(!vog.isValid(doneOn: day.adding(days: 1), on: day))
    }

    @Test(
        arguments: [("13-23", 13, 23), ("18+", 18, nil), ("-65", nil, 65), (" 30 ", 30, 30)] as [(String, Int?, Int?)])
    func ageRangesParse(_ text: String, _ low: Int?, _ high: Int?) throws {
        let range = try #require(AgeRange(parsing: text))
        #expect(range.min == low && range.max == high)
    }
}

@Suite struct WeekPartsTests {
    @Test func dutchAndEnglishPartsParseToTheSameSet() throws {
        let dutch = try WeekParts.parse("ma-ochtend|wo-avond|za").get()
        let english = try WeekParts.parse("mon-morning, wed-evening, sat").get()
        #expect(dutch == english)
        #expect(dutch.count == 5)
        #expect(dutch.contains(day: 5, part: 1))
        #expect(dutch.description == "ma-ochtend|wo-avond|za-ochtend|za-middag|za-avond")
    }

    @Test func anEmptyListMeansAvailableAnyTime() throws {
        #expect(try WeekParts.parse("").get() == .all)
        #expect(try WeekParts.parse("avond").get().count == 7)
    }

    @Test func anUnknownPartIsRefused() {
        #expect(throws: MatchingError.self) { try WeekParts.parse("ma-nacht").get() }
    }

    @Test func weekPartsRoundTripThroughJSON() throws {
        for parts in [WeekParts.all, .none, try WeekParts.parse("di-middag|vr-avond").get()] {
            let data = try JSONEncoder().encode([parts])
            #expect(try JSONDecoder().decode([WeekParts].self, from: data) == [parts])
        }
    }
}
