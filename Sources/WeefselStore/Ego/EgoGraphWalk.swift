import GRDB
import WeefselGraph

/// The walk of a netwerkkaart over the rows of ``EgoRows``, step by step, keeping only what the
/// caller may see.
struct EgoGraphWalk<Rows: EgoRows> {
    /// A visible node, and whether its household may be shown.
    struct Seen {
        let node: EgoNodeRow
        let householdVisible: Bool
    }

    let rows: Rows
    let day: Day
    let visible: (String?) -> Bool
    /// Visible nodes by row id.
    private(set) var nodes: [Int64: Seen] = [:]
    /// Rows looked at and found not visible.
    private var hidden: Set<Int64> = []
    /// The ends of the ties read so far that the caller may not see.
    private(set) var hiddenEnds: Set<Int64> = []
    private var ties: [Int64: EgoTieRow] = [:]

    init(rows: Rows, day: Day, visible: @escaping (String?) -> Bool) {
        self.rows = rows
        self.day = day
        self.visible = visible
    }

    /// The graph of ``AnalysisStore/egoNetwork(around:depth:at:visible:)`` and the count of the centre's
    /// contacts the caller may not see.
    static func network(
        around centre: Node.ID, depth: Int, day: Day, visible: @escaping (String?) -> Bool, rows: Rows
    ) throws -> Result<(AnalysisGraph, Int), GraphError> {
        var walk = EgoGraphWalk(rows: rows, day: day, visible: visible)
        guard let centreRow = try walk.remember(rows.node(externalID: centre).map { [$0] } ?? []).first else {
            return Result { () throws(GraphError) in (try AnalysisGraph.Builder().build(), 0) }
        }
        // One step: every tie of the centre, and the members of its household.
        var expanded: Set<Int64> = [centreRow]
        var frontier = Set(try walk.ties(of: [centreRow], informalOnly: false))
        let outside = walk.hiddenEnds.count
        if let centreNode = walk.nodes[centreRow], let household = centreNode.node.household,
            centreNode.householdVisible
        {
            frontier.formUnion(try walk.remember(rows.members(ofHousehold: household)))
        }
        frontier.subtract(expanded)
        // Further steps follow informal ties only.
        var distance = 1
        while distance < depth && !frontier.isEmpty {
            let next = frontier.sorted()
            expanded.formUnion(next)
            frontier = Set(try walk.ties(of: next, informalOnly: true)).subtracting(expanded)
            distance += 1
        }
        return try walk.build(centre: centreRow).map { ($0, outside) }
    }

    /// Fetches the ties active on the day of the nodes `rows` (only informal ones when asked)
    /// between visible nodes, and returns the ends of those ties.
    mutating func ties(of rows: [Int64], informalOnly: Bool) throws -> [Int64] {
        let fetched = try self.rows.ties(of: rows, on: day, informalOnly: informalOnly)
        var unknown: Set<Int64> = []
        for tie in fetched {
            if nodes[tie.source] == nil && !hidden.contains(tie.source) { unknown.insert(tie.source) }
            if nodes[tie.target] == nil && !hidden.contains(tie.target) { unknown.insert(tie.target) }
        }
        if !unknown.isEmpty {
            remember(try self.rows.nodes(unknown))
        }
        var ends: [Int64] = []
        ends.reserveCapacity(2 * fetched.count)
        for tie in fetched {
            let source = nodes[tie.source] != nil
            let target = nodes[tie.target] != nil
            if source && target {
                ties[tie.row] = tie
                ends.append(tie.source)
                ends.append(tie.target)
            } else {
                if !source && hidden.contains(tie.source) { hiddenEnds.insert(tie.source) }
                if !target && hidden.contains(tie.target) { hiddenEnds.insert(tie.target) }
            }
        }
        return ends
    }

    /// Keeps the visible nodes of `found` and returns their row ids.
    @discardableResult
    private mutating func remember(_ found: [EgoNodeRow]) -> [Int64] {
        var kept: [Int64] = []
        for node in found {
            guard visible(node.wijk ?? node.householdWijk) else {
                hidden.insert(node.row)
                continue
            }
            nodes[node.row] = Seen(node: node, householdVisible: visible(node.householdWijk))
            kept.append(node.row)
        }
        return kept
    }

    /// The graph of the nodes and ties found, with the centre's household when it is visible; every
    /// other node carries the wijk it belongs to (its own, else its household's) instead.
    func build(centre: Int64) throws -> Result<AnalysisGraph, GraphError> {
        var builder = AnalysisGraph.Builder()
        // A netwerkkaart looks only at the centre's household: who shares it, and its id.
        var shared: (row: Int64, id: Household.ID)?
        if let centreNode = nodes[centre], let row = centreNode.node.household, centreNode.householdVisible,
            let household = try rows.household(row)
        {
            builder.add(household)
            shared = (row, household.id)
        }
        var numbers: [Int64: Int] = [:]
        for (rowID, seen) in nodes {
            let node = seen.node
            numbers[rowID] = builder.addedNodeCount
            builder.add(
                id: node.id, kind: node.kind, name: node.name,
                household: shared.flatMap { node.household == $0.row ? $0.id : nil }, birthYear: node.birthYear,
                volunteers: node.volunteers, wijk: node.wijk ?? (seen.householdVisible ? node.householdWijk : nil))
        }
        for (_, tie) in ties {
            guard let source = numbers[tie.source], let target = numbers[tie.target] else { continue }
            builder.add(source: source, target: target, kind: tie.kind, strength: tie.strength)
        }
        return Result { () throws(GraphError) in try builder.build() }
    }
}
