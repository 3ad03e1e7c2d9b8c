import Synchronization
import WeefselGraph

/// The folded search fields of every person and organisation, made once after each change of the
/// data rather than on every search: folding case and accents of 10,000 names and addresses takes
/// longer than a worker should wait for the next letter she types.
final class SearchIndex: Sendable {
    /// One person or organisation with their household and what a search compares.
    struct Entry: Sendable {
        let node: Node
        let household: Household?
        let fields: PersonSearch.Fields
    }

    private let generation: StoreGeneration
    private let state = Mutex<(generation: UInt64, entries: [Entry])?>(nil)

    init(generation: StoreGeneration) {
        self.generation = generation
    }

    /// Every entry, sorted by id, as of the data's current generation; made from `load` when the
    /// data changed since they were last made.
    func entries(_ load: () throws -> Neighbourhood) throws -> [Entry] {
        let current = generation.current
        if let kept = state.withLock({ $0 }), kept.generation == current { return kept.entries }
        let neighbourhood = try load()
        let households = Dictionary(
            neighbourhood.households.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let entries = neighbourhood.nodes.sorted { $0.id < $1.id }.map { node in
            let household = node.household.flatMap { households[$0] }
            return Entry(node: node, household: household, fields: PersonSearch.Fields(node, household: household))
        }
        // A change committed while the entries were made leaves them marked with the older generation.
        state.withLock { $0 = (current, entries) }
        return entries
    }
}
