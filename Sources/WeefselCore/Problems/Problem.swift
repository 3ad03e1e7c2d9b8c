import WeefselGraph
import WeefselMatching

/// A request the core refuses, as a value: what kind of problem, about which record or field.
/// Every door renders it from its kind, in Dutch and in English; no door reads its text.
public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
    /// Nothing with this id is in the actor's sight (it may exist in another team's wijk).
    case notFound(String)
    /// The actor's role may not do this.
    case forbidden
    /// A programme that is not in the register.
    case unknownProgramme(String, known: [Programme.ID])
    /// A person with needs, offers or matches cannot simply be removed: their history counts in
    /// the reports; erasure keeps it as anonymous rows.
    case hasMatchingHistory(Node.ID)
    /// A resident's wijk is their household's; moving is a change of household.
    case wijkFollowsHousehold(Node.ID, household: Household.ID)
    /// A record would land outside the actor's wijken (or in no wijk at all).
    case outsideYourWijken([String])
    /// A field's value is not accepted.
    case invalid(field: String, reason: Reason)
    /// A sign-in that did not succeed, for whatever reason: the same answer for an unknown name, a
    /// wrong password, a missing or wrong code and a disabled account, so that none can be told apart.
    case signInRefused
    /// Too many failed sign-ins for the account or from the address: wait this many seconds.
    case tooManyAttempts(retryAfter: Int)

    /// Why a field's value is not accepted.
    public enum Reason: Sendable, Hashable {
        case empty
        case unknownValue(String, expected: [String])
        /// A day after today: records are written up afterwards, never ahead.
        case inTheFuture(String)
        /// An id that is already in use.
        case taken(String)
        /// A number below zero where none may be.
        case negative
        /// Not an id: ids hold letters, digits, `-`, `_` and `.` only.
        case notAnID(String)
        /// A control character (a NUL, a line break in a name, an escape).
        case controlCharacter
        /// Longer than this many characters.
        case tooLong(Int)
        /// A whole number outside `low...high`.
        case outOfRange(low: Int, high: Int)
        /// Asked of a request without a sign-in session (one signed with a bearer token).
        case needsSession
        /// Shorter than this many characters.
        case tooShort(Int)
        /// Not what is stored (the current password).
        case wrong
        /// Two entries that should be the same are not (a new password typed twice).
        case mismatch
        /// An administrator's own account, which they may not disable or demote.
        case ownAccount
        /// Too late, done already, or another user's (a change to undo).
        case expired
        /// A period whose start comes after its end.
        case periodReversed
    }

    /// The field the problem is about, when one is.
    public var field: String? {
        switch self {
        case .unknownProgramme: "programme"
        case .wijkFollowsHousehold, .outsideYourWijken: "wijk"
        case .invalid(let field, _): field
        case .notFound, .forbidden, .hasMatchingHistory, .signInRefused, .tooManyAttempts: nil
        }
    }

    /// The problem as a Dutch social worker reads it.
    public var dutch: String {
        switch self {
        case .notFound(let id): "'\(id)' is niet gevonden"
        case .forbidden: "uw rol mag dit niet"
        case .unknownProgramme(let id, let known):
            "onbekend programma '\(id)' (bekend: \(known.map(\.rawValue).joined(separator: ", ")))"
        case .hasMatchingHistory(let id):
            "\(id) heeft hulpvragen, aanbod of koppelingen die in de rapportage meetellen: verwijderen kan niet;"
                + " laat een beheerder de persoon wissen ('Gegevens wissen' op de persoonspagina),"
                + " dan blijven de cijfers als anonieme regels bewaard"
        case .wijkFollowsHousehold(let id, let household):
            "de wijk van \(id) is die van huishouden \(household): verhuis de persoon naar een ander"
                + " huishouden ('weefsel node move \(id) --household ...') of wijzig de wijk van het huishouden"
        case .outsideYourWijken(let wijken):
            "moet in een van de wijken van uw team liggen: \(wijken.joined(separator: ", "))"
        case .invalid(let field, .empty): "\(field): mag niet leeg zijn"
        case .invalid(let field, .inTheFuture(let day)): "\(field): \(day) ligt in de toekomst"
        case .invalid(let field, .taken(let id)): "\(field): '\(id)' is al in gebruik"
        case .invalid(let field, .negative): "\(field): mag niet negatief zijn"
        case .invalid(let field, .notAnID(let id)):
            "\(field): '\(id)' is geen geldige code (alleen letters, cijfers, '-', '_' en '.', hoogstens 64)"
        case .invalid(let field, .controlCharacter): "\(field): bevat een stuurteken (onzichtbaar teken)"
        case .invalid(let field, .tooLong(let max)): "\(field): is langer dan \(max) tekens"
        case .invalid(let field, .outOfRange(let low, let high)):
            "\(field): moet een getal van \(low) tot en met \(high) zijn"
        case .invalid(let field, .needsSession): "\(field): kan alleen na aanmelden in de browser, niet met een token"
        case .invalid(let field, .tooShort(let min)): "\(field): moet minstens \(min) tekens hebben"
        case .invalid(let field, .wrong): "\(field): klopt niet"
        case .invalid(let field, .mismatch): "\(field): de twee keer ingevulde waarden verschillen"
        case .invalid(let field, .ownAccount): "\(field): dat kan niet voor uw eigen account"
        case .invalid(let field, .expired):
            "\(field): dit kan niet meer ongedaan worden gemaakt (te laat, al gedaan of door iemand anders)"
        case .invalid(let field, .periodReversed): "\(field): het begin ligt na het einde"
        case .invalid(let field, .unknownValue(let value, let expected)):
            "\(field): onbekende waarde '\(value)' (verwacht: \(expected.joined(separator: ", ")))"
        case .signInRefused: "naam, wachtwoord of code klopt niet"
        case .tooManyAttempts(let seconds):
            "te veel mislukte pogingen: probeer het over \(seconds) seconde\(seconds == 1 ? "" : "n") opnieuw"
        }
    }

    /// The problem in English.
    public var english: String {
        switch self {
        case .notFound(let id): "'\(id)' was not found"
        case .forbidden: "your role may not do this"
        case .unknownProgramme(let id, let known):
            "unknown programme '\(id)' (known: \(known.map(\.rawValue).joined(separator: ", ")))"
        case .hasMatchingHistory(let id):
            "\(id) has needs, offers or matches that the reports count: they cannot be removed;"
                + " have an admin erase the person instead ('Erase' on their page),"
                + " which keeps the figures as anonymous rows"
        case .wijkFollowsHousehold(let id, let household):
            "the wijk of \(id) is that of household \(household): move the person to another household"
                + " ('weefsel node move \(id) --household ...') or change the household's wijk"
        case .outsideYourWijken(let wijken): "must be one of your team's wijken: \(wijken.joined(separator: ", "))"
        case .invalid(let field, .empty): "\(field): must not be empty"
        case .invalid(let field, .inTheFuture(let day)): "\(field): \(day) is in the future"
        case .invalid(let field, .taken(let id)): "\(field): '\(id)' is already in use"
        case .invalid(let field, .negative): "\(field): cannot be negative"
        case .invalid(let field, .notAnID(let id)):
            "\(field): '\(id)' is not a valid code (letters, digits, '-', '_' and '.' only, at most 64)"
        case .invalid(let field, .controlCharacter): "\(field): holds a control character (an invisible character)"
        case .invalid(let field, .tooLong(let max)): "\(field): is longer than \(max) characters"
        case .invalid(let field, .outOfRange(let low, let high)):
            "\(field): must be a whole number from \(low) to \(high)"
        case .invalid(let field, .needsSession): "\(field): only when signed in with a session, not with a token"
        case .invalid(let field, .tooShort(let min)): "\(field): needs at least \(min) characters"
        case .invalid(let field, .wrong): "\(field): is not right"
        case .invalid(let field, .mismatch): "\(field): the two entries differ"
        case .invalid(let field, .ownAccount): "\(field): not possible for your own account"
        case .invalid(let field, .expired):
            "\(field): this can no longer be undone (too late, done already or by someone else)"
        case .invalid(let field, .periodReversed): "\(field): the start is after the end"
        case .invalid(let field, .unknownValue(let value, let expected)):
            "\(field): unknown value '\(value)' (expected: \(expected.joined(separator: ", ")))"
        case .signInRefused: "wrong name, password or code"
        case .tooManyAttempts(let seconds): "too many failed attempts: try again in \(seconds) s"
        }
    }

    /// Dutch, then English.
    public var description: String { dutch + "\n" + english }
}
