import Foundation
import Hummingbird
import NIOCore
import WeefselGraph
import WeefselStore

/// One analysis the service answers from its cache: which one, with which arguments, for which
/// wijken, on which day.
struct AnalysisKey: Hashable, Sendable {
    enum Analysis: Hashable, Sendable {
        case keyFigures(top: Int, setSize: Int?, seed: UInt64)
        case communities(seed: UInt64)
        case worklist
        case indicators(seed: UInt64)
    }

    let analysis: Analysis
    let scope: WijkScope
    let day: Day
}

/// The answer to one analysis: its JSON and the persons it names, for the read audit of every
/// request it answers.
struct AnalysisAnswer: Sendable {
    let json: ByteBuffer
    let subjects: [Node.ID]
    /// The result itself (a `KeyFigureReport`, `CommunityReport`, `[WorklistEntry]` or
    /// `IndicatorsResponse`), for the web pages that show it.
    let value: any Sendable

    var response: Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: json))
    }
}

extension AnalysisKey {
    /// Computes the analysis on the store's data as it is now. Ties across the scope's border
    /// count as ``ScopedNeighbourhood`` describes.
    ///
    /// - Throws: `ServiceError` (a 400 for arguments the analysis refuses).
    /// - Complexity: that of the analysis; key figures are dominated by betweenness, O(n·m).
    func answer(from store: Store) throws -> AnalysisAnswer {
        let whole = scope.wijken == nil
        switch analysis {
        case .keyFigures(let top, let setSize, let seed):
            var report: KeyFigureReport
            if whole {
                let graph = try store.loadGraph(at: day)
                report = try analyse { () throws(GraphError) in
                    try KeyFigureReport(of: graph, top: top, setSize: setSize, seed: seed)
                }
            } else {
                let scoped = try scopedNeighbourhood(from: store)
                let graph = try scoped.graph()
                report = try analyse { () throws(GraphError) in
                    try KeyFigureReport(of: graph, top: top, setSize: setSize, seed: seed)
                }
                report = report.addingOutsideDegrees(scoped.outsideInformalDegrees)
            }
            return AnalysisAnswer(json: try Coding.analysisJSON(report), subjects: report.subjects, value: report)
        case .communities(let seed):
            let graph = whole ? try store.loadGraph(at: day) : try scopedNeighbourhood(from: store).graph()
            let report = try analyse { () throws(GraphError) in try CommunityReport(of: graph, seed: seed) }
            return AnalysisAnswer(json: try Coding.analysisJSON(report), subjects: report.subjects, value: report)
        case .worklist:
            let entries = try worklist(from: store)
            return AnalysisAnswer(json: try Coding.analysisJSON(entries), subjects: entries.subjects, value: entries)
        case .indicators(let seed):
            let figures: IndicatorsResponse
            if whole {
                let graph = try store.loadGraph(at: day)
                figures = IndicatorsResponse(
                    try analyse { () throws(GraphError) in
                        try indicators(
                            of: graph, membership: communities(of: graph.adjacency(.informal), seed: seed).membership)
                    })
            } else {
                figures = try scopedNeighbourhood(from: store).indicators(seed: seed)
            }
            return AnalysisAnswer(json: try Coding.analysisJSON(figures), subjects: [], value: figures)
        }
    }

    private func scopedNeighbourhood(from store: Store) throws -> ScopedNeighbourhood {
        ScopedNeighbourhood(try store.neighbourhood(), scope: scope, on: day)
    }

    /// The outreach worklist of the scope, judged on the whole network: a household whose only
    /// friend lives in another wijk is not isolated; that friend is listed as someone outside the
    /// scope's wijken, without id or name.
    ///
    /// - Complexity: O(n + m) after loading the graph.
    private func worklist(from store: Store) throws -> [WorklistEntry] {
        let graph = try store.loadGraph(at: day)
        func wijk(of id: Node.ID) -> String? {
            guard let v = graph.index(of: id) else { return nil }
            let own = graph.nodeWijk[Int(v)]
            if own >= 0 { return graph.wijken[Int(own)] }
            let h = graph.nodeHousehold[Int(v)]
            guard h >= 0 else { return nil }
            let householdWijk = graph.householdWijk[Int(h)]
            return householdWijk >= 0 ? graph.wijken[Int(householdWijk)] : nil
        }
        return isolationReport(of: graph, referenceYear: day.year)
            .filter { scope.contains($0.wijk) }
            .map { WorklistEntry($0, keeping: { scope.contains(wijk(of: $0.id)) }) }
    }
}

/// Runs an analysis, answering its refusals as 400 or 404.
func analyse<T>(_ body: () throws(GraphError) -> T) throws(ServiceError) -> T {
    do {
        return try body()
    } catch {
        throw ServiceError.from(error)
    }
}
