import ArgumentParser
import Foundation
import WeefselGraph
import WeefselMatching
import WeefselStore

struct MatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match", abstract: "Propose, record and report matches of needs with offers.",
        discussion:
            "The software proposes and explains; only accept, introduce, trial, start, end and decline record anything.",
        subcommands: [
            Propose.self, Candidates.self, Accept.self, Introduce.self, Trial.self, Start.self, End.self, Decline.self,
            List.self, Report.self, Programmes.self,
        ])

    struct DayOption: ParsableArguments {
        @Option(help: "The day (default today).") var on: Day?
        var day: Day { on ?? Day.today }
    }

    struct Propose: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The best set of pairs for everybody waiting, with reasons; unmatched needs say why.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var date: DayOption
        @Option var programme: String?
        @Flag(help: "Best pair first instead of the best total, for comparison.") var greedy = false

        func run() async throws {
            let desk = try global.openCore(.readOnly).desk
            let proposal = try desk.propose(
                programme: programme, on: date.day, using: greedy ? .greedy : .optimal, by: global.actor)
            try await global.recordRead(.read, of: try desk.persons(in: proposal))
            if output.json { return try Console.json(ProposalJSON(proposal)) }
            for match in proposal.matches {
                print(
                    "\(match.need) + \(match.offer)  \(String(format: "%.1f", match.score))  "
                        + match.reasons.map(\.dutch).joined(separator: ", "))
            }
            for unmatched in proposal.unmatched { print("\(unmatched.need): \(unmatched.dutch)") }
            print(
                String(
                    format: "%d koppels, totaal %.1f; %d wachten nog", proposal.matches.count, proposal.totalScore,
                    proposal.unmatched.count))
        }
    }

    struct Candidates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every feasible pair with its score, or the best offers for one need.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var date: DayOption
        @Argument(help: "A need's id; without it, every waiting need.") var need: String?
        @Option(help: "Only the best K offers.") var top: Int?
        @Option var programme: String?

        func run() async throws {
            let desk = try global.openCore(.readOnly).desk
            let candidates = try desk.candidates(
                for: need.map { Need.ID($0) }, programme: programme, top: top, on: date.day, by: global.actor)
            try await global.recordRead(.read, of: try desk.persons(in: candidates.map { ($0.need, $0.offer) }))
            if output.json { return try Console.json(candidates.map(CandidateJSON.init)) }
            for c in candidates {
                print(
                    "\(c.need) + \(c.offer)  \(String(format: "%.1f", c.score))  "
                        + c.reasons.map(\.dutch).joined(separator: ", "))
            }
            print("\(candidates.count) passende koppels")
        }
    }

    struct Accept: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take up a proposed pair: records a new match.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var date: DayOption
        @Argument var need: String
        @Argument var offer: String

        func run() async throws {
            let match = try global.openCore().desk.accept(
                Need.ID(need), Offer.ID(offer), on: date.day, by: global.actor)
            print("Match \(match.id): \(match.need) + \(match.offer) voorgesteld op \(match.proposedOn).")
        }
    }

    /// What every step of a match takes: the match, the day and a note.
    struct StepOptions: ParsableArguments {
        @OptionGroup var global: GlobalOptions
        @OptionGroup var date: DayOption
        @Argument var match: String
        @Option var note: String?

        /// Records one step of the match in the register and says where the match now stands.
        func record(_ step: (inout Match, Day, String?) throws(MatchingError) -> Void) throws {
            let day = date.day
            let note = note
            let match = try global.openCore().desk.advance(Match.ID(match), by: global.actor) {
                m throws(MatchingError) in
                try step(&m, day, note)
            }
            print("Match \(match.id) is nu \(match.state.dutchName) (\(match.events.last?.on.description ?? "-")).")
        }
    }

    struct Introduce: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record the introduction (kennismaking).")
        @OptionGroup var step: StepOptions

        func run() async throws {
            try step.record { m, day, note throws(MatchingError) in try m.introduce(on: day, note: note) }
        }
    }

    struct Trial: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record the start of a trial period.")
        @OptionGroup var step: StepOptions

        func run() async throws {
            try step.record { m, day, note throws(MatchingError) in try m.startTrial(on: day, note: note) }
        }
    }

    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make a match active: it becomes a tie on the map.")
        @OptionGroup var step: StepOptions

        func run() async throws {
            try step.record { m, day, note throws(MatchingError) in try m.start(on: day, note: note) }
        }
    }

    struct End: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "End an active match; it stays in the history.")
        @OptionGroup var step: StepOptions
        @Option(help: "completed, mismatch, moved, health, stoppedByNeed, stoppedByOffer, other (Dutch too).")
        var reason: String

        func run() async throws {
            guard let why = Match.EndReason(parsing: reason) else {
                throw ValidationError("unknown reason '\(reason)'")
            }
            try step.record { m, day, note throws(MatchingError) in try m.end(on: day, reason: why, note: note) }
        }
    }

    struct Decline: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a side turned the pair down; it is never proposed again.")
        @OptionGroup var step: StepOptions
        @Option(help: "need, offer or coordinator.") var by: String

        func run() async throws {
            guard let side = Match.Side(parsing: by) else {
                throw ValidationError("--by must be need, offer or coordinator")
            }
            try step.record { m, day, note throws(MatchingError) in try m.decline(by: side, on: day, note: note) }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The match register: every match and its state.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let desk = try global.openCore(.readOnly).desk
            let matches = try desk.matches(for: global.actor)
            try await global.recordRead(.search, of: try desk.persons(in: matches.map { ($0.need, $0.offer) }))
            if output.json { return try Console.json(matches) }
            Console.table(
                ["id", "vraag", "aanbod", "programma", "status", "sinds"],
                matches.map {
                    [
                        $0.id.rawValue, $0.need.rawValue, $0.offer.rawValue, $0.programme.rawValue,
                        $0.state.dutchName, $0.events.last?.on.description ?? "-",
                    ]
                })
        }
    }

    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Per programme: waiting list, new, active and ended matches, mean duration.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "First day (default 1 January of this year).") var from: Day?
        @Option(help: "Last day (default today).") var to: Day?

        func run() async throws {
            let end = to ?? Day.today
            let start = from ?? Day(year: end.year, month: 1, day: 1) ?? end
            let report = try global.openCore(.readOnly).desk.report(from: start, to: end, for: global.actor)
            if output.json { return try Console.json(report) }
            print("Van \(report.from) tot \(report.to)")
            Console.table(
                ["programma", "wachtend", "mediaan", "langst", "gestart", "actief", "beëindigd", "afgewezen", "duur"],
                report.programmes.map { f in
                    [
                        f.programme.rawValue, String(f.waiting),
                        f.medianWait.map { String(format: "%.0f d", $0) } ?? "-",
                        f.longestWait.map { "\($0) d" } ?? "-", String(f.started), String(f.active),
                        String(f.endedTotal), String(f.declined),
                        f.meanDuration.map { String(format: "%.0f d", $0) } ?? "-",
                    ]
                })
        }
    }
}

