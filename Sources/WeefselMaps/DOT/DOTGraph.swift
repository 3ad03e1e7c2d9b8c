/// An undirected graph in Graphviz's DOT language, built in Swift and written as text by
/// ``DOTGraph/text``.
///
/// Node ids are generated (`n12`, `h3`, `s12_2`), never taken from user text; user text reaches the
/// output only through ``DOTAttributes/label``, ``DOTAttributes/xlabel`` and
/// ``DOTAttributes/tooltip``, which are escaped.
public struct DOTGraph: Sendable, Hashable {
    /// Attributes of the whole graph: title, layout settings.
    public var attributes: DOTAttributes
    /// Attributes every node starts with.
    public var nodeDefaults: DOTAttributes
    /// Attributes every edge starts with.
    public var edgeDefaults: DOTAttributes
    /// Clusters (regions) nodes can belong to through ``DOTNode/cluster``.
    public var clusters: [DOTCluster]
    public var nodes: [DOTNode]
    public var edges: [DOTEdge]

    public init(
        attributes: DOTAttributes = DOTAttributes(), nodeDefaults: DOTAttributes = DOTAttributes(),
        edgeDefaults: DOTAttributes = DOTAttributes(), clusters: [DOTCluster] = [], nodes: [DOTNode] = [],
        edges: [DOTEdge] = []
    ) {
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.clusters = clusters
        self.nodes = nodes
        self.edges = edges
    }

    /// The number of nodes that are drawn (spacers used only for the layout not counted).
    public var visibleNodeCount: Int { nodes.count { !$0.attributes.style.contains(.invisible) } }
}

/// A region of the drawing that groups nodes, such as one community.
public struct DOTCluster: Sendable, Hashable {
    /// The cluster's number; written as `cluster_<number>`.
    public var number: Int
    public var attributes: DOTAttributes

    public init(number: Int, attributes: DOTAttributes = DOTAttributes()) {
        self.number = number
        self.attributes = attributes
    }
}

/// A node of a ``DOTGraph``.
public struct DOTNode: Sendable, Hashable {
    /// A generated node id: never user text.
    public enum ID: Sendable, Hashable, Comparable, CustomStringConvertible {
        /// A person or organisation: its index in the analysis graph. Written `n<index>`.
        case element(Int32)
        /// A household: its index in the analysis graph. Written `h<index>`.
        case household(Int32)
        /// An invisible point that places `owner` on a ring (`s<owner>_<step>`).
        case spacer(owner: Int32, step: Int32)
        /// Part of a map's background (a circle, a sector's line or name): `b_<name>`, where the
        /// name holds letters, digits and underscores only.
        case backdrop(String)

        public var description: String {
            switch self {
            case .element(let index): "n\(index)"
            case .household(let index): "h\(index)"
            case .spacer(let owner, let step): "s\(owner)_\(step)"
            case .backdrop(let name): "b_" + name.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
            }
        }
    }

    public var id: ID
    /// The number of the ``DOTCluster`` the node is drawn in, if any.
    public var cluster: Int?
    public var attributes: DOTAttributes

    public init(id: ID, cluster: Int? = nil, attributes: DOTAttributes = DOTAttributes()) {
        self.id = id
        self.cluster = cluster
        self.attributes = attributes
    }
}

/// An undirected edge of a ``DOTGraph``.
public struct DOTEdge: Sendable, Hashable {
    public var tail: DOTNode.ID
    public var head: DOTNode.ID
    public var attributes: DOTAttributes

    /// Creates an edge; the two ends are stored in sorted order so output does not depend on the
    /// order a caller named them in.
    public init(_ a: DOTNode.ID, _ b: DOTNode.ID, attributes: DOTAttributes = DOTAttributes()) {
        (tail, head) = a <= b ? (a, b) : (b, a)
        self.attributes = attributes
    }

    /// Creates an edge that keeps its direction: dot puts `tail` on an earlier rank than `head`.
    public init(from tail: DOTNode.ID, to head: DOTNode.ID, attributes: DOTAttributes = DOTAttributes()) {
        self.tail = tail
        self.head = head
        self.attributes = attributes
    }
}
