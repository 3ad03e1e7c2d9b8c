/// A column of a Weefsel CSV table: its canonical header and the other headers that mean the same
/// (Dutch words, English variants).
public struct CSVColumn: Sendable, Hashable, CustomStringConvertible {
    /// The canonical header, as export writes it.
    public let name: String
    /// Other headers accepted on import, already normalised.
    public let aliases: [String]

    public init(_ name: String, aliases: [String] = []) {
        self.name = name
        self.aliases = aliases
    }

    public var description: String { name }

    /// A header cell as it is compared: trimmed, lower case, spaces and hyphens as underscores.
    ///
    /// `" Huis nummer "` and `"huis_nummer"` normalise alike.
    public static func normalise(_ header: String) -> String {
        var result = ""
        var pendingSeparator = false
        for character in header.lowercased() {
            if character == " " || character == "_" || character == "-" || character == "\t" {
                pendingSeparator = !result.isEmpty
                continue
            }
            if pendingSeparator {
                result.append("_")
                pendingSeparator = false
            }
            result.append(character)
        }
        return result
    }

    // Columns of nodes.csv.
    public static let id = CSVColumn("id")
    public static let kind = CSVColumn("kind", aliases: ["soort", "type"])
    public static let name = CSVColumn("name", aliases: ["naam"])
    public static let household = CSVColumn("household", aliases: ["huishouden"])
    public static let street = CSVColumn("street", aliases: ["straat", "straatnaam"])
    public static let houseNumber = CSVColumn("house_number", aliases: ["huisnummer", "huisnr"])
    public static let postcode = CSVColumn("postcode", aliases: ["postal_code", "zip"])
    /// The household's position (WGS84 degrees), for distances in matching.
    public static let latitude = CSVColumn("latitude", aliases: ["lat", "breedtegraad"])
    public static let longitude = CSVColumn("longitude", aliases: ["lon", "lng", "lengtegraad"])
    public static let birthYear = CSVColumn("birth_year", aliases: ["geboortejaar"])
    public static let roles = CSVColumn("roles", aliases: ["rollen"])
    public static let languages = CSVColumn("languages", aliases: ["talen"])
    public static let skills = CSVColumn("skills", aliases: ["vaardigheden", "talenten", "talents"])
    public static let interests = CSVColumn("interests", aliases: ["interesses"])
    public static let wijk = CSVColumn("wijk", aliases: ["buurt", "neighbourhood"])
    public static let consent = CSVColumn("consent", aliases: ["toestemming"])

    // Columns of ties.csv.
    public static let source = CSVColumn("source", aliases: ["van"])
    public static let target = CSVColumn("target", aliases: ["naar"])
    public static let strength = CSVColumn("strength", aliases: ["sterkte"])
    public static let since = CSVColumn("since", aliases: ["sinds", "vanaf"])
    public static let until = CSVColumn("until", aliases: ["tot"])
    public static let recordedBy = CSVColumn("recorded_by", aliases: ["vastgelegd_door"])
    public static let note = CSVColumn("note", aliases: ["notitie", "opmerking"])
}
