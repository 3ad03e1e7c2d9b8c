import GRDB
import Synchronization
import WeefselCore
import WeefselGraph

extension NeighbourhoodStore {
    /// Everything in the database as one neighbourhood, sorted, for export.
    ///
    /// Kept by the database between calls with the generation it was read at: read again only
    /// after a committed change, rather than on every page that shows a map or a list.
    public func neighbourhood() throws(StoreError) -> Neighbourhood {
        // The generation is read first: a change committed while reading makes the copy stale,
        // and the next call reads again.
        let generation = database.generation.current
        if let cached = database.neighbourhoodCache.withLock({ $0 }), cached.generation == generation {
            return cached.neighbourhood
        }
        let neighbourhood = try readNeighbourhood()
        database.neighbourhoodCache.withLock { $0 = (generation, neighbourhood) }
        return neighbourhood
    }

    private func readNeighbourhood() throws(StoreError) -> Neighbourhood {
        try database.read { db in
            Neighbourhood(
                nodes: try NodeRow.fetchAll(db, sql: NodeRow.selectWithHousehold + " ORDER BY node.externalId")
                    .map(\.node),
                households: try HouseholdRecord.fetchAll(db, sql: "SELECT * FROM household ORDER BY externalId")
                    .map(\.household),
                ties: try TieRow.fetchAll(db, sql: TieRow.selectWithEnds).map(\.tie)
            ).sorted()
        }
    }
}
