import Crypto
import Foundation
import WeefselGraph

/// The codes that stand for persons, organisations and households on a pseudonymised map or
/// export: `P-K7QX` for a person, `A-3MHD` for an association or place, `H-W2TA` for a household.
///
/// A code is an HMAC of the id under the installation's key, so it stays the same from map to map
/// and after any edit, and says nothing about the id it stands for: whoever holds a printed map
/// cannot read the database's ids (and so addresses) from it. Codes are four characters from an
/// alphabet without look-alikes, the first a letter; two ids whose codes meet get longer codes, so that no map shows
/// one code twice.
public struct Pseudonyms: Sendable, Hashable {
    private let key: [UInt8]?

    /// Codes under the installation key `key`.
    public init(key: [UInt8]) { self.key = key }

    private init(unkeyed: Void) { key = nil }

    /// Codes from the position in id order (`P-001`): for examples and tests only, since with ids
    /// numbered in order they give the id away.
    public static let byPosition = Pseudonyms(unkeyed: ())

    private static let alphabet = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ".utf8)
    private static let letters = Array("ABCDEFGHJKLMNPQRSTUVWXYZ".utf8)

    /// The code of every node of `graph`, by index.
    ///
    /// - Complexity: O(n) HMACs for n nodes.
    public func nodeCodes(in graph: AnalysisGraph) -> [String] {
        guard key != nil else { return (0..<Int32(graph.nodeCount)).map { pseudonym(ofNode: $0, in: graph) } }
        let prefixes = graph.nodeKinds.map { $0 == .association ? "A-" : "P-" }
        return codes(for: graph.nodeIDs.map { "node\n" + $0.rawValue }, prefixes: prefixes)
    }

    /// The code of every household of `graph`, by index.
    public func householdCodes(in graph: AnalysisGraph) -> [String] {
        guard key != nil else { return (0..<Int32(graph.householdCount)).map { pseudonym(ofHousehold: $0) } }
        return codes(
            for: graph.householdIDs.map { "household\n" + $0.rawValue },
            prefixes: Array(repeating: "H-", count: graph.householdCount))
    }

    private func codes(for texts: [String], prefixes: [String]) -> [String] {
        guard let key else { return [] }
        let symmetric = SymmetricKey(data: key)
        // A letter first, so that no code reads as a number (or as a code by position).
        let digests = texts.map { text in
            Array(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: symmetric)).enumerated().map {
                $0.offset == 0
                    ? Pseudonyms.letters[Int($0.element) % Pseudonyms.letters.count]
                    : Pseudonyms.alphabet[Int($0.element & 31)]
            }
        }
        var length = Array(repeating: 4, count: texts.count)
        while true {
            var seen: [String: [Int]] = [:]
            for index in texts.indices {
                seen[
                    prefixes[index] + String(decoding: digests[index].prefix(length[index]), as: UTF8.self), default: []
                ]
                .append(index)
            }
            let clashing = seen.values.filter { $0.count > 1 }
            guard !clashing.isEmpty else {
                var result = Array(repeating: "", count: texts.count)
                for (code, indices) in seen { result[indices[0]] = code }
                return result
            }
            for indices in clashing { for index in indices where length[index] < 32 { length[index] += 1 } }
        }
    }
}

/// The code that stands for a person or organisation by position: `P-113` for a person, `A-007`
/// for an association or place, from the node's index in id order (``Pseudonyms/byPosition``).
///
/// - Complexity: O(1).
public func pseudonym(ofNode index: Int32, in graph: AnalysisGraph) -> String {
    let prefix = Int(index) < graph.nodeCount && graph.nodeKinds[Int(index)] == .association ? "A" : "P"
    return "\(prefix)-\(threeDigits(Int(index) + 1))"
}

/// The code that stands for a household by position: `H-017`, from its index in id order.
///
/// - Complexity: O(1).
public func pseudonym(ofHousehold index: Int32) -> String {
    "H-\(threeDigits(Int(index) + 1))"
}

private func threeDigits(_ value: Int) -> String {
    let text = String(value)
    return text.count >= 3 ? text : String(repeating: "0", count: 3 - text.count) + text
}

/// What a map calls nodes and households: real names and addresses, or codes.
struct Naming {
    let graph: AnalysisGraph
    let hidesNames: Bool
    let words: Vocabulary
    private let nodeCodes: [String]
    private let householdCodes: [String]

    init(graph: AnalysisGraph, hidesNames: Bool, words: Vocabulary, pseudonyms: Pseudonyms) {
        self.graph = graph
        self.hidesNames = hidesNames
        self.words = words
        nodeCodes = hidesNames ? pseudonyms.nodeCodes(in: graph) : []
        householdCodes = hidesNames ? pseudonyms.householdCodes(in: graph) : []
    }

    func name(ofNode v: Int32) -> String {
        hidesNames ? nodeCodes[Int(v)] : graph.nodeNames[Int(v)]
    }

    func name(ofHousehold h: Int32) -> String {
        if hidesNames { return householdCodes[Int(h)] }
        let address = graph.householdAddresses[Int(h)]
        return address.isEmpty ? graph.householdIDs[Int(h)].rawValue : address
    }

    /// Name, kind and household of a node, for its tooltip.
    func tooltip(ofNode v: Int32) -> String {
        var parts = [name(ofNode: v), words.name(of: graph.nodeKinds[Int(v)])]
        let h = graph.nodeHousehold[Int(v)]
        if h >= 0 { parts.append(name(ofHousehold: h)) }
        return parts.joined(separator: " · ")
    }

    /// The household's name and its members, for its tooltip.
    func tooltip(ofHousehold h: Int32) -> String {
        let members = graph.members(ofHousehold: h).map { name(ofNode: $0) }
        return ([name(ofHousehold: h)] + [members.joined(separator: ", ")].filter { !$0.isEmpty })
            .joined(separator: " · ")
    }
}
