import Foundation
import WeefselGraph

extension Programme {
    /// The six programmes Weefsel knows out of the box; `Data/programmes.json` holds the same list.
    public static let builtIn: [Programme] = [
        Programme(
            id: "maatje", name: "Maatje", tieKind: .maatje,
            lifeAreas: ["ontmoeten", "taal", "sport", "ziekte", "netwerk"],
            needSide: Eligibility(kinds: [.resident], ages: AgeRange(min: 18)),
            offerSide: Eligibility(mustVolunteer: true, ages: AgeRange(min: 18)),
            maxDistance: 3_000, typicalDuration: 365,
            weights: ScoreWeights(
                distance: 25, lifeArea: 20, interests: 15, language: 10, age: 8, waiting: 15, isolation: 10,
                associations: 3)
        ),
        Programme(
            id: "steungezin", name: "Steungezin", tieKind: .steungezin,
            lifeAreas: ["opvang", "weekend", "vakantie", "naschools"],
            needSide: Eligibility(kinds: [.resident], ages: AgeRange(min: 18), childYoungerThan: 18),
            offerSide: Eligibility(mustVolunteer: true, ages: AgeRange(min: 21)),
            screening: Screening(name: "VOG", validityMonths: 36),
            maxDistance: 5_000, typicalDuration: 365,
            capacity: CapacityRule(unit: .child, defaultCapacity: 2),
            weights: ScoreWeights(
                distance: 30, lifeArea: 15, interests: 5, language: 15, age: 0, waiting: 20, isolation: 10,
                associations: 3)
        ),
        Programme(
            id: "jongerencoach", name: "Jongerencoach", tieKind: .jongerencoach,
            lifeAreas: ["school", "geld", "vrije tijd", "werk"],
            needSide: Eligibility(kinds: [.resident], ages: AgeRange(min: 13, max: 23)),
            offerSide: Eligibility(mustVolunteer: true, ages: AgeRange(min: 21)),
            screening: Screening(name: "VOG", validityMonths: 36),
            maxDistance: 5_000, typicalDuration: 365,
            weights: ScoreWeights(
                distance: 20, lifeArea: 25, interests: 15, language: 10, age: 0, waiting: 20, isolation: 5,
                associations: 3)
        ),
        Programme(
            id: "homestart", name: "Home-Start", tieKind: .homestart,
            lifeAreas: ["opvoeding", "steun", "praktisch", "netwerk"],
            needSide: Eligibility(kinds: [.resident], ages: AgeRange(min: 16), childYoungerThan: 7),
            offerSide: Eligibility(mustVolunteer: true, roles: [.parent], ages: AgeRange(min: 21)),
            screening: Screening(name: "VOG", validityMonths: 36),
            maxDistance: 4_000, typicalDuration: 270,
            weights: ScoreWeights(
                distance: 25, lifeArea: 15, interests: 5, language: 20, age: 5, waiting: 20, isolation: 10,
                associations: 3)
        ),
        Programme(
            id: "klussen", name: "Klussen en administratie", tieKind: .klussen,
            lifeAreas: ["klussen", "tuin", "administratie", "computer"],
            needSide: Eligibility(kinds: [.resident]),
            offerSide: Eligibility(mustVolunteer: true, ages: AgeRange(min: 16)),
            maxDistance: 1_500, typicalDuration: 60,
            capacity: CapacityRule(unit: .person, defaultCapacity: 3),
            weights: ScoreWeights(
                distance: 40, lifeArea: 30, interests: 0, language: 5, age: 0, waiting: 15, isolation: 8,
                associations: 2)
        ),
        Programme(
            id: "ervaringsdeskundige", name: "Ervaringsdeskundige", tieKind: .ervaringsdeskundige,
            lifeAreas: ["schulden", "verslaving", "psychisch", "rouw", "mantelzorg"],
            needSide: Eligibility(ages: AgeRange(min: 16)),
            offerSide: Eligibility(ages: AgeRange(min: 18)),
            maxDistance: 10_000, typicalDuration: 180,
            capacity: CapacityRule(unit: .person, defaultCapacity: 2),
            weights: ScoreWeights(
                distance: 10, lifeArea: 40, interests: 5, language: 15, age: 5, waiting: 20, isolation: 5,
                associations: 0)
        ),
    ]

    /// Reads a list of programmes from JSON (snake_case keys, as in `Data/programmes.json`).
    ///
    /// - Throws: `MatchingError.invalidProgrammes` naming what is wrong.
    public static func decodeList(from data: Data) throws(MatchingError) -> [Programme] {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let programmes: [Programme]
        do {
            programmes = try decoder.decode([Programme].self, from: data)
        } catch let error as DecodingError {
            throw .invalidProgrammes(error.plainDescription)
        } catch {
            throw .invalidProgrammes("not readable JSON")
        }
        var seen = Set<ID>()
        for programme in programmes {
            guard seen.insert(programme.id).inserted else { throw .duplicateID(programme.id.rawValue) }
            guard programme.capacity.defaultCapacity >= 1 else {
                throw .invalidProgrammes("\(programme.id): default capacity must be at least 1")
            }
            if let d = programme.maxDistance, !(d >= 0) {
                throw .invalidProgrammes("\(programme.id): max distance must be 0 or more metres")
            }
        }
        return programmes.sorted { $0.id < $1.id }
    }

    /// Encodes programmes as pretty, sorted JSON with snake_case keys.
    public static func encodeList(_ programmes: [Programme]) -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        // Encoding plain values cannot fail.
        return (try? encoder.encode(programmes.sorted { $0.id < $1.id })) ?? Data()
    }
}

extension DecodingError {
    /// Where in the document decoding failed and why, in one line.
    var plainDescription: String {
        /// `tieKind` as the file writes it: `tie_kind`.
        func snakeCase(_ key: String) -> String {
            key.reduce(into: "") { out, c in out += c.isUppercase ? "_" + c.lowercased() : String(c) }
        }
        func path(_ context: Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? snakeCase($0.stringValue) }
            return keys.isEmpty ? "top level" : keys.joined(separator: ".")
        }
        switch self {
        case .keyNotFound(let key, let context): return "\(path(context)): missing '\(snakeCase(key.stringValue))'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default: return "unreadable"
        }
    }
}
