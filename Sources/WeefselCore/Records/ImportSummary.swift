/// What an import changed, per table.
public struct ImportSummary: Sendable, Codable, Equatable {
    public var householdsAdded = 0
    public var householdsUpdated = 0
    public var nodesAdded = 0
    public var nodesUpdated = 0
    public var nodesUnchanged = 0
    public var tiesAdded = 0
    public var tiesUpdated = 0
    public var tiesUnchanged = 0
    /// The columns of persons files that no table knows, kept as the persons' own fields, as
    /// `FILE: COLUMN`.
    public var ownColumnsKept: [String]?
    /// The columns of the files that no table knows and that were not kept, as `FILE: COLUMN`.
    public var columnsLeftOut: [String]?

    public init() {}

    /// Whether the import changed nothing (re-importing the same files).
    public var changedNothing: Bool {
        householdsAdded + householdsUpdated + nodesAdded + nodesUpdated + tiesAdded + tiesUpdated == 0
    }
}
