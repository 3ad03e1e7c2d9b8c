import GRDB
import WeefselCore
import WeefselGraph

extension AnalysisStore {
    /// The part of the network an ego network of `depth` steps around `centre` looks at, as the
    /// network was on `day`, read with indexed queries instead of loading the whole network.
    ///
    /// It holds the centre, its household and the members of it, every node within `depth` steps
    /// and the ties an ego network follows: every tie of the centre, and the informal ties of the
    /// nodes up to `depth - 1` steps away. Other households are left out; each node keeps the wijk
    /// it belongs to. `egoNetwork(of:in:depth:)` on it gives the same netwerkkaart as on the whole
    /// network, since nodes are numbered in id order in both.
    ///
    /// - Parameters:
    ///   - visible: whether a wijk (a node's own, else its household's; `nil` for none) may be
    ///     shown. A node or household that is not visible is left out with its ties, so nothing
    ///     computed on the graph can name it.
    /// - Returns: the graph, without the centre when it is unknown or not visible.
    /// - Complexity: O(s log s) for the s ties and nodes within `depth` steps, in `depth` rounds of
    ///   indexed queries; it does not grow with the size of the whole network.
    public func egoGraph(
        around centre: Node.ID, depth: Int, at day: Day, visible: @escaping (String?) -> Bool
    ) throws(StoreError) -> AnalysisGraph {
        try egoNetwork(around: centre, depth: depth, at: day, visible: visible).graph
    }

    /// ``egoGraph(around:depth:at:visible:)``, and how many people the caller may not see the
    /// centre has an active tie with (of any kind), counted from the same reads.
    public func egoNetwork(
        around centre: Node.ID, depth: Int, at day: Day, visible: @escaping (String?) -> Bool
    ) throws(StoreError) -> (graph: AnalysisGraph, outsideContacts: Int) {
        let built: Result<(AnalysisGraph, Int), GraphError>
        do {
            // The copy in memory when the service keeps one, else indexed queries.
            if let fromMemory = try database.mirror.withRows({ rows in
                try EgoGraphWalk.network(around: centre, depth: depth, day: day, visible: visible, rows: rows)
            }) {
                built = fromMemory
            } else {
                built = try database.read { db in
                    try EgoGraphWalk.network(
                        around: centre, depth: depth, day: day, visible: visible, rows: SQLEgoRows(db: db))
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(Store.describe(error))
        }
        switch built {
        case .success(let (graph, outside)): return (graph, outside)
        case .failure(let error): throw .database("the stored network is inconsistent: \(error)")
        }
    }
}
