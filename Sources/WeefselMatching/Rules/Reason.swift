/// A criterion that adds to a pair's score.
public enum Criterion: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case distance, lifeArea, interests, language, age, waiting, isolation, associations

    public static func < (lhs: Criterion, rhs: Criterion) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One criterion's part of a pair's score, in plain words: "800 m uit elkaar", "spreken allebei Turks".
public struct Reason: Sendable, Hashable, Codable {
    public var criterion: Criterion
    /// The points this criterion adds.
    public var points: Double
    public var dutch: String
    public var english: String

    public init(criterion: Criterion, points: Double, dutch: String, english: String) {
        self.criterion = criterion
        self.points = points
        self.dutch = dutch
        self.english = english
    }
}

/// Plain-word pieces shared by the reasons of matching and of introductions.
public enum Wording {
    /// `800 m`, `1,2 km` in Dutch, `1.2 km` in English.
    public static func distance(_ metres: Double, dutch: Bool) -> String {
        if metres < 1_000 {
            let rounded = Int((metres / 50).rounded()) * 50
            return "\(rounded) m"
        }
        let tenths = Int((metres / 100).rounded())
        let text = "\(tenths / 10)\(dutch ? "," : ".")\(tenths % 10) km"
        return text
    }

    static let languages: [String: (dutch: String, english: String)] = [
        "nl": ("Nederlands", "Dutch"), "en": ("Engels", "English"), "tr": ("Turks", "Turkish"),
        "ar": ("Arabisch", "Arabic"), "ber": ("Berbers", "Berber"), "pl": ("Pools", "Polish"),
        "de": ("Duits", "German"), "fr": ("Frans", "French"), "es": ("Spaans", "Spanish"),
        "pap": ("Papiaments", "Papiamento"), "srn": ("Sranantongo", "Sranan Tongo"), "so": ("Somalisch", "Somali"),
        "ti": ("Tigrinya", "Tigrinya"), "fa": ("Perzisch", "Persian"), "uk": ("Oekraïens", "Ukrainian"),
        "ru": ("Russisch", "Russian"), "ro": ("Roemeens", "Romanian"), "bg": ("Bulgaars", "Bulgarian"),
        "pt": ("Portugees", "Portuguese"), "zh": ("Chinees", "Chinese"), "fy": ("Fries", "Frisian"),
        "ku": ("Koerdisch", "Kurdish"), "hi": ("Hindi", "Hindi"), "it": ("Italiaans", "Italian"),
    ]

    /// The language of code `code` (`tr`) by name: `Turks`, `Turkish`.
    public static func language(_ code: String, dutch: Bool) -> String {
        guard let names = languages[code.lowercased()] else { return code }
        return dutch ? names.dutch : names.english
    }

    /// `a, b en c`, `a, b and c`.
    public static func list(_ items: [String], dutch: Bool) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (dutch ? " en " : " and ") + items[items.count - 1]
    }
}
