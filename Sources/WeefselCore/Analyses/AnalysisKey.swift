import Foundation
import WeefselGraph
import WeefselMaps

/// One analysis the service answers from its cache: which one, with which arguments, for which
/// wijken, on which day.
public struct AnalysisKey: Hashable, Sendable {
    public enum Analysis: Hashable, Sendable {
        case keyFigures(top: Int, setSize: Int?, seed: UInt64)
        case communities(seed: UInt64)
        case worklist
        case indicators(seed: UInt64)
        /// Where everybody stands on the explorable map of the wijk (a ``WebMapLayout``).
        case webMap(seed: UInt64)
    }

    public let analysis: Analysis
    public let scope: WijkScope
    public let day: Day

    public init(analysis: Analysis, scope: WijkScope, day: Day) {
        self.analysis = analysis
        self.scope = scope
        self.day = day
    }
}

/// The answer to one analysis: its JSON and the persons it names, for the read audit of every
/// request it answers.
public struct AnalysisAnswer: Sendable {
    public let json: Data
    public let subjects: [Node.ID]
    /// The result itself (a `KeyFigureReport`, `CommunityReport`, `[WorklistEntry]` or
    /// `IndicatorFigures`), for the web pages that show it.
    public let value: any Sendable
}

extension AnalysisKey {
    /// Computes the analysis on the store's data as it is now. Ties across the scope's border
    /// count as ``ScopedNeighbourhood`` describes.
    ///
    /// - Throws: `GraphError` for arguments the analysis refuses, or what the source throws.
    /// - Complexity: that of the analysis; key figures are dominated by betweenness, O(n·m).
    func answer(from store: any AnalysisSource) throws -> AnalysisAnswer {
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
            return AnalysisAnswer(json: try AnalysisJSON.encode(report), subjects: report.subjects, value: report)
        case .communities(let seed):
            let graph = whole ? try store.loadGraph(at: day) : try scopedNeighbourhood(from: store).graph()
            let report = try analyse { () throws(GraphError) in try CommunityReport(of: graph, seed: seed) }
            return AnalysisAnswer(json: try AnalysisJSON.encode(report), subjects: report.subjects, value: report)
        case .worklist:
            let entries = try worklist(from: store)
            return AnalysisAnswer(json: try AnalysisJSON.encode(entries), subjects: entries.subjects, value: entries)
        case .indicators(let seed):
            let figures: IndicatorFigures
            if whole {
                let graph = try store.loadGraph(at: day)
                figures = IndicatorFigures(
                    try analyse { () throws(GraphError) in
                        try indicators(
                            of: graph, membership: communities(of: graph.adjacency(.informal), seed: seed).membership)
                    })
            } else {
                figures = try scopedNeighbourhood(from: store).indicators(seed: seed)
            }
            return AnalysisAnswer(json: try AnalysisJSON.encode(figures), subjects: [], value: figures)
        case .webMap(let seed):
            let graph = whole ? try store.loadGraph(at: day) : try scopedNeighbourhood(from: store).graph()
            let layout = WebMapLayout(
                graph, membership: communities(of: graph.adjacency(.informal), seed: seed).membership)
            // Positions and ids only; the page names people as the asking role may see them.
            return AnalysisAnswer(json: Data(), subjects: [], value: layout)
        }
    }

    private func scopedNeighbourhood(from store: any AnalysisSource) throws -> ScopedNeighbourhood {
        ScopedNeighbourhood(try store.neighbourhood(), scope: scope, on: day)
    }

    /// The outreach worklist of the scope, judged on the whole network: a household whose only
    /// friend lives in another wijk is not isolated; that friend is listed as someone outside the
    /// scope's wijken, without id or name.
    ///
    /// - Complexity: O(n + m) after loading the graph.
    private func worklist(from store: any AnalysisSource) throws -> [WorklistEntry] {
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

/// Runs an analysis with its typed refusals.
func analyse<T>(_ body: () throws(GraphError) -> T) throws(GraphError) -> T { try body() }

/// The JSON of an analysis answer: sorted keys, and `null` for a figure that does not exist.
public enum AnalysisJSON {
    /// - Parameter snakeCase: keys as the matching answers and `weefsel match --json` write them
    ///   (`total_score`).
    public static func encode(_ value: some Encodable, snakeCase: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if snakeCase { encoder.keyEncodingStrategy = .convertToSnakeCase }
        let marker = "weefsel-no-number-9c41e7"
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: marker, negativeInfinity: marker, nan: marker)
        return replacing(Array("\"\(marker)\"".utf8), with: Array("null".utf8), in: try encoder.encode(value))
    }

    /// `data` with every occurrence of `pattern` replaced, byte by byte.
    ///
    /// - Complexity: O(n·m) at worst for n bytes and a pattern of m, O(n) for JSON text.
    static func replacing(_ pattern: [UInt8], with replacement: [UInt8], in data: Data) -> Data {
        guard let first = pattern.first else { return data }
        var out = Data()
        out.reserveCapacity(data.count)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var copied = 0
            var index = 0
            while index + pattern.count <= bytes.count {
                if bytes[index] == first && bytes[index..<index + pattern.count].elementsEqual(pattern) {
                    out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[copied..<index]))
                    out.append(contentsOf: replacement)
                    index += pattern.count
                    copied = index
                } else {
                    index += 1
                }
            }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[copied...]))
        }
        return out
    }
}