extension MatchCommand {
    struct Programmes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the programmes, or load them from a file such as Data/programmes.json.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "A programmes file (JSON) that replaces the stored programmes.") var load: String?

        func run() async throws {
            if let load {
                let data = try Data(contentsOf: URL(fileURLWithPath: Invocation.resolve(load)))
                let programmes: [Programme]
                do { programmes = try Programme.decodeList(from: data) } catch {
                    throw CommandFailure("\(load): \(error)")
                }
                try global.openCore().desk.replaceProgrammes(programmes, by: global.actor)
                print("Loaded \(programmes.count) programmes from \(load).")
                return
            }
            let programmes = try global.openCore(.readOnly).desk.programmes()
            if output.json {
                Console.write(String(decoding: Programme.encodeList(programmes), as: UTF8.self))
                return print()
            }
            Console.table(
                ["id", "naam", "max afstand", "VOG", "plaatsen", "duur"],
                programmes.map { p in
                    [
                        p.id.rawValue, p.name, p.maxDistance.map { "\(Int($0)) m" } ?? "-",
                        p.screening.map { "\($0.name) \($0.validityMonths) mnd" } ?? "-",
                        "\(p.capacity.defaultCapacity) \(p.capacity.unit == .child ? "kinderen" : "personen")",
                        "\(p.typicalDuration) d",
                    ]
                })
        }
    }
}
