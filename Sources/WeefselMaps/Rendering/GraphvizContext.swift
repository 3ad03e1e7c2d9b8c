import CGraphviz
import Dispatch
import Foundation

/// The one Graphviz context of the process, and the lock every Graphviz call goes through.
///
/// libgvc and libcgraph keep global state and are not thread-safe: the context is created lazily
/// under the lock, and every job (read, layout, render, free) runs under the same lock. This is
/// the only class in WeefselMaps: it owns a C resource with an identity.
final class GraphvizContext: @unchecked Sendable {
    /// The process-wide context.
    static let shared = GraphvizContext()

    /// The serial queue layout jobs run on, off Swift's cooperative threads.
    let queue = DispatchQueue(label: "nl.weefsel.maps.graphviz")

    private let lock = NSLock()
    // Guarded by `lock`.
    private var context: OpaquePointer?

    private init() {}

    /// Runs `body` with the context while holding the lock, creating the context on first use.
    ///
    /// - Throws: ``MapError/graphvizUnavailable(_:)`` when Graphviz cannot be started, or what
    ///   `body` throws.
    func withContext<T>(_ body: (OpaquePointer) throws(MapError) -> T) throws(MapError) -> T {
        lock.lock()
        defer { lock.unlock() }
        let gvc: OpaquePointer
        if let context {
            gvc = context
        } else {
            // Graphviz refuses to read files (images, shape files) named in a graph when it runs
            // as a server. The dot command reads SERVER_NAME while parsing its arguments, which a
            // library user never does, so the switch is also set directly.
            setenv("SERVER_NAME", "weefsel", 1)
            weefsel_graphviz_refuse_files()
            // Keep errors out of stderr and available to `aglasterr`.
            _ = agseterr(AGMAX)
            guard let created = gvContext() else {
                throw .graphvizUnavailable("gvContext() returned no context")
            }
            context = created
            gvc = created
        }
        _ = agreseterrors()
        return try body(gvc)
    }
}

/// The last message Graphviz recorded during this job, freed after copying; `fallback` when the
/// job recorded none (an older message is never reported).
func graphvizMessage(or fallback: String) -> String {
    guard agreseterrors() > 0, let pointer = aglasterr() else { return fallback }
    defer { free(pointer) }
    let message = String(cString: pointer).trimmingCharacters(in: .whitespacesAndNewlines)
    return message.isEmpty ? fallback : message
}
