import ArgumentParser
import WeefselCore
import WeefselGraph
import WeefselMatching
import WeefselStore

/// A need or an offer as the command line registers and lists it: `need add` and `offer add`,
/// `need list` and `offer list` are one command each, over this.
protocol CommandLineSide: MatchingSide {
    associatedtype Fields: ParsableArguments
    associatedtype Row: Encodable
    /// "Need" or "Offer", as the messages name one.
    static var noun: String { get }
    /// What `add`, `list`, `edit` and `close` do, for their help.
    static var abstracts: (add: String, list: String, edit: String, close: String) { get }
    static var idExample: String { get }
    /// The columns of the table `list` prints.
    static var columns: [String] { get }

    /// A new one with `id`, before the fields of the command line are set.
    static func blank(_ id: String) -> Self
    static func shared(_ fields: Fields) -> SideFields
    static func apply(_ fields: Fields, to side: inout Self) throws
    static func register(_ side: Self, on desk: MatchingDesk, by actor: Actor) throws -> Self
    static func inSight(on desk: MatchingDesk, for actor: Actor) throws -> [Self]
    static func change(_ id: String, on desk: MatchingDesk, by actor: Actor, _ change: (inout Self) throws -> Void)
        throws
    /// The JSON row and the table cells of each one listed.
    static func rows(_ sides: [Self], programmes: [Programme]) -> [(json: Row, cells: [String])]
}

/// `need add` and `offer add`: registers a new one through the matching desk.
struct AddSide<Side: CommandLineSide>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: Side.abstracts.add)
    }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The new id, e.g. \(Side.idExample).")) var id: String
    @OptionGroup var fields: Side.Fields

    func validate() throws { try Side.shared(fields).requireProgrammeAndWho() }

    func run() async throws {
        var side = Side.blank(id)
        try Side.apply(fields, to: &side)
        side = try Side.register(side, on: global.openCore().desk, by: global.actor)
        print("\(Side.noun) \(side.externalID) registered (\(side.programme)).")
    }
}

/// `need list` and `offer list`: the open ones (or all), of one programme or every one, by id.
struct ListSides<Side: CommandLineSide>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: Side.abstracts.list)
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option var programme: String?
    @Flag(help: "Closed ones too.") var all = false

    func run() async throws {
        let desk = try global.openCore(.readOnly).desk
        let programme = try programme.map { try desk.programme(named: $0) } ?? nil
        let sides = try Side.inSight(on: desk, for: global.actor).filter { side in
            (all || side.status == .open) && (programme == nil || side.programme == programme)
        }
        try await global.recordRead(.search, of: sides.compactMap(\.person))
        let rows = Side.rows(sides, programmes: try desk.programmes())
        if output.json { return try Console.json(rows.map(\.json)) }
        Console.table(Side.columns, rows.map(\.cells))
        print("\(sides.count) gevonden")
    }
}

/// `need edit` and `offer edit`: changes the fields given, through the matching desk.
struct EditSide<Side: CommandLineSide>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "edit", abstract: Side.abstracts.edit)
    }
    @OptionGroup var global: GlobalOptions
    @Argument var id: String
    @OptionGroup var fields: Side.Fields

    func run() async throws {
        try Side.change(id, on: global.openCore().desk, by: global.actor) { try Side.apply(fields, to: &$0) }
        print("Updated \(id).")
    }
}

/// `need close` and `offer close`: no longer waiting, or taking no new matches, from a day on.
struct CloseSide<Side: CommandLineSide>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "close", abstract: Side.abstracts.close)
    }
    @OptionGroup var global: GlobalOptions
    @Argument var id: String
    @Option(help: "The day it closed (default today).") var on: Day?

    func run() async throws {
        try Side.change(id, on: global.openCore().desk, by: global.actor) { $0.close(on: on ?? Day.today) }
        print("Closed \(id).")
    }
}

extension MatchingSide {
    /// Who asks or offers, as a list shows it: the person's code, or the household's.
    var who: String { self.person?.rawValue ?? self.household?.rawValue ?? "-" }
}

extension Need: CommandLineSide {
    static let noun = "Need"
    static let abstracts = (
        add: "Register a need.", list: "List needs by id, with how long they wait.",
        edit: "Change fields of a need.", close: "Close a need: it no longer waits."
    )
    static let idExample = "N0012"
    static let columns = ["id", "wie", "programma", "sinds", "wacht", "status"]

    static func blank(_ id: String) -> Need { Need(id: Need.ID(id), programme: "maatje", requestedOn: Day.today) }
    static func shared(_ fields: NeedCommand.Fields) -> SideFields { fields.side }
    static func apply(_ fields: NeedCommand.Fields, to side: inout Need) throws { try fields.apply(to: &side) }
    static func register(_ side: Need, on desk: MatchingDesk, by actor: Actor) throws -> Need {
        try desk.register(side, replacing: false, by: actor)
    }
    static func inSight(on desk: MatchingDesk, for actor: Actor) throws -> [Need] { try desk.needs(for: actor) }
    static func change(_ id: String, on desk: MatchingDesk, by actor: Actor, _ change: (inout Need) throws -> Void)
        throws
    { try desk.change(need: Need.ID(id), by: actor, change) }
    static func rows(_ sides: [Need], programmes: [Programme]) -> [(json: NeedRow, cells: [String])] {
        sides.map { need in
            let cells = [
                need.id.rawValue, need.who, need.programme.rawValue, need.requestedOn.description,
                "\(need.requestedOn.days(until: Day.today)) d", need.status.rawValue,
            ]
            return (NeedRow(need: need), cells)
        }
    }
}

extension Offer: CommandLineSide {
    static let noun = "Offer"
    static let abstracts = (
        add: "Register an offer of help.", list: "List offers by id, with their places.",
        edit: "Change fields of an offer.", close: "Close an offer: it takes no new matches."
    )
    static let idExample = "A0007"
    static let columns = ["id", "wie", "programma", "plaatsen", "VOG", "status"]

    static func blank(_ id: String) -> Offer { Offer(id: Offer.ID(id), programme: "maatje", offeredOn: Day.today) }
    static func shared(_ fields: OfferCommand.Fields) -> SideFields { fields.side }
    static func apply(_ fields: OfferCommand.Fields, to side: inout Offer) throws { try fields.apply(to: &side) }
    static func register(_ side: Offer, on desk: MatchingDesk, by actor: Actor) throws -> Offer {
        try desk.register(side, replacing: false, by: actor)
    }
    static func inSight(on desk: MatchingDesk, for actor: Actor) throws -> [Offer] { try desk.offers(for: actor) }
    static func change(_ id: String, on desk: MatchingDesk, by actor: Actor, _ change: (inout Offer) throws -> Void)
        throws
    { try desk.change(offer: Offer.ID(id), by: actor, change) }
    static func rows(_ sides: [Offer], programmes: [Programme]) -> [(json: OfferRow, cells: [String])] {
        let defaults = Dictionary(programmes.map { ($0.id, $0.capacity.defaultCapacity) }) { first, _ in first }
        return sides.map { offer in
            let row = OfferRow(offer: offer, capacity: offer.capacity ?? defaults[offer.programme] ?? 1)
            let cells = [
                offer.id.rawValue, offer.who, offer.programme.rawValue, String(row.capacity),
                offer.screenedOn?.description ?? "-", offer.status.rawValue,
            ]
            return (row, cells)
        }
    }
}
