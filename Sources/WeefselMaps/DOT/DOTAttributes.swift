/// The Graphviz attributes Weefsel uses, each with a typed value.
///
/// Only ``label``, ``xlabel`` and ``tooltip`` carry free text, and the encoder escapes it; every
/// other attribute takes a number, a colour or a closed set of choices, so no user text can reach
/// URL, image, font, style or file attributes.
public struct DOTAttributes: Sendable, Hashable {
    public var label: DOTLabel?
    public var xlabel: String?
    public var tooltip: String?
    public var shape: DOTShape?
    public var style: [DOTStyle] = []
    public var colour: DOTColour?
    public var fillColour: DOTColour?
    public var fontColour: DOTColour?
    public var font: DOTFont?
    public var fontSize: Double?
    public var penWidth: Double?
    public var width: Double?
    public var height: Double?
    public var fixedSize: Bool?
    public var peripheries: Int?
    /// Edge weight; 0 keeps an edge out of twopi's spanning tree.
    public var weight: Int?
    /// Preferred edge length (neato, fdp).
    public var length: Double?
    /// Whether an edge takes part in ranking (dot); `false` draws it without moving its ends.
    public var constraint: Bool?
    /// A node's fixed position in inches (`pos="x,y!"`), which neato keeps: maps whose layout
    /// Weefsel computes itself, such as the netwerkkaart in circles.
    public var position: DOTPoint?

    // Graph attributes.
    public var layout: DOTLayoutSettings?
    public var labelLocation: DOTLabelLocation?
    public var labelJustification: DOTLabelJustification?
    public var backgroundColour: DOTColour?
    public var pad: Double?
    /// The centre node of a twopi layout.
    public var root: DOTNode.ID?

    public init(
        label: DOTLabel? = nil, xlabel: String? = nil, tooltip: String? = nil, shape: DOTShape? = nil,
        style: [DOTStyle] = [], colour: DOTColour? = nil, fillColour: DOTColour? = nil,
        fontColour: DOTColour? = nil, font: DOTFont? = nil, fontSize: Double? = nil, penWidth: Double? = nil,
        width: Double? = nil, height: Double? = nil, fixedSize: Bool? = nil, peripheries: Int? = nil,
        weight: Int? = nil, length: Double? = nil
    ) {
        self.label = label
        self.xlabel = xlabel
        self.tooltip = tooltip
        self.shape = shape
        self.style = style
        self.colour = colour
        self.fillColour = fillColour
        self.fontColour = fontColour
        self.font = font
        self.fontSize = fontSize
        self.penWidth = penWidth
        self.width = width
        self.height = height
        self.fixedSize = fixedSize
        self.peripheries = peripheries
        self.weight = weight
        self.length = length
    }
}

/// Settings of the layout engines, written as graph attributes.
public struct DOTLayoutSettings: Sendable, Hashable {
    /// How overlapping nodes are removed (`overlap`).
    public var overlap: Overlap?
    public var splines: Splines?
    /// Distance between rings (twopi) or ranks (dot), in inches.
    public var rankSeparation: Double?
    public var nodeSeparation: Double?
    /// Draw edges before nodes so lines never cover a node.
    public var edgesFirst: Bool = true
    /// Draw ranks left to right instead of top to bottom (dot).
    public var leftToRight: Bool = false
    /// The seed of the random start positions (neato, fdp, sfdp), so a map looks the same every time.
    public var seed: Int? = 1
    /// Whether every node is drawn at its ``DOTAttributes/position`` without a layout
    /// (``LayoutEngine/pinned``): positions are then written in points, as that engine reads them.
    public var positionsOnly = false

    public enum Overlap: String, Sendable, Hashable { case prism, scale, keep = "true", remove = "false" }
    public enum Splines: String, Sendable, Hashable { case line, curved, spline = "true" }

    public init(
        overlap: Overlap? = nil, splines: Splines? = nil, rankSeparation: Double? = nil,
        nodeSeparation: Double? = nil, edgesFirst: Bool = true, seed: Int? = 1
    ) {
        self.seed = seed
        self.overlap = overlap
        self.splines = splines
        self.rankSeparation = rankSeparation
        self.nodeSeparation = nodeSeparation
        self.edgesFirst = edgesFirst
    }
}

/// A label: plain text, or an HTML-like table built from escaped parts.
public enum DOTLabel: Sendable, Hashable {
    case text(String)
    case html(HTMLTable)
}

public enum DOTShape: String, Sendable, Hashable, CaseIterable {
    case ellipse, circle, box, diamond, hexagon, octagon, house, point, plaintext, none
}

public enum DOTStyle: String, Sendable, Hashable, CaseIterable {
    case filled, rounded, dashed, dotted, bold, solid
    case invisible = "invis"
}

public enum DOTLabelLocation: String, Sendable, Hashable { case top = "t", bottom = "b", centre = "c" }

public enum DOTLabelJustification: String, Sendable, Hashable { case left = "l", centre = "c", right = "r" }

/// The fonts Weefsel draws with: fixed names, never user text.
public enum DOTFont: String, Sendable, Hashable, CaseIterable {
    case sans = "DejaVu Sans"
    case sansBold = "DejaVu Sans Bold"
}

/// An RGB colour with optional opacity, written `#rrggbb` or `#rrggbbaa`.
public struct DOTColour: Sendable, Hashable, CustomStringConvertible {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8
    public var alpha: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8 = 255) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A colour from `0xRRGGBB`.
    public init(hex: UInt32, alpha: UInt8 = 255) {
        self.init(
            red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF), blue: UInt8(hex & 0xFF), alpha: alpha)
    }

    /// The same colour mixed with white: `amount` 0 keeps it, 1 gives white.
    public func lightened(by amount: Double) -> DOTColour {
        let keep = 1 - min(max(amount, 0), 1)
        func mix(_ c: UInt8) -> UInt8 { UInt8((Double(c) * keep + 255 * (1 - keep)).rounded()) }
        return DOTColour(red: mix(red), green: mix(green), blue: mix(blue), alpha: alpha)
    }

    public var description: String {
        let digits = Array("0123456789abcdef")
        var text = "#"
        for byte in alpha == 255 ? [red, green, blue] : [red, green, blue, alpha] {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0xF)])
        }
        return text
    }
}

/// A point in inches, y upwards, as Graphviz places nodes.
public struct DOTPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
