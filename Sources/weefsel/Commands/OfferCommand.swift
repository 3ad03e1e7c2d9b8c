import ArgumentParser
import Foundation
import WeefselCore
import WeefselGraph
import WeefselMatching
import WeefselStore

struct OfferCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offer", abstract: "Add, list, edit or close offers of help.",
        subcommands: [Add.self, List.self, Edit.self, Close.self])

    struct Fields: ParsableArguments {
        @OptionGroup var side: SideFields
        @Option(help: "Places (children for a steungezin); default the programme's.") var capacity: Int?
        @Option(help: "The day of the VOG screening.") var screened: Day?
        @Option(name: .customLong("max-distance"), help: "The furthest the helper travels, in metres.")
        var maxDistance: Double?
        @Option(help: "The day the offer was made (default today).") var offered: Day?

        func apply(to offer: inout Offer) throws {
            try side.apply(to: &offer)
            if let capacity {
                guard capacity >= 0 else { throw ValidationError("--capacity cannot be negative") }
                offer.capacity = capacity
            }
            if let screened { offer.screenedOn = screened }
            if let maxDistance { offer.maxDistance = maxDistance }
            if let offered { offer.offeredOn = offered }
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Register an offer of help.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The new offer's id, e.g. A0007.") var id: String
        @OptionGroup var fields: Fields

        func validate() throws { try fields.side.requireProgrammeAndWho() }

        func run() async throws {
            let core = try global.openCore()
            var offer = Offer(id: Offer.ID(id), programme: "maatje", offeredOn: Day.today)
            try fields.apply(to: &offer)
            offer = try core.desk.register(offer, replacing: false, by: global.actor)
            print("Offer \(offer.id) registered (\(offer.programme)).")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List offers by id, with their places.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option var programme: String?
        @Flag(help: "Closed offers too.") var all = false

        func run() async throws {
            let store = try global.openStore(.readOnly)
            let offers = try store.offers(programme: programme.map { Programme.ID($0) }, status: all ? nil : .open)
            try await global.recordRead(.search, of: offers.compactMap(\.person))
            let defaults = Dictionary(
                uniqueKeysWithValues: try store.programmes().map { ($0.id, $0.capacity.defaultCapacity) })
            let rows = offers.map { OfferRow(offer: $0, capacity: $0.capacity ?? defaults[$0.programme] ?? 1) }
            if output.json { return try Console.json(rows) }
            Console.table(
                ["id", "wie", "programma", "plaatsen", "VOG", "status"],
                rows.map { row in
                    [
                        row.offer.id.rawValue, row.offer.person?.rawValue ?? row.offer.household?.rawValue ?? "-",
                        row.offer.programme.rawValue, String(row.capacity), row.offer.screenedOn?.description ?? "-",
                        row.offer.status.rawValue,
                    ]
                })
            print("\(offers.count) gevonden")
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change fields of an offer.")
        @OptionGroup var global: GlobalOptions
        @Argument var id: String
        @OptionGroup var fields: Fields

        func run() async throws {
            try global.openCore().desk.change(offer: Offer.ID(id), by: global.actor) { try fields.apply(to: &$0) }
            print("Updated \(id).")
        }
    }

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close an offer: it takes no new matches.")
        @OptionGroup var global: GlobalOptions
        @Argument var id: String
        @Option(help: "The day it closed (default today).") var on: Day?

        func run() async throws {
            try global.openCore().desk.change(offer: Offer.ID(id), by: global.actor) { $0.close(on: on ?? Day.today) }
            print("Closed \(id).")
        }
    }
}

/// An offer in `offer list --json`; `capacity` is the offer's places, the programme's default when unset.
struct OfferRow: Encodable {
    let offer: Offer
    let capacity: Int
    enum CodingKeys: String, CodingKey {
        case id, person, household, programme, capacity, lifeAreas = "life_areas", languages, screened, status
    }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(offer.id, forKey: .id)
        try c.encode(offer.person, forKey: .person)
        try c.encode(offer.household, forKey: .household)
        try c.encode(offer.programme, forKey: .programme)
        try c.encode(capacity, forKey: .capacity)
        try c.encode(offer.lifeAreas, forKey: .lifeAreas)
        try c.encode(offer.languages, forKey: .languages)
        try c.encode(offer.screenedOn, forKey: .screened)
        try c.encode(offer.status, forKey: .status)
    }
}
