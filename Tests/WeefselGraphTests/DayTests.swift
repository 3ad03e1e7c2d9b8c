import Testing
import WeefselGraph

@Suite struct DayTests {
    @Test(arguments: ["2024-03-31", "31-03-2024", "31/03/2024", " 2024-3-31 "])
    func parsesIsoAndDutchDates(_ text: String) throws {
        let day = try #require(Day(parsing: text))
        #expect(day.description == "2024-03-31")
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "31-03-24", "gisteren", "", "2024-03-31T10:00"])
    func rejectsWhatIsNotACalendarDay(_ text: String) {
        #expect(Day(parsing: text) == nil)
    }

    @Test func ordinalsRoundTripAcrossLeapYears() throws {
        let start = try #require(Day(year: 1999, month: 12, day: 25))
        for offset in stride(from: 0, to: 3000, by: 7) {
            let day = start.adding(days: offset)
            #expect(Day(ordinal: day.ordinal) == day)
            #expect(start.days(until: day) == offset)
        }
        #expect(Day(year: 1970, month: 1, day: 1)?.ordinal == 0)
    }
}
