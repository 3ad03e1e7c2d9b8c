/// Everything recorded about one neighbourhood: its nodes, households and ties.
public struct Neighbourhood: Sendable, Hashable {
    public var nodes: [Node]
    public var households: [Household]
    public var ties: [Tie]

    public init(nodes: [Node] = [], households: [Household] = [], ties: [Tie] = []) {
        self.nodes = nodes
        self.households = households
        self.ties = ties
    }

    /// The same neighbourhood with nodes, households and ties in a stable order, for output.
    public func sorted() -> Neighbourhood {
        Neighbourhood(
            nodes: nodes.sorted { $0.id < $1.id },
            households: households.sorted { $0.id < $1.id },
            ties: ties.sorted { $0.key < $1.key }
        )
    }
}
