import WeefselGraph

/// The groups of a neighbourhood counted for the group map: how many people each has, how many
/// informal ties run between each two groups and who carries them.
struct GroupSummary {
    /// The informal ties between two groups, `a` < `b`.
    struct Link {
        let a: Int32
        let b: Int32
        let ties: Int
        /// The residents and volunteers with ties across this link, most such ties first (then by
        /// index), at most three.
        let bridges: [Int32]
    }

    /// The number of people (everyone but associations and places) in each group, by number.
    let sizes: [Int]
    /// Every pair of groups with an informal tie between them, most ties first, then by the pair.
    let links: [Link]

    /// - Parameter groups: the group of every node of `graph`, -1 for none.
    /// - Complexity: O(n + m log m).
    init(graph: AnalysisGraph, groups: [Int32]) {
        let count = Int((groups.max() ?? -1) + 1)
        var sizes = [Int](repeating: 0, count: count)
        for v in 0..<graph.nodeCount where groups[v] >= 0 && graph.nodeKinds[v] != .association {
            sizes[Int(groups[v])] += 1
        }
        // One entry per end of a tie between groups: the pair, and the person at that end.
        var ends: [(pair: UInt64, person: Int32)] = []
        var ties: [UInt64: Int] = [:]
        for t in 0..<graph.tieCount where graph.tieKinds[t].isInformal {
            let (s, d) = (graph.tieSources[t], graph.tieTargets[t])
            let (gs, gd) = (groups[Int(s)], groups[Int(d)])
            guard gs >= 0, gd >= 0, gs != gd else { continue }
            let pair = UInt64(UInt32(min(gs, gd))) << 32 | UInt64(UInt32(max(gs, gd)))
            ties[pair, default: 0] += 1
            for v in [s, d] where graph.nodeKinds[Int(v)] == .resident || graph.nodeKinds[Int(v)] == .volunteer {
                ends.append((pair, v))
            }
        }
        ends.sort { $0.pair != $1.pair ? $0.pair < $1.pair : $0.person < $1.person }
        var bridges: [UInt64: [(person: Int32, ties: Int)]] = [:]
        var index = 0
        while index < ends.count {
            var next = index + 1
            while next < ends.count && ends[next].pair == ends[index].pair && ends[next].person == ends[index].person {
                next += 1
            }
            bridges[ends[index].pair, default: []].append((ends[index].person, next - index))
            index = next
        }
        links = ties.map { pair, count in
            let people = (bridges[pair] ?? []).sorted { $0.ties != $1.ties ? $0.ties > $1.ties : $0.person < $1.person }
            return Link(
                a: Int32(truncatingIfNeeded: pair >> 32), b: Int32(truncatingIfNeeded: pair & 0xFFFF_FFFF), ties: count,
                bridges: people.prefix(3).map(\.person))
        }.sorted { $0.ties != $1.ties ? $0.ties > $1.ties : ($0.a, $0.b) < ($1.a, $1.b) }
        self.sizes = sizes
    }

    /// The links to draw among `shown` groups: each group's two strongest, and the strongest
    /// others up to the number of groups, most ties first.
    func strongestLinks(among shown: Set<Int32>) -> [Link] {
        let candidates = links.filter { shown.contains($0.a) && shown.contains($0.b) }
        var perGroup: [Int32: Int] = [:]
        var kept: [Link] = []
        for (rank, link) in candidates.enumerated() {
            let ownTop = (perGroup[link.a] ?? 0) < 2 || (perGroup[link.b] ?? 0) < 2
            guard ownTop || rank < shown.count else { continue }
            perGroup[link.a, default: 0] += 1
            perGroup[link.b, default: 0] += 1
            kept.append(link)
        }
        return kept
    }
}

/// The name of every group in the reader's language: after its association, or the street most of
/// its households are in ("Mussenweg e.o.", "Mussenweg area"), else its number; never after a
/// household. On a map that hides names every group is named by its number. Names that repeat
/// among the groups `drawn` get a number, in group order ("Mussenweg e.o. 2").
func groupNames(_ input: MapInput, count: Int, drawn: [Int], hidesNames: Bool, words: Vocabulary) -> [String] {
    let labels = Dictionary(input.groupNames.map { ($0.community, $0) }, uniquingKeysWith: { first, _ in first })
    var names = (0..<count).map { number -> String in
        let fallback = words.group(number: number + 1)
        guard !hidesNames else { return fallback }
        if let label = labels[number] {
            switch label.basis {
            case .association:
                return label.association.map { input.graph.nodeNames[Int($0)] } ?? fallback
            case .street:
                return label.street.map { words.group(around: $0) } ?? fallback
            case .number:
                return fallback
            }
        }
        return number < input.groupLabels.count && !input.groupLabels[number].isEmpty
            ? input.groupLabels[number] : fallback
    }
    var uses: [String: Int] = [:]
    for index in drawn { uses[names[index], default: 0] += 1 }
    var seen: [String: Int] = [:]
    for index in drawn.sorted() where (uses[names[index]] ?? 0) > 1 {
        let name = names[index]
        seen[name, default: 0] += 1
        names[index] = "\(name) \(seen[name] ?? 1)"
    }
    return names
}
