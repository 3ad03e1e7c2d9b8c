import WeefselCore
import WeefselGraph

/// The network of the SQLite database as the analyses read it: the compact graph of a day in
/// one pass, netwerkkaarten from indexed queries (or from memory, for a service), and the
/// generation that tells when results are stale; the store's ``AnalysisSource``.
public struct AnalysisStore: AnalysisSource, Sendable {
    /// The database the network is read from.
    let database: Store

    /// Advances with every committed change to the neighbourhood.
    public var generation: StoreGeneration { database.generation }

    /// Every node, household and tie, as the neighbourhood repository reads and keeps it.
    public func neighbourhood() throws(StoreError) -> Neighbourhood {
        try database.neighbourhood.neighbourhood()
    }

    /// Every wijk that occurs in the data, sorted.
    public func wijken() throws(StoreError) -> [String] { try database.statistics().wijken }
}
