import Foundation
import WeefselGraph

/// Published networks with the scores NetworkX gives them, written once by `Fixtures/make_fixtures.py`.
struct CentralityFixture: Decodable, Sendable, CustomStringConvertible {
    struct Expected: Decodable, Sendable {
        let degree: [Double]
        let degree_weighted: [Double]
        let betweenness: [Double]
        let betweenness_weighted: [Double]
        let closeness: [Double]
        let closeness_weighted: [Double]
        let eigenvector: [Double]
        let eigenvector_weighted: [Double]
        let pagerank: [Double]
        let pagerank_weighted: [Double]
        let constraint: [Double?]
        let constraint_weighted: [Double?]
        let articulation_points: [Int32]
        let component_count: Int
        let distances_from_0: [Int32]
    }

    let name: String
    let nodes: [String]
    let edges: [[Int]]
    let expected: Expected

    var description: String { name }

    var adjacency: Adjacency {
        Adjacency(nodeCount: nodes.count, edges: edges.map { (Int32($0[0]), Int32($0[1]), UInt8($0[2])) })
    }

    /// Every fixture network; empty (and so failing the tests that need them) when the file is missing.
    static let all: [CentralityFixture] = {
        struct File: Decodable { let graphs: [CentralityFixture] }
        guard
            let url = Bundle.module.url(
                forResource: "centrality_fixtures", withExtension: "json", subdirectory: "Fixtures"),
            let data = try? Data(contentsOf: url),
            let file = try? JSONDecoder().decode(File.self, from: data)
        else { return [] }
        return file.graphs
    }()
}

/// The largest absolute difference between two score lists of the same length (infinity otherwise).
func largestDifference(_ a: [Double], _ b: [Double]) -> Double {
    guard a.count == b.count else { return .infinity }
    return zip(a, b).map { abs($0 - $1) }.max() ?? 0
}
