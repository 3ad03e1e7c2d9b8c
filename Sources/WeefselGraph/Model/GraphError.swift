/// What can go wrong when building or querying the social graph.
public enum GraphError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownNode(Node.ID)
    case unknownHousehold(Household.ID)
    case selfTie(Node.ID)
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .unknownNode(let id): "unknown person or organisation '\(id)'"
        case .unknownHousehold(let id): "unknown household '\(id)'"
        case .selfTie(let id): "a tie from '\(id)' to itself"
        case .invalidArgument(let text): text
        }
    }
}
