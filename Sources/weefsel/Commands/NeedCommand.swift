import ArgumentParser
import Foundation
import WeefselCore
import WeefselGraph
import WeefselMatching
import WeefselStore

/// The fields needs and offers share on the command line.
struct SideFields: ParsableArguments {
    @Option(help: "The person's id.") var person: String?
    @Option(help: "The household's id (for a household without a named person).") var household: String?
    @Option(help: "The programme, e.g. maatje, steungezin, jongerencoach, homestart, klussen.") var programme: String?
    @Option(name: .customLong("life-areas"), help: "Life areas, e.g. taal,ontmoeten.") var lifeAreas: ListArgument?
    @Option(help: "Languages, most preferred first, e.g. tr,nl.") var languages: ListArgument?
    @Option(help: "Parts of the week, e.g. 'ma-ochtend|wo-avond' (empty: any time).") var availability: String?
    @Option(help: "Gender of the person: vrouw, man or anders.") var gender: String?
    @Option(name: .customLong("prefers-gender"), help: "Gender asked of the other side.") var prefersGender: String?
    @Option(name: .customLong("prefers-ages"), help: "Ages asked of the other side, e.g. 30-60.") var prefersAges:
        String?
    @Option var notes: String?

    /// What `need add` and `offer add` cannot do without: a programme, and a person or household.
    func requireProgrammeAndWho() throws {
        guard programme != nil else { throw ValidationError("--programme is required") }
        guard person != nil || household != nil else { throw ValidationError("--person or --household is required") }
    }

    /// Sets the fields given on the command line on a need or an offer.
    func apply(to side: inout some MatchingSide) throws {
        let (parts, gender, prefersGender, ages) = try values()
        if let person { side.person = person.isEmpty ? nil : Node.ID(person) }
        if let household { side.household = household.isEmpty ? nil : Household.ID(household) }
        if let programme { side.programme = Programme.ID(programme) }
        if let lifeAreas { side.lifeAreas = lifeAreas.items }
        if let languages { side.languages = languages.items }
        if let parts { side.availability = parts }
        if let gender { side.gender = gender }
        if let prefersGender { side.preferences.gender = prefersGender }
        if let ages { side.preferences.ages = ages }
        if let notes { side.notes = notes.isEmpty ? nil : notes }
    }

    func values() throws -> (WeekParts?, Gender??, Gender??, AgeRange??) {
        let parts = try availability.map { try WeekParts.parse($0).get() }
        func gender(_ text: String?) throws -> Gender?? {
            guard let text else { return nil }
            if text.isEmpty { return .some(nil) }
            guard let gender = Gender(parsing: text) else { throw ValidationError("unknown gender '\(text)'") }
            return gender
        }
        let ages: AgeRange?? = try prefersAges.map { text in
            if text.isEmpty { return nil }
            guard let range = AgeRange(parsing: text) else { throw ValidationError("not an age range: '\(text)'") }
            return range
        }
        return (parts, try gender(self.gender), try gender(prefersGender), ages)
    }
}

struct NeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "need", abstract: "Add, list, edit or close requests for help (needs).",
        subcommands: [
            AddSide<Need>.self, ListSides<Need>.self, EditSide<Need>.self, CloseSide<Need>.self, ImportCSV.self,
            Generate.self,
        ])

    struct Fields: ParsableArguments {
        @OptionGroup var side: SideFields
        @Option(name: .customLong("children"), help: "Birth years of the children involved, e.g. 2019,2021.")
        var children: ListArgument?
        @Option(name: .customLong("requested"), help: "The day the need was registered (default today).")
        var requested: Day?

        func apply(to need: inout Need) throws {
            try side.apply(to: &need)
            if let children {
                need.childBirthYears = try children.items.map { item in
                    guard let year = Int(item) else { throw ValidationError("not a birth year: '\(item)'") }
                    return year
                }
            }
            if let requested { need.requestedOn = requested }
        }
    }

    struct ImportCSV: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Import needs.csv and offers.csv (all or nothing).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "needs.csv and/or offers.csv") var files: [String]

        func run() async throws {
            let inputs = try files.map { path in
                ImportFile(
                    name: URL(fileURLWithPath: path).lastPathComponent,
                    bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: Invocation.resolve(path)))))
            }
            do {
                let (needs, offers) = try global.openCore().desk.importNeedsAndOffers(
                    inputs, today: Day.today, by: global.actor)
                print("Imported \(needs) needs and \(offers) offers.")
            } catch StoreError.importRefused(let failure) {
                CSVInput.report(failure)
                throw ExitCode(1)
            }
        }
    }
}

extension NeedCommand {
    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write needs.csv and offers.csv for the people in the database (sample data).")
        @OptionGroup var global: GlobalOptions
        @Option var seed: UInt64 = 2026
        @Option(help: "The directory to write to.") var out: String
        @Option(help: "The day the sample is made for (default today).") var on: Day?

        func run() async throws {
            let neighbourhood = try global.openStore(.readOnly).neighbourhood.neighbourhood()
            var generator = MatchingGenerator(seed: seed)
            let (needs, offers) = generator.needsAndOffers(for: neighbourhood, today: on ?? Day.today)
            let files = MatchingCSV.export(needs: needs, offers: offers)
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            try files.needs.write(toFile: out + "/needs.csv", atomically: true, encoding: .utf8)
            try files.offers.write(toFile: out + "/offers.csv", atomically: true, encoding: .utf8)
            print("Wrote \(needs.count) needs and \(offers.count) offers to \(out)/needs.csv and \(out)/offers.csv.")
        }
    }
}

/// A need in `need list --json`.
struct NeedRow: Encodable {
    let need: Need
    enum CodingKeys: String, CodingKey {
        case id, person, household, programme, lifeAreas = "life_areas", languages, requested, status
    }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(need.id, forKey: .id)
        try c.encode(need.person, forKey: .person)
        try c.encode(need.household, forKey: .household)
        try c.encode(need.programme, forKey: .programme)
        try c.encode(need.lifeAreas, forKey: .lifeAreas)
        try c.encode(need.languages, forKey: .languages)
        try c.encode(need.requestedOn, forKey: .requested)
        try c.encode(need.status, forKey: .status)
    }
}
