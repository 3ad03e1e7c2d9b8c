import WeefselGraph

/// The title and legend drawn at the top of every map, as an HTML-like table.
struct Legend {
    struct Entry {
        var glyph: String
        var colour: DOTColour
        var text: String
    }

    var title: String
    var subtitle: String
    var sections: [[Entry]] = []
    /// Font size factor; large maps get a larger legend.
    var scale = 1.0

    /// A legend with the map kind and neighbourhood as title, the date and privacy note below.
    init(kind: MapKind, options: MapOptions, hidesNames: Bool) {
        let words = Vocabulary(language: options.language)
        let name = options.neighbourhoodName
        title = name.isEmpty ? words.title(of: kind) : "\(words.title(of: kind)) — \(name)"
        var notes: [String] = []
        if let date = options.date { notes.append(words.date(date)) }
        if hidesNames { notes.append(words.pseudonymised) }
        subtitle = notes.joined(separator: " · ")
    }

    /// Adds the node shapes for the kinds present, and the double border for volunteering residents.
    mutating func addNodeKinds(_ kinds: Set<Node.Kind>, volunteeringResidents: Bool, words: Vocabulary) {
        var entries = Node.Kind.allCases.filter(kinds.contains).map { kind in
            Entry(glyph: VisualLanguage.glyph(of: kind), colour: Palette.darkGrey, text: words.name(of: kind))
        }
        if volunteeringResidents {
            entries.append(Entry(glyph: "◎", colour: Palette.darkGrey, text: words.alsoVolunteers))
        }
        add(entries)
    }

    /// Adds the line styles of the tie kinds present.
    mutating func addTieKinds(_ kinds: Set<Tie.Kind>, words: Vocabulary) {
        var entries: [Entry] = []
        if kinds.contains(where: \.isInformal) && !kinds.allSatisfy(\.isMatch) {
            entries.append(Entry(glyph: "━━", colour: Palette.darkGrey, text: words.informalTie))
        }
        if kinds.contains(where: \.isMatch) {
            entries.append(Entry(glyph: "━━", colour: Palette.blue, text: words.matchTie))
        }
        if kinds.contains(.professional) {
            entries.append(Entry(glyph: "┈┈", colour: Palette.grey, text: words.professionalTie))
        }
        if kinds.contains(.conflict) {
            entries.append(Entry(glyph: "╍╍", colour: Palette.vermillion, text: words.conflictTie))
        }
        add(entries)
    }

    mutating func add(_ entries: [Entry]) {
        if !entries.isEmpty { sections.append(entries) }
    }

    /// The legend as a table: title, subtitle, then up to three entries per row.
    var table: HTMLTable {
        let columns = 3
        var rows: [[HTMLCell]] = [
            [HTMLCell([HTMLText(title, size: 18 * scale, bold: true)], columnSpan: columns)]
        ]
        if !subtitle.isEmpty {
            rows.append([
                HTMLCell([HTMLText(subtitle, colour: Palette.darkGrey, size: 11 * scale)], columnSpan: columns)
            ])
        }
        for section in sections {
            var index = 0
            while index < section.count {
                let slice = section[index..<min(index + columns, section.count)]
                var row = slice.map { entry in
                    HTMLCell([
                        HTMLText(entry.glyph + " ", colour: entry.colour, size: 12 * scale),
                        HTMLText(entry.text, colour: Palette.black, size: 10 * scale),
                    ])
                }
                while row.count < columns { row.append(HTMLCell([HTMLText("")])) }
                rows.append(row)
                index += columns
            }
        }
        return HTMLTable(rows: rows, backgroundColour: Palette.white, cellPadding: 3)
    }
}
