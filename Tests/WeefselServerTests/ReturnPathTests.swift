import Testing

@testable import WeefselServer

/// After signing in or switching the language, a page returns to a path of its own, never to
/// another site, whatever way the address is written.
@Suite struct ReturnPathTests {
    @Test(arguments: [
        "//evil.example", "/\t/evil.example", "/%09/evil.example", "/\\evil.example", "\\\\evil.example",
        "/%5Cevil.example", "%2F%2Fevil.example", "/%2Fevil.example", "/%252F%252Fevil.example",
        "https://evil.example", "javascript:alert(1)", "/\n/evil.example", "/%0A/evil.example", " /wijk",
        "/aanmelden", "/%61anmelden", "/wijk\r\nSet-Cookie: x=1", "", "/%zz",
    ])
    func neverLeadsAway(_ text: String) {
        #expect(safeReturn(text) == nil, "\(text.debugDescription) was accepted")
    }

    @Test(arguments: ["/", "/wijk", "/personen/P000002", "/zoeken?q=de+Jong", "/huishoudens/H00039?opgeslagen=bezoek"])
    func returnsToOurOwnPaths(_ text: String) {
        #expect(safeReturn(text) == text)
    }
}
