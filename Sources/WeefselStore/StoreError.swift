import WeefselGraph

/// What can go wrong in the store, with what a user needs to put it right.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Another Weefsel process holds the database for writing.
    case databaseLocked(path: String, holder: String)
    /// The database file could not be opened or is not a Weefsel database.
    case cannotOpen(path: String, reason: String)
    case unknownNode(Node.ID)
    case unknownHousehold(Household.ID)
    case duplicateNode(Node.ID)
    case unknownTie(Node.ID, Node.ID, Tie.Kind)
    case duplicateTie(Node.ID, Node.ID, Tie.Kind)
    case invalid(field: String, reason: String)
    /// A CSV import was refused; nothing was written.
    case importRefused(ImportFailure)
    /// SQLite refused or failed; the message carries no personal data.
    case database(String)

    public var description: String {
        switch self {
        case .databaseLocked(let path, let holder):
            "the database \(path) is in use by another Weefsel process (\(holder)); "
                + "stop that process or wait until it is done"
        case .cannotOpen(let path, let reason): "cannot open the database \(path): \(reason)"
        case .unknownNode(let id): "no person or organisation with id '\(id)'"
        case .unknownHousehold(let id): "no household with id '\(id)'"
        case .duplicateNode(let id): "a person or organisation with id '\(id)' already exists"
        case .unknownTie(let a, let b, let kind): "no \(kind.rawValue) tie between '\(a)' and '\(b)'"
        case .duplicateTie(let a, let b, let kind): "a \(kind.rawValue) tie between '\(a)' and '\(b)' already exists"
        case .invalid(let field, let reason): "\(field): \(reason)"
        case .importRefused(let failure): failure.description
        case .database(let message): "database error: \(message)"
        }
    }

    /// The error in Dutch, for the pages and the rows of a refused import.
    public var dutch: String {
        switch self {
        case .databaseLocked(let path, let holder):
            "de database \(path) is in gebruik door een ander Weefsel-proces (\(holder))"
        case .cannotOpen(let path, _): "de database \(path) kan niet worden geopend"
        case .unknownNode(let id): "geen persoon of organisatie met id '\(id)'"
        case .unknownHousehold(let id): "geen huishouden met id '\(id)'"
        case .duplicateNode(let id): "er is al een persoon of organisatie met id '\(id)'"
        case .unknownTie(let a, let b, let kind): "geen band (\(kind.dutchName)) tussen '\(a)' en '\(b)'"
        case .duplicateTie(let a, let b, let kind): "er is al een band (\(kind.dutchName)) tussen '\(a)' en '\(b)'"
        case .invalid(let field, let reason): "\(field): \(reason)"
        case .importRefused(let failure):
            failure.problems.map { "\($0.file):\($0.line): \($0.column): \($0.dutch)" }
                .joined(separator: "\n")
        case .database: "databasefout; de fout is vastgelegd"
        }
    }

    /// Whether the error is the user's to fix (bad input) rather than a failure of the system.
    public var isBadInput: Bool {
        switch self {
        case .database: false
        default: true
        }
    }
}
