/// An HTML-like table label (Graphviz's `<TABLE>`), built from parts so that every piece of text
/// is escaped when written.
public struct HTMLTable: Sendable, Hashable {
    public var rows: [[HTMLCell]]
    public var backgroundColour: DOTColour?
    public var borderColour: DOTColour?
    public var border: Int
    public var cellPadding: Int
    public var cellSpacing: Int

    public init(
        rows: [[HTMLCell]], backgroundColour: DOTColour? = nil, borderColour: DOTColour? = nil, border: Int = 0,
        cellPadding: Int = 2, cellSpacing: Int = 0
    ) {
        self.rows = rows
        self.backgroundColour = backgroundColour
        self.borderColour = borderColour
        self.border = border
        self.cellPadding = cellPadding
        self.cellSpacing = cellSpacing
    }
}

/// One cell of an ``HTMLTable``: runs of text with their own colour and size.
public struct HTMLCell: Sendable, Hashable {
    public enum Alignment: String, Sendable, Hashable { case left = "LEFT", centre = "CENTER", right = "RIGHT" }

    public var runs: [HTMLText]
    public var alignment: Alignment
    public var columnSpan: Int
    public var backgroundColour: DOTColour?

    public init(
        _ runs: [HTMLText], alignment: Alignment = .left, columnSpan: Int = 1, backgroundColour: DOTColour? = nil
    ) {
        self.runs = runs
        self.alignment = alignment
        self.columnSpan = columnSpan
        self.backgroundColour = backgroundColour
    }
}

/// A run of text in an ``HTMLCell``.
public struct HTMLText: Sendable, Hashable {
    public var text: String
    public var colour: DOTColour?
    public var size: Double?
    public var bold: Bool

    public init(_ text: String, colour: DOTColour? = nil, size: Double? = nil, bold: Bool = false) {
        self.text = text
        self.colour = colour
        self.size = size
        self.bold = bold
    }
}
