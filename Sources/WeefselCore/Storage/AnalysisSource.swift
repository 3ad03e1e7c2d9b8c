import WeefselGraph

/// Where the analyses read the network from, and how they learn that it changed.
public protocol AnalysisSource: Sendable {
    /// The compact graph of the whole network as it was on `day` (every tie not ended, when nil).
    func loadGraph(at day: Day?) throws -> AnalysisGraph
    /// Every node, household and tie.
    func neighbourhood() throws -> Neighbourhood
    /// The part of the network within `depth` steps of `centre` on `day`, holding only persons in
    /// wijken for which `visible` is true, and how many contacts were left out.
    func egoNetwork(around centre: Node.ID, depth: Int, at day: Day, visible: @escaping (String?) -> Bool) throws
        -> (graph: AnalysisGraph, outsideContacts: Int)
    /// Every wijk that occurs in the data, sorted.
    func wijken() throws -> [String]
    /// Advances with every committed change to the neighbourhood.
    var generation: StoreGeneration { get }
}
