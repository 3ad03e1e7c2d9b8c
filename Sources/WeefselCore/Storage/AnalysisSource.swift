import WeefselGraph

/// Where the analyses read the network from, and how they learn that it changed.
public protocol AnalysisSource: Sendable {
    /// The compact graph of the whole network as it was on `day` (every tie not ended, when nil).
    func loadGraph(at day: Day?) throws -> AnalysisGraph
    /// Every node, household and tie.
    func neighbourhood() throws -> Neighbourhood
    /// Advances with every committed change to the neighbourhood.
    var generation: StoreGeneration { get }
}
