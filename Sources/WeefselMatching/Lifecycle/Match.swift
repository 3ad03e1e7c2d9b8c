import WeefselGraph

/// A pair of a need and an offer that a coordinator took up, with every step it went through.
///
/// The steps: proposed → introduced (kennismaking) → trial → active → ended, or declined from
/// proposed, introduced or trial. The introduction and the trial may be skipped; nothing goes back,
/// and ended and declined are final. An ended or declined match stays in the history.
public struct Match: Sendable, Hashable, Codable, Identifiable {
    public typealias ID = TaggedID<Match>

    public enum State: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case proposed, introduced, trial, active, ended, declined

        /// Whether nothing can follow this state.
        public var isFinal: Bool { self == .ended || self == .declined }
        /// Whether the match still holds the need and a place of the offer.
        public var isLive: Bool { !isFinal }

        /// The states that may follow this one.
        public var successors: [State] {
            switch self {
            case .proposed: [.introduced, .trial, .active, .declined]
            case .introduced: [.trial, .active, .declined]
            case .trial: [.active, .declined]
            case .active: [.ended]
            case .ended, .declined: []
            }
        }

        public var dutchName: String {
            switch self {
            case .proposed: "voorgesteld"
            case .introduced: "kennismaking"
            case .trial: "proefperiode"
            case .active: "actief"
            case .ended: "beëindigd"
            case .declined: "afgewezen"
            }
        }

        public static func < (lhs: State, rhs: State) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Who turned a proposal down.
    public enum Side: String, Sendable, Hashable, Codable, CaseIterable {
        case need, offer, coordinator

        public init?(parsing text: String) {
            switch text.lowercased().filter({ !$0.isWhitespace }) {
            case "need", "hulpvrager", "vraag": self = .need
            case "offer", "vrijwilliger", "aanbod", "aanbieder": self = .offer
            case "coordinator", "coördinator": self = .coordinator
            default: return nil
            }
        }
    }

    /// Why a match ended: the figures funders ask for are counted by these.
    public enum EndReason: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// The goal was reached or the agreed time is over.
        case completed
        /// The two did not get on.
        case mismatch
        case moved
        case health
        /// The person helped stopped.
        case stoppedByNeed
        /// The helper stopped.
        case stoppedByOffer
        case other

        public init?(parsing text: String) {
            let key = text.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" }
            if let reason = EndReason.allCases.first(where: { $0.rawValue.lowercased() == key }) {
                self = reason
                return
            }
            switch key {
            case "afgerond", "doelbereikt", "klaar": self = .completed
            case "geenklik", "klikteniet", "mismatch": self = .mismatch
            case "verhuisd", "verhuizing": self = .moved
            case "gezondheid", "ziek", "ziekte": self = .health
            case "gestoptdoorhulpvrager", "hulpvragergestopt": self = .stoppedByNeed
            case "gestoptdoorvrijwilliger", "vrijwilligergestopt": self = .stoppedByOffer
            case "anders", "overig": self = .other
            default: return nil
            }
        }

        public var dutchName: String {
            switch self {
            case .completed: "afgerond"
            case .mismatch: "geen klik"
            case .moved: "verhuisd"
            case .health: "gezondheid"
            case .stoppedByNeed: "gestopt door hulpvrager"
            case .stoppedByOffer: "gestopt door vrijwilliger"
            case .other: "anders"
            }
        }

        public static func < (lhs: EndReason, rhs: EndReason) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// One step in a match's history.
    public struct Event: Sendable, Hashable, Codable {
        public var state: State
        public var on: Day
        /// For a decline: who declined.
        public var side: Side?
        /// For an end: why.
        public var endReason: EndReason?
        public var note: String?

        public init(state: State, on: Day, side: Side? = nil, endReason: EndReason? = nil, note: String? = nil) {
            self.state = state
            self.on = on
            self.side = side
            self.endReason = endReason
            self.note = note
        }
    }

