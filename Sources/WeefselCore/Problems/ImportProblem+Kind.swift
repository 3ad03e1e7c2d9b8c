extension ImportProblem {
    /// Where an earlier row stands: `line 4` in the same file, or `line 4 of nodes.csv`.
    public struct Place: Sendable, Hashable {
        public var line: Int
        /// The other file's name, or nil for the file of the problem.
        public var file: String?

        public init(line: Int, file: String? = nil) {
            self.line = line
            self.file = file
        }

        var english: String { file.map { "line \(line) of \($0)" } ?? "line \(line)" }
        var dutch: String { file.map { "regel \(line) van \($0)" } ?? "regel \(line)" }
    }

    /// The value of a cell that a problem is about, named in both languages.
    public enum Subject: String, Sendable, Hashable {
        case id, name, source, target, kind, tieKind, role, consentPurpose, latitude, longitude, household, value

        var english: String {
            switch self {
            case .tieKind: "tie kind"
            case .consentPurpose: "consent purpose"
            default: rawValue
            }
        }

        var dutch: String {
            switch self {
            case .id: "id"
            case .name: "naam"
            case .source: "van"
            case .target: "naar"
            case .kind: "soort"
            case .tieKind: "soort band"
            case .role: "rol"
            case .consentPurpose: "toestemming"
            case .latitude: "breedtegraad"
            case .longitude: "lengtegraad"
            case .household: "huishouden"
            case .value: "waarde"
            }
        }
    }

    /// Every kind of problem an import can find.
    public enum Kind: Sendable, Hashable {
        /// The file cannot be read as CSV text, or one record cannot be split into fields.
        case text(CSVSyntaxError.Reason)
        case notATableFile(expected: [String], found: [String])
        case notPartOfImport(table: String)
        case headerWithoutRows
        /// A spreadsheet (`.xlsx`) that cannot be read, and why.
        case unreadableWorkbook(String)
        case unknownColumn(String, table: String, known: [String])
        case duplicateColumn(String, earlier: String)
        case missingColumn(String, table: String)
        case fieldCount(Int, expected: Int)
        case valueWithoutHeader(field: Int)
        case empty(Subject)
        /// An id that is not one: letters, digits, `-`, `_` and `.` only.
        case notAnID(Subject, String)
        /// A value with a control character (a NUL, an escape).
        case controlCharacter(Subject)
        case unknownValue(Subject, String, expected: [String])
        case duplicateID(String, first: Place)
        case invalidBirthYear(String, range: ClosedRange<Int>)
        case invalidDegrees(Subject, String, limit: Int)
        case addressWithoutHousehold
        case householdDiffers(household: String, column: String, value: String, earlier: String, at: Place)
        case unknownNode(String)
        case selfTie(String)
        case duplicateTie(kind: String, String, String, first: Place)
        case invalidStrength(String)
        case invalidDate(String)
        case untilBeforeSince(until: String, since: String)
        /// A required value of a needs or offers file is missing.
        case missingValue
        case notWholeNumber(String)
        case notADay(String)
        case unknownGender(String)
        case notAPartOfTheWeek(String)
        case notAnAgeRange(String)
        case unknownStatus(String)
        case negativeCapacity
        case notAMatchingFile
        /// The register refused the row (an unknown programme, person or household).
        case refused(english: String, dutch: String)

        public var english: String {
            switch self {
            case .text(let reason): reason.english
            case .notATableFile(let expected, let found):
                "not a nodes or ties file: \(expected.joined(separator: "; ")); this header has "
                    + (found.isEmpty ? "no names" : found.map { "'\($0)'" }.joined(separator: ", "))
            case .notPartOfImport(let table): "a \(table) file is not part of a neighbourhood import"
            case .headerWithoutRows: "the file has a header but no rows"
            case .unreadableWorkbook(let reason): "the spreadsheet cannot be read: \(reason)"
            case .unknownColumn(let name, let table, let known):
                "unknown column '\(name)' in a \(table) file (known columns: \(known.joined(separator: ", ")))"
            case .duplicateColumn(let column, let earlier): "column '\(column)' appears twice (also as '\(earlier)')"
            case .missingColumn(let column, let table): "missing required column '\(column)' in a \(table) file"
            case .fieldCount(let count, let expected):
                "\(count) fields where the header has \(expected)"
                    + " (a value with a delimiter or line break must be in double quotes)"
            case .valueWithoutHeader(let field): "a value in field \(field), which has no header"
            case .empty(let subject): "the \(subject.english) is empty"
            case .notAnID(let subject, let value):
                "the \(subject.english) '\(value)' is not a valid code (letters, digits, '-', '_' and '.' only, at most 64)"
            case .controlCharacter(let subject):
                "the \(subject.english) holds a control character (an invisible character)"
            case .unknownValue(let subject, let value, let expected):
                value.isEmpty
                    ? "the \(subject.english) is empty (expected \(expected.joined(separator: ", ")))"
                    : "unknown \(subject.english) '\(value)' (expected \(expected.joined(separator: ", ")))"
            case .duplicateID(let id, let first): "duplicate id '\(id)' (first on \(first.english))"
            case .invalidBirthYear(let value, let range):
                "invalid birth year '\(value)' (expected a year from \(range.lowerBound) to \(range.upperBound))"
            case .invalidDegrees(let subject, let value, let limit):
                "invalid \(subject.english) '\(value)' (expected degrees from -\(limit) to \(limit), with a decimal point)"
            case .addressWithoutHousehold: "an address needs a household id in the household column"
            case .householdDiffers(let household, let column, let value, let earlier, let place):
                "household '\(household)' has \(column) '\(value)' here but '\(earlier)' on \(place.english)"
            case .unknownNode(let id): "unknown node '\(id)': not in the nodes files and not stored before"
            case .selfTie(let id): "a tie from '\(id)' to itself"
            case .duplicateTie(let kind, let a, let b, let first):
                "the same \(kind) tie between '\(a)' and '\(b)' as on \(first.english) (ties are undirected)"
            case .invalidStrength(let value): "strength '\(value)' is not 1, 2 or 3 (weak, medium, strong)"
            case .invalidDate(let value): "invalid date '\(value)' (expected a date such as 2024-03-31 or 31-03-2024)"
            case .untilBeforeSince(let until, let since): "until \(until) is before since \(since)"
            case .missingValue: "missing"
            case .notWholeNumber(let value): "not a whole number: '\(value)'"
            case .notADay(let value): "not a date: '\(value)' (use 2025-03-31 or 31-03-2025)"
            case .unknownGender(let value): "unknown gender '\(value)' (expected vrouw, man or anders)"
            case .notAPartOfTheWeek(let value): "'\(value)' is not a part of the week (e.g. ma-ochtend)"
            case .notAnAgeRange(let value): "not an age range: '\(value)' (e.g. 30-60)"
            case .unknownStatus(let value): "unknown status '\(value)' (expected open or closed)"
            case .negativeCapacity: "cannot be negative"
            case .notAMatchingFile: "not a needs or offers file (name it needs.csv or offers.csv)"
            case .refused(let english, _): english
            }
        }

        public var dutch: String {
            switch self {
            case .text(let reason): reason.dutch
            case .notATableFile(_, let found):
                "geen personen- of bandenbestand: een personenbestand heeft id, kind, name (of id, soort, naam),"
                    + " een bandenbestand source, target, kind (of van, naar, soort); deze kopregel heeft "
                    + (found.isEmpty ? "geen namen" : found.map { "'\($0)'" }.joined(separator: ", "))
            case .notPartOfImport(let table): "een \(table)-bestand hoort niet bij een import van de wijk"
            case .headerWithoutRows: "het bestand heeft een kopregel maar geen rijen"
            case .unreadableWorkbook(let reason): "het spreadsheet is niet te lezen: \(reason)"
            case .unknownColumn(let name, let table, let known):
                "onbekende kolom '\(name)' in een \(table)-bestand (bekende kolommen: \(known.joined(separator: ", ")))"
            case .duplicateColumn(let column, let earlier):
                "kolom '\(column)' staat er twee keer in (ook als '\(earlier)')"
            case .missingColumn(let column, let table): "verplichte kolom '\(column)' ontbreekt in een \(table)-bestand"
            case .fieldCount(let count, let expected):
                "\(count) velden, maar de kopregel heeft er \(expected)"
                    + " (een waarde met een scheidingsteken of regeleinde moet tussen dubbele aanhalingstekens)"
            case .valueWithoutHeader(let field): "een waarde in veld \(field), dat geen kop heeft"
            case .empty(let subject): "de \(subject.dutch) is leeg"
            case .notAnID(let subject, let value):
                "de \(subject.dutch) '\(value)' is geen geldige code (alleen letters, cijfers, '-', '_' en '.', hoogstens 64)"
            case .controlCharacter(let subject): "de \(subject.dutch) bevat een stuurteken (onzichtbaar teken)"
            case .unknownValue(let subject, let value, let expected):
                value.isEmpty
                    ? "de \(subject.dutch) is leeg (verwacht: \(expected.joined(separator: ", ")))"
                    : "onbekende \(subject.dutch) '\(value)' (verwacht: \(expected.joined(separator: ", ")))"
            case .duplicateID(let id, let first): "dubbele id '\(id)' (eerder op \(first.dutch))"
            case .invalidBirthYear(let value, let range):
                "ongeldig geboortejaar '\(value)' (verwacht een jaar van \(range.lowerBound) tot en met \(range.upperBound))"
            case .invalidDegrees(let subject, let value, let limit):
                "ongeldige \(subject.dutch) '\(value)' (verwacht graden van -\(limit) tot \(limit), met een decimale punt)"
            case .addressWithoutHousehold: "een adres heeft een huishouden-id nodig in de kolom huishouden"
            case .householdDiffers(let household, let column, let value, let earlier, let place):
                "huishouden '\(household)' heeft hier \(column) '\(value)' maar '\(earlier)' op \(place.dutch)"
            case .unknownNode(let id):
                "onbekende persoon '\(id)': niet in het personenbestand en niet eerder opgeslagen"
            case .selfTie(let id): "een band van '\(id)' met zichzelf"
            case .duplicateTie(let kind, let a, let b, let first):
                "dezelfde band (\(kind)) tussen '\(a)' en '\(b)' als op \(first.dutch) (banden hebben geen richting)"
            case .invalidStrength(let value): "sterkte '\(value)' is niet 1, 2 of 3 (zwak, gewoon, sterk)"
            case .invalidDate(let value):
                "ongeldige datum '\(value)' (verwacht een datum zoals 2024-03-31 of 31-03-2024)"
            case .untilBeforeSince(let until, let since): "tot \(until) ligt vóór sinds \(since)"
            case .missingValue: "ontbreekt"
            case .notWholeNumber(let value): "geen geheel getal: '\(value)'"
            case .notADay(let value): "geen datum: '\(value)' (gebruik 2025-03-31 of 31-03-2025)"
            case .unknownGender(let value): "onbekend geslacht '\(value)' (verwacht vrouw, man of anders)"
            case .notAPartOfTheWeek(let value): "'\(value)' is geen dagdeel (bijvoorbeeld ma-ochtend)"
            case .notAnAgeRange(let value): "geen leeftijdsbereik: '\(value)' (bijvoorbeeld 30-60)"
            case .unknownStatus(let value): "onbekende status '\(value)' (verwacht open of closed)"
            case .negativeCapacity: "mag niet negatief zijn"
            case .notAMatchingFile: "geen bestand met hulpvragen of aanbod (noem het needs.csv of offers.csv)"
            case .refused(_, let dutch): dutch
            }
        }
    }
}
