import Foundation
import Testing
import WeefselCore

/// Numbers and dates as a Dutch social worker writes them.
@Suite struct DutchFormatTests {
    @Test func numbersAreGroupedByThousandsWithACommaBeforeTheDecimals() {
        #expect(DutchFormat.number(10_000) == "10.000")
        #expect(DutchFormat.number(999) == "999")
        #expect(DutchFormat.number(-1_234_567) == "-1.234.567")
        #expect(DutchFormat.decimal(386.5, places: 1) == "386,5")
        #expect(DutchFormat.decimal(386.50, places: 2) == "386,5", "no trailing zero")
        #expect(DutchFormat.decimal(25.0, places: 1) == "25")
        #expect(DutchFormat.decimal(1_234_567.26, places: 1) == "1.234.567,3")
        #expect(DutchFormat.decimal(-0.04, places: 1) == "0")
        #expect(DutchFormat.decimal(386.5, places: 1, grouping: ",", point: ".") == "386.5")
    }

    @Test func datesAreDayMonthYearInDutchTime() {
        // 23:30 UTC on 6 December is already 7 December in the Netherlands.
        let lateEvening = Date(timeIntervalSince1970: 1_796_599_800)
        #expect(DutchFormat.date(lateEvening) == "07-12-2026")
        #expect(DutchFormat.dateTime(lateEvening) == "07-12-2026 00:30")
    }
}
