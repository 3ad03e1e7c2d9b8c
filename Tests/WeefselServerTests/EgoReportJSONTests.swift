import Foundation
import NIOCore
import Testing
import WeefselGraph

@testable import WeefselServer

@Suite struct EgoReportJSONTests {
    @Test func writesTheSameBytesAsTheEncoderForEveryShapeOfNetwerkkaart() throws {
        var neighbourhood = NeighbourhoodGenerator(persons: 1_500, seed: 9).generate()
        // Names a writer must escape: quotes, backslashes, control characters, slashes, non-ASCII.
        let awkward = ["Anna \"Ans\" de Wit", "C:\\temp\\Piet", "Regel\neen\ttwee\u{1}", "Jan/Piet", "Zoë Çelik 🌷"]
        for (index, name) in awkward.enumerated() { neighbourhood.nodes[index].name = name }
        let graph = try AnalysisGraph(neighbourhood)
        var checked = 0
        for index in stride(from: 0, to: graph.nodeCount, by: 37) + Array(0..<awkward.count) {
            let id = graph.nodeIDs[index]
            for depth in 1...3 {
                let report = try EgoReport(
                    of: id, in: graph, depth: depth, wanted: ["koken", "Administratie"],
                    skills: { node in neighbourhood.nodes.first { $0.id == graph.nodeIDs[Int(node)] }?.skills ?? [] })
                let outside = depth - 1
                var written = try report.json(outsideContacts: outside)
                var encoded = try Coding.analysisJSON(EgoNetworkResponse(report: report, outsideContacts: outside))
                #expect(
                    written.readBytes(length: written.readableBytes)
                        == encoded.readBytes(length: encoded.readableBytes),
                    "\(id) at depth \(depth)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }
}
