import Foundation
import Testing
import WeefselCore
import WeefselGraph
import WeefselStore

/// Spreadsheets as partners send them: an Excel workbook with Dutch headers, a column of their own
/// and dates as dates; text with an Excel `sep=;` line or tabs.
@Suite struct SpreadsheetImportTests {
    /// `Tests/support/partner.xlsx`, written by `make_partner_xlsx.py` with openpyxl.
    static let workbook: [UInt8] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("support/partner.xlsx")
        return Array((try? Data(contentsOf: url)) ?? Data())
    }()

    @Test func anExcelWorkbookImportsWithItsSheetsAndLeavesOutColumnsOfItsOwn() throws {
        let store = try Store()
        let (neighbourhood, summary) = try store.importCSV([CSVFile(name: "partner.xlsx", bytes: Self.workbook)])
        #expect(neighbourhood.nodes.map(\.id) == ["X001", "X002", "X003"])
        let fatma = try #require(try store.node("X001"))
        #expect(fatma.name == "Fatma Yıldız" && fatma.birthYear == 1979 && fatma.languages == ["Turks", "Nederlands"])
        #expect(try store.household("HX02")?.houseNumber == "4")
        let tie = try #require(try store.ties(of: "X001").first)
        #expect(tie.kind == .neighbour && tie.since == Day(year: 2026, month: 3, day: 31))
        #expect(summary.columnsLeftOut == ["partner.xlsx [Bewoners]: telefoon"])
        #expect(summary.nodesAdded == 3 && summary.tiesAdded == 1)
    }

    @Test func aProblemInAWorkbookNamesTheSheetAndTheRow() throws {
        // The same workbook without its persons: the tie's ends are unknown, on row 2 of Banden.
        let store = try Store()
        #expect {
            try store.importCSV([CSVFile(name: "partner.xlsx", bytes: Self.workbook, kind: .ties)])
        } throws: { error in
            guard case StoreError.importRefused(let failure) = error else { return false }
            return failure.problems.contains { $0.file == "partner.xlsx [Banden]" && $0.line == 2 }
        }
        #expect(try store.nodeIDs().isEmpty)
    }

    @Test func aDamagedWorkbookIsRefusedWithAReason() throws {
        let store = try Store()
        let damaged = Array(Self.workbook.prefix(Self.workbook.count / 2))
        #expect {
            try store.importCSV([CSVFile(name: "kapot.xlsx", bytes: damaged)])
        } throws: { error in
            guard case StoreError.importRefused(let failure) = error, let problem = failure.problems.first else {
                return false
            }
            return problem.file == "kapot.xlsx" && problem.dutch.contains("spreadsheet is niet te lezen")
        }
    }

    @Test func anExcelSeparatorLineAndTabsAreRead() throws {
        let semicolons = "sep=;\r\nid;kind;name;wijk;e-mail\r\nA1;association;Buurthuis;Noord;info@buurthuis.nl\r\n"
        let tabs = "id\tkind\tname\twijk\nA2\tassociation\tMoestuin De Kas\tNoord\n"
        let store = try Store()
        let (neighbourhood, summary) = try store.importCSV([
            CSVFile(name: "excel.csv", bytes: Array(semicolons.utf8)),
            CSVFile(name: "geplakt.txt", bytes: Array(tabs.utf8)),
        ])
        #expect(neighbourhood.nodes.map(\.name) == ["Buurthuis", "Moestuin De Kas"])
        #expect(summary.columnsLeftOut == ["excel.csv: e-mail"])
    }
}
