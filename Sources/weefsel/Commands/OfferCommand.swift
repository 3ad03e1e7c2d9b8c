import ArgumentParser
import Foundation
import WeefselCore
import WeefselGraph
import WeefselMatching
import WeefselStore

struct OfferCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offer", abstract: "Add, list, edit or close offers of help.",
        subcommands: [AddSide<Offer>.self, ListSides<Offer>.self, EditSide<Offer>.self, CloseSide<Offer>.self])

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
