import Foundation
import WeefselGraph

/// A search as a social worker types it: "de Jong", "mevrouw de jong mussenweg", "Mussenweg 39",
/// "1234AB", "ozturk", "P000264". Words match in any order, case and accents folded (Aït = ait,
/// Öztürk = ozturk); each word must be found in the name, the address (street, house number,
/// postcode with or without its space) or the code, except courtesy words and name particles
/// ("mevrouw", "van", "de"), which count when they match and are passed over when not.
public struct PersonSearch: Sendable, Hashable {
    /// The folded words of the search.
    public let words: [String]
    /// Search only codes (ids): for coordinators, who see people by code alone.
    public let codesOnly: Bool

    public init(_ text: String, codesOnly: Bool = false) {
        // A postcode typed with its space is one word: "1234 AB" = "1234ab".
        let joined = text.replacing(/(\d{4})\s+([A-Za-z]{2})\b/) { "\($0.1)\($0.2)" }
        words = Self.fold(joined).split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        self.codesOnly = codesOnly
    }

    public var isEmpty: Bool { words.isEmpty }

    /// Words that need not match: forms of address and the particles of Dutch names.
    static let softWords: Set<String> = [
        "mevrouw", "mevr", "mw", "meneer", "mr", "dhr", "heer", "familie", "fam", "van", "de", "der", "den", "het",
        "ter", "ten", "te", "in", "op", "aan", "bij", "uit", "en",
    ]

    /// Letters that folding leaves alone but a Dutch keyboard types otherwise (Aydın = aydin).
    private static let plainLetters: [Character: String] = [
        "ı": "i", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th",
    ]

    /// `text` in lower case, without accents, as typed on a Dutch keyboard.
    public static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        guard folded.contains(where: { plainLetters[$0] != nil }) else { return folded }
        return folded.reduce(into: "") { result, character in
            if let plain = plainLetters[character] { result += plain } else { result.append(character) }
        }
    }

    /// How well `node`, living at `household`, answers the search: higher is better; nil when a
    /// word that must match matches nothing.
    ///
    /// - Complexity: O(w·f) for w words and f characters in the person's fields.
    public func score(_ node: Node, household: Household?) -> Int? {
        score(Fields(node, household: household))
    }

    /// What a search compares a person with, folded once: a search index keeps these for every
    /// person until the data change, so that a search does not fold 10,000 names again.
    public struct Fields: Sendable {
        let id: String
        let name: String
        let nameWords: [String]
        let streetWords: [String]
        let number: String?
        let postcode: String?
        let householdID: String?

        public init(_ node: Node, household: Household?) {
            id = PersonSearch.fold(node.id.rawValue)
            name = PersonSearch.fold(node.name)
            nameWords = PersonSearch.wordsOf(name)
            streetWords = PersonSearch.wordsOf(household.flatMap(\.street).map(PersonSearch.fold) ?? "")
            number = household.flatMap(\.houseNumber).map(PersonSearch.fold)?.replacingOccurrences(of: " ", with: "")
            postcode = household.flatMap(\.postcode).map(PersonSearch.fold)?.replacingOccurrences(of: " ", with: "")
            householdID = household.map { PersonSearch.fold($0.id.rawValue) }
        }
    }

    /// How well a person with these folded `fields` answers the search: higher is better; nil
    /// when a word that must match matches nothing.
    public func score(_ fields: Fields) -> Int? {
        guard !codesOnly else {
            let text = words.joined(separator: " ")
            if fields.id == text { return 100 }
            return fields.id.contains(text) ? 10 : nil
        }
        var total = 0
        var matched = 0
        for word in words {
            var best = 0
            if word == fields.id { best = 100 }
            if word == fields.householdID { best = max(best, 50) }
            best = max(best, Self.match(word, among: fields.nameWords, equal: 30, prefix: 20))
            if best == 0, fields.name.contains(word) { best = 10 }
            best = max(best, Self.match(word, among: fields.streetWords, equal: 15, prefix: 10))
            if word == fields.number { best = max(best, 15) }
            if let postcode = fields.postcode, postcode.hasPrefix(word), word.count >= 2 {
                best = max(best, word == postcode ? 15 : 10)
            }
            if best == 0, word.count >= 3, fields.id.contains(word) { best = 5 }
            if best == 0 {
                guard Self.softWords.contains(word) else { return nil }
                continue
            }
            total += best
            matched += 1
        }
        return matched == 0 ? nil : total
    }

    fileprivate static func wordsOf(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    private static func match(_ word: String, among words: [String], equal: Int, prefix: Int) -> Int {
        var best = 0
        for candidate in words {
            if candidate == word { return equal }
            if candidate.hasPrefix(word) { best = prefix }
        }
        return best
    }
}

/// One person or organisation found, with their household.
public struct PersonHit: Sendable, Hashable {
    public let node: Node
    public let household: Household?
}

/// One page of search results, best first, and how many there are in all.
public struct SearchResults: Sendable, Hashable {
    public let hits: [PersonHit]
    public let total: Int
    public let offset: Int
}
