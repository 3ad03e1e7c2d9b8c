import Foundation
import Synchronization
import WeefselGraph

/// A change a worker may take back shortly after making it: a tie added, changed or ended, a
/// consent given or withdrawn, a person's details changed.
public enum UndoableChange: Sendable, Hashable {
    /// A new tie: undone by removing it.
    case tieAdded(Tie)
    /// A tie changed or ended: undone by putting back what it was.
    case tieChanged(before: Tie)
    /// Consent given or withdrawn on a day: undone by recording the opposite on that day.
    case consent(Consent.Purpose, person: Node.ID, given: Bool, day: Day)
    /// A person's details changed: undone by putting back what they were.
    case personChanged(before: Node)
}

/// Taking back the last change of a record from the page that made it, for a while afterwards
/// (``window``). Each change is remembered under a random token for the user who made it, once:
/// nobody else can use it, and an undo is itself a write, checked and put in the audit log as
/// every write is. The memory is the service's own: a restart forgets what may be undone.
public final class Undo: Sendable {
    /// How long after a change it can be taken back.
    public static let window: TimeInterval = 15 * 60

    private struct Remembered: Sendable {
        let change: UndoableChange
        let user: User.ID?
        let until: Date
    }

    private let remembered = Mutex<[String: Remembered]>([:])
    private let records: NeighbourhoodRecords
    private let privacy: PrivacyDesk

    init(records: NeighbourhoodRecords, privacy: PrivacyDesk) {
        self.records = records
        self.privacy = privacy
    }

    /// Remembers `change`, made by `actor`, and returns the token that takes it back.
    public func remember(_ change: UndoableChange, by actor: Actor, at now: Date = Date()) -> String {
        let token = Secret.random().rawValue
        remembered.withLock { entries in
            entries = entries.filter { $0.value.until > now }
            entries[token] = Remembered(change: change, user: actor.user?.id, until: now + Self.window)
        }
        return token
    }

    /// Takes back the change remembered under `token`, as `actor`.
    ///
    /// - Throws: `Problem.invalid` (field `undo`) when the token is unknown, used, expired or
    ///   another user's; otherwise what the write that undoes the change throws.
    public func undo(_ token: String, by actor: Actor, at now: Date = Date()) throws {
        let found = remembered.withLock { entries -> Remembered? in
            guard let entry = entries[token], entry.until > now, entry.user == actor.user?.id else { return nil }
            entries[token] = nil
            return entry
        }
        guard let found else { throw Problem.invalid(field: "undo", reason: .expired) }
        switch found.change {
        case .tieAdded(let tie):
            try records.removeTie(between: tie.source, and: tie.target, kind: tie.kind, by: actor)
        case .tieChanged(let before):
            try records.update(before, by: actor)
        case .consent(let purpose, let person, let given, let day):
            _ = try privacy.recordConsent(
                purpose, given: !given, on: day, today: max(day, .dutchToday), for: person, by: actor)
        case .personChanged(let before):
            try records.update(before, household: nil, by: actor)
        }
    }
}
