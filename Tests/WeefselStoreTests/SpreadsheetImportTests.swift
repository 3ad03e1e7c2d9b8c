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
        let (neighbourhood, summary) = try store.neighbourhood.importCSV([
            CSVFile(name: "partner.xlsx", bytes: Self.workbook)
        ])
        #expect(neighbourhood.nodes.map(\.id) == ["X001", "X002", "X003"])
        let fatma = try #require(try store.neighbourhood.node("X001"))
        #expect(fatma.name == "Fatma Yıldız" && fatma.birthYear == 1979 && fatma.languages == ["Turks", "Nederlands"])
        #expect(try store.neighbourhood.household("HX02")?.houseNumber == "4")
        let tie = try #require(try store.neighbourhood.ties(of: "X001").first)
        #expect(tie.kind == .neighbour && tie.since == Day(year: 2026, month: 3, day: 31))
        #expect(summary.ownColumnsKept == ["partner.xlsx [Bewoners]: telefoon"] && summary.columnsLeftOut == nil)
        #expect(summary.nodesAdded == 3 && summary.tiesAdded == 1)
        // The partner's own column is kept with each person who has a value in it, and goes back out.
        #expect(try store.neighbourhood.ownFields(of: "X001") == ["telefoon": "06-12345678"])
        #expect(try store.neighbourhood.ownFields(of: "X002").isEmpty)
        let exported = NeighbourhoodCSV.export(
            try store.neighbourhood.neighbourhood(), ownFields: try store.neighbourhood.allOwnFields())
        let header = try #require(exported.nodes.split(separator: "\n").first)
        #expect(header.hasSuffix(",longitude,telefoon"))
        let again = try Store()
        _ = try again.neighbourhood.importCSV([CSVFile(name: "nodes.csv", bytes: Array(exported.nodes.utf8))])
        #expect(try again.neighbourhood.ownFields(of: "X003") == ["telefoon": "0612-345678"])
    }

    @Test func ownColumnsAreLeftOutWhenAsked() throws {
        let store = try Store()
        let (_, summary) = try store.neighbourhood.importCSV([
            CSVFile(name: "partner.xlsx", bytes: Self.workbook, keepsOwnColumns: false)
        ])
        #expect(summary.columnsLeftOut == ["partner.xlsx [Bewoners]: telefoon"] && summary.ownColumnsKept == nil)
        #expect(try store.neighbourhood.allOwnFields().isEmpty)
    }

    @Test func ownFieldsGoWithAnErasedPersonAndIntoTheAccessExport() throws {
        let store = try Store()
        _ = try store.neighbourhood.importCSV([CSVFile(name: "partner.xlsx", bytes: Self.workbook)])
        #expect(try store.privacy.personalData(of: "X001").ownFields == ["telefoon": "06-12345678"])
        _ = try store.privacy.erase("X001", audit: .commandLine)
        #expect(try store.neighbourhood.allOwnFields().keys.sorted() == ["X003"])
    }

    @Test func aProblemInAWorkbookNamesTheSheetAndTheRow() throws {
        // The same workbook without its persons: the tie's ends are unknown, on row 2 of Banden.
        let store = try Store()
        #expect {
            try store.neighbourhood.importCSV([CSVFile(name: "partner.xlsx", bytes: Self.workbook, kind: .ties)])
        } throws: { error in
            guard case StoreError.importRefused(let failure) = error else { return false }
            return failure.problems.contains { $0.file == "partner.xlsx [Banden]" && $0.line == 2 }
        }
        #expect(try store.neighbourhood.nodeIDs().isEmpty)
    }

    @Test func aDamagedWorkbookIsRefusedWithAReason() throws {
        let store = try Store()
        let damaged = Array(Self.workbook.prefix(Self.workbook.count / 2))
        #expect {
            try store.neighbourhood.importCSV([CSVFile(name: "kapot.xlsx", bytes: damaged)])
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
        let (neighbourhood, summary) = try store.neighbourhood.importCSV([
            CSVFile(name: "excel.csv", bytes: Array(semicolons.utf8)),
            CSVFile(name: "geplakt.txt", bytes: Array(tabs.utf8)),
        ])
        #expect(neighbourhood.nodes.map(\.name) == ["Buurthuis", "Moestuin De Kas"])
        #expect(summary.ownColumnsKept == ["excel.csv: e-mail"])
        #expect(try store.neighbourhood.ownFields(of: "A1") == ["e-mail": "info@buurthuis.nl"])
    }
}
