import CGraphviz
import Foundation

/// Draws DOT text with Graphviz: reads it, lays it out with an engine and writes a format.
///
/// Every renderer shares the one Graphviz context of the process; jobs run one at a time on a
/// private serial queue, so many tasks can render at once without blocking Swift's cooperative
/// thread pool.
public struct Renderer: Sendable {
    public init() {}

    /// Lays out and writes `dot`.
    ///
    /// - Parameters:
    ///   - dot: DOT text, as written by ``DOTGraph/text``.
    ///   - engine: the layout program.
    ///   - format: the output format.
    /// - Returns: the bytes of the drawing.
    /// - Throws: `MapError` with Graphviz's own message when the text cannot be read, laid out or
    ///   written.
    public func render(_ dot: String, engine: LayoutEngine, format: OutputFormat) async throws(MapError) -> [UInt8] {
        let context = GraphvizContext.shared
        let result: Result<[UInt8], MapError> = await withCheckedContinuation { continuation in
            context.queue.async {
                continuation.resume(
                    returning: Result { () throws(MapError) in
                        try renderNow(dot, engine: engine, format: format)
                    })
            }
        }
        return try result.get()
    }

    /// Lays out and writes a map drawing with its own engine.
    ///
    /// - Throws: `MapError`.
    public func render(_ drawing: MapDrawing, as format: OutputFormat) async throws(MapError) -> [UInt8] {
        try await render(drawing.graph.text, engine: drawing.engine, format: format)
    }

    /// Lays out and writes `dot` on the calling thread, waiting for the Graphviz lock. For command
    /// line tools and benchmarks; async code uses ``render(_:engine:format:)``.
    ///
    /// - Throws: `MapError`.
    public func renderNow(_ dot: String, engine: LayoutEngine, format: OutputFormat) throws(MapError) -> [UInt8] {
        try GraphvizContext.shared.withContext { gvc throws(MapError) in
            let graph: UnsafeMutablePointer<Agraph_t>? = dot.withCString { agmemread($0) }
            guard let graph else {
                throw .invalidDOT(graphvizMessage(or: "the text is not a graph"))
            }
            defer { agclose(graph) }

            guard gvLayout(gvc, graph, engine.rawValue) == 0 else {
                throw .layoutFailed(engine, graphvizMessage(or: "no message from Graphviz"))
            }
            defer { gvFreeLayout(gvc, graph) }

            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = gvRenderData(gvc, graph, format.rawValue, &data, &length)
            defer { if let data { gvFreeRenderData(data) } }
            guard status == 0, let data else {
                throw .renderFailed(format, graphvizMessage(or: "no message from Graphviz"))
            }
            return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { bytes in
                Array(UnsafeBufferPointer(start: bytes, count: Int(length)))
            }
        }
    }
}