    public var id: ID
    public var need: Need.ID
    public var offer: Offer.ID
    public var programme: Programme.ID
    /// The score the pair had when it was proposed.
    public var score: Double?
    /// Every step so far, oldest first; never empty.
    public private(set) var events: [Event]

    /// A new match, proposed on `day`.
    public init(
        id: ID, need: Need.ID, offer: Offer.ID, programme: Programme.ID, score: Double? = nil, proposedOn day: Day
    ) {
        self.id = id
        self.need = need
        self.offer = offer
        self.programme = programme
        self.score = score
        self.events = [Event(state: .proposed, on: day)]
    }

    /// A match with a recorded history (as loaded from a store).
    ///
    /// - Throws: `MatchingError.illegalTransition` when the history breaks the rules.
    public init(
        id: ID, need: Need.ID, offer: Offer.ID, programme: Programme.ID, score: Double? = nil, events: [Event]
    ) throws(MatchingError) {
        guard let first = events.first, first.state == .proposed else {
            throw .illegalTransition(id, from: .proposed, to: events.first?.state ?? .proposed)
        }
        self.init(id: id, need: need, offer: offer, programme: programme, score: score, proposedOn: first.on)
        for event in events.dropFirst() { try record(event) }
    }

    public var state: State { events[events.count - 1].state }
    public var proposedOn: Day { events[0].on }
    /// The day the match became active, if it did.
    public var startedOn: Day? { events.first { $0.state == .active }?.on }
    /// The day the match ended or was declined.
    public var closedOn: Day? { state.isFinal ? events[events.count - 1].on : nil }
    public var endReason: EndReason? { events.last { $0.state == .ended }?.endReason }
    public var declinedBy: Side? { events.last { $0.state == .declined }?.side }

    /// The state on `day` (`nil` before the proposal).
    public func state(on day: Day) -> State? { events.last { $0.on <= day }?.state }

    public mutating func introduce(on day: Day, note: String? = nil) throws(MatchingError) {
        try record(Event(state: .introduced, on: day, note: note))
    }

    public mutating func startTrial(on day: Day, note: String? = nil) throws(MatchingError) {
        try record(Event(state: .trial, on: day, note: note))
    }

    /// Makes the match active; from now on it is a tie between the two (see ``tie(between:and:kind:)``).
    public mutating func start(on day: Day, note: String? = nil) throws(MatchingError) {
        try record(Event(state: .active, on: day, note: note))
    }

    public mutating func end(on day: Day, reason: EndReason, note: String? = nil) throws(MatchingError) {
        try record(Event(state: .ended, on: day, endReason: reason, note: note))
    }

    /// Records that one side (or the coordinator) turned the pair down; the pair is never proposed again.
    public mutating func decline(by side: Side, on day: Day, note: String? = nil) throws(MatchingError) {
        try record(Event(state: .declined, on: day, side: side, note: note))
    }

    /// Appends a step after checking that it may follow the current state and is not dated earlier.
    public mutating func record(_ event: Event) throws(MatchingError) {
        guard state.successors.contains(event.state) else {
            throw .illegalTransition(id, from: state, to: event.state)
        }
        guard event.on >= events[events.count - 1].on else { throw .dateBeforeLastStep(id, event.on) }
        var event = event
        if event.state == .ended, event.endReason == nil { event.endReason = .other }
        if event.state == .declined, event.side == nil { event.side = .coordinator }
        events.append(event)
    }

    /// The tie this match is on the map: from its start, until its end when it ended; `nil` for a
    /// match that never became active.
    public func tie(between needSide: Node.ID, and offerSide: Node.ID, kind: Tie.Kind) -> Tie? {
        guard let since = startedOn else { return nil }
        return Tie(
            source: needSide, target: offerSide, kind: kind, strength: .medium, since: since,
            until: state == .ended ? closedOn : nil, note: "match \(id)")
    }
}
