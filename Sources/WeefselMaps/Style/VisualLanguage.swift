import WeefselGraph

/// The shared look of every map: a shape per node kind, one line style per kind of tie, line
/// width by strength.
enum VisualLanguage {
    /// The shape of a person or organisation.
    static func shape(of kind: Node.Kind) -> DOTShape {
        switch kind {
        case .resident: .ellipse
        case .volunteer: .hexagon
        case .association: .box
        case .professional: .diamond
        }
    }

    /// The glyph that stands for the shape in legends.
    static func glyph(of kind: Node.Kind) -> String {
        switch kind {
        case .resident: "●"
        case .volunteer: "⬢"
        case .association: "■"
        case .professional: "◆"
        }
    }

    static let householdShape = DOTShape.house
    static let householdGlyph = "⬟"

    /// Base attributes of a node of `kind`: shape and, for associations, rounded corners.
    static func node(kind: Node.Kind, volunteers: Bool, fill: DOTColour) -> DOTAttributes {
        var attributes = DOTAttributes(shape: shape(of: kind), style: [.filled], fillColour: fill)
        if kind == .association { attributes.style.append(.rounded) }
        // A resident who volunteers keeps the resident shape with a double border.
        if kind == .resident && volunteers { attributes.peripheries = 2 }
        return attributes
    }

    /// Line width for a tie strength 1...3.
    static func penWidth(strength: UInt8) -> Double {
        switch strength {
        case ...1: 1
        case 2: 2
        default: 3.5
        }
    }

    /// The line of a tie of `kind`: conflict red and dashed, professional grey and dotted, match
    /// ties blue, every other informal tie dark grey; width by strength.
    static func edge(kind: Tie.Kind, strength: UInt8) -> DOTAttributes {
        var attributes = DOTAttributes(penWidth: penWidth(strength: strength))
        switch kind {
        case .conflict:
            attributes.colour = Palette.vermillion
            attributes.style = [.dashed]
        case .professional:
            attributes.colour = Palette.grey
            attributes.style = [.dotted]
        case _ where kind.isMatch:
            attributes.colour = Palette.blue
        default:
            attributes.colour = Palette.darkGrey
        }
        return attributes
    }

    /// Graph-wide defaults: font, node and edge look.
    static func baseGraph(layout: DOTLayoutSettings) -> DOTGraph {
        var graph = DOTGraph()
        graph.attributes.layout = layout
        graph.attributes.font = .sans
        graph.attributes.labelLocation = .top
        graph.attributes.labelJustification = .left
        graph.attributes.backgroundColour = Palette.white
        graph.attributes.pad = 0.3
        graph.nodeDefaults = DOTAttributes(
            colour: Palette.darkGrey, fontColour: Palette.black, font: .sans, fontSize: 10, penWidth: 1)
        graph.edgeDefaults = DOTAttributes(colour: Palette.darkGrey, font: .sans, fontSize: 9, penWidth: 1)
        return graph
    }
}
