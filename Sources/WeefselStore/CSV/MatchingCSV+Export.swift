import WeefselGraph
import WeefselMatching

extension MatchingCSV {
    /// `needs.csv` and `offers.csv` for needs and offers, sorted by id, in the columns import reads.
    public static func export(needs: [Need], offers: [Offer]) -> (needs: String, offers: String) {
        func ages(_ range: AgeRange?) -> String { range?.description ?? "" }
        func parts(_ parts: WeekParts) -> String { parts == .all ? "" : parts.description }
        var needsCSV = CSVWriter()
        needsCSV.append([
            "id", "person", "household", "programme", "life_areas", "languages", "availability", "gender",
            "prefers_gender", "prefers_ages", "children", "requested", "status", "notes",
        ])
        for need in needs.sorted(by: { $0.id < $1.id }) {
            needsCSV.append([
                need.id.rawValue, need.person?.rawValue ?? "", need.household?.rawValue ?? "", need.programme.rawValue,
                ListColumn.encode(need.lifeAreas), ListColumn.encode(need.languages), parts(need.availability),
                need.gender?.rawValue ?? "", need.preferences.gender?.rawValue ?? "", ages(need.preferences.ages),
                ListColumn.encode(need.childBirthYears.map(String.init)), need.requestedOn.description,
                need.status.rawValue, need.notes ?? "",
            ])
        }
        var offersCSV = CSVWriter()
        offersCSV.append([
            "id", "person", "household", "programme", "life_areas", "languages", "availability", "gender",
            "prefers_gender", "prefers_ages", "capacity", "screened", "max_distance", "offered", "status", "notes",
        ])
        for offer in offers.sorted(by: { $0.id < $1.id }) {
            offersCSV.append([
                offer.id.rawValue, offer.person?.rawValue ?? "", offer.household?.rawValue ?? "",
                offer.programme.rawValue,
                ListColumn.encode(offer.lifeAreas), ListColumn.encode(offer.languages), parts(offer.availability),
                offer.gender?.rawValue ?? "", offer.preferences.gender?.rawValue ?? "", ages(offer.preferences.ages),
                offer.capacity.map(String.init) ?? "", offer.screenedOn?.description ?? "",
                offer.maxDistance.map { String(Int($0)) } ?? "", offer.offeredOn.description, offer.status.rawValue,
                offer.notes ?? "",
            ])
        }
        return (needsCSV.text, offersCSV.text)
    }
}
