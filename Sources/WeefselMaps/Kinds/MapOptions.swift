import WeefselGraph

/// The language of the words on a map.
public enum MapLanguage: String, Sendable, Hashable, CaseIterable, Codable {
    case dutch = "nl"
    case english = "en"
}

/// How a map is drawn: title, language, privacy, size limits.
public struct MapOptions: Sendable, Hashable {
    /// The neighbourhood's name, shown in the title.
    public var neighbourhoodName: String
    /// The date the map shows, in the title.
    public var date: Day?
    public var language: MapLanguage
    /// Replace every name and address by a code (H-W2TA, P-K7QX), tooltips included.
    public var pseudonymise: Bool
    /// Show real names on a map of more than one household (otherwise such maps are pseudonymised).
    public var names: Bool
    /// The engine to use instead of the one chosen by size.
    public var engine: LayoutEngine?
    /// Maps with more nodes than this are refused.
    public var nodeLimit: Int
    /// Above this many nodes, nodes are drawn small and only labelled in their tooltip.
    public var labelLimit: Int
    /// The number of key figures labelled on the key figures map.
    public var topLabelled: Int
    /// The codes a pseudonymised map shows: under the installation key wherever a map leaves
    /// Weefsel; by position only in examples and tests.
    public var pseudonyms: Pseudonyms = .byPosition
    /// Whether the netwerkkaart also draws the ties between the people around the household
    /// (lightly), or only each one's tie with the household, which reads best.
    public var showsTiesBetweenContacts = false

    public init(
        neighbourhoodName: String = "", date: Day? = nil, language: MapLanguage = .dutch, pseudonymise: Bool = false,
        names: Bool = false, engine: LayoutEngine? = nil, nodeLimit: Int = 20_000, labelLimit: Int = 150,
        topLabelled: Int = 15
    ) {
        self.neighbourhoodName = neighbourhoodName
        self.date = date
        self.language = language
        self.pseudonymise = pseudonymise
        self.names = names
        self.engine = engine
        self.nodeLimit = nodeLimit
        self.labelLimit = labelLimit
        self.topLabelled = topLabelled
    }

    /// Whether a map showing `householdCount` households hides names: always when asked, and for
    /// more than one household unless names were asked for.
    public func hidesNames(householdCount: Int) -> Bool {
        pseudonymise || (householdCount > 1 && !names)
    }
}
