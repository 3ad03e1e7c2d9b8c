/// A Graphviz layout program.
public enum LayoutEngine: String, Sendable, Hashable, CaseIterable, Codable {
    /// Layered drawing; slow above a few hundred nodes, used for small ego maps.
    case dot
    /// Spring model (stress majorisation); good up to a few hundred nodes.
    case neato
    /// Force-directed with clusters drawn as regions.
    case fdp
    /// Multiscale force-directed; the engine for whole neighbourhoods.
    case sfdp
    /// Radial: rings around a root node; the netwerkkaart.
    case twopi
    /// Circular layout.
    case circo
    /// No layout: every node stays where the map put it and lines run straight between them
    /// (Graphviz's `neato -n2`); for the maps whose positions Weefsel computes itself, the street
    /// map and the group map.
    case pinned = "nop2"

    /// The largest number of nodes the engine is allowed to lay out; above it a map is refused
    /// rather than left hanging.
    public var nodeLimit: Int? {
        switch self {
        case .dot: 500
        case .neato, .circo: 2_000
        case .fdp: 1_000
        case .twopi: 5_000
        case .sfdp, .pinned: nil
        }
    }
}

/// A file format Graphviz writes.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// DOT with the computed positions.
    case dot
    case svg
    /// PNG through the cairo (pango) or gd plugin.
    case png
    case pdf

    /// The file name extension.
    public var fileExtension: String { rawValue }
}
