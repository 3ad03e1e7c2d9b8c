/// A professional in a generated neighbourhood, serving one wijk.
struct SyntheticProfessional {
    /// The professions of a sociaal wijkteam and its partners, in the order a wijk gets them.
    enum Profession: String, CaseIterable {
        case buurtcoach, wijkverpleegkundige, wijkagent, jongerenwerker, schuldhulpverlener, huisarts

        /// The usual number of residents on the caseload.
        var caseload: ClosedRange<Int> {
            switch self {
            case .buurtcoach: 30...50
            case .wijkverpleegkundige: 20...40
            case .wijkagent: 10...20
            case .jongerenwerker: 20...40
            case .schuldhulpverlener: 15...25
            case .huisarts: 30...50
            }
        }

        /// What the professional brings, as skills.
        var skills: [String] {
            switch self {
            case .buurtcoach: ["outreach", "netwerkversterking"]
            case .wijkverpleegkundige: ["zorg", "signaleren"]
            case .wijkagent: ["veiligheid", "bemiddeling"]
            case .jongerenwerker: ["jongerenwerk", "coaching"]
            case .schuldhulpverlener: ["schuldhulp", "administratie"]
            case .huisarts: ["huisartsenzorg"]
            }
        }
    }

    let profession: Profession
    let wijk: Int
    let name: String
    let birthYear: Int
    let languages: [String]
}

extension SyntheticPopulation {
    /// How much a resident weighs in the caseload of a profession: 0 for someone outside its work,
    /// higher for vulnerable people (elderly, single parents, no Dutch, large or conflicted households).
    func caseloadWeight(of p: Int, for profession: SyntheticProfessional.Profession, inConflict: Bool) -> Int {
        let h = household(of: p)
        if householdIsolated[h] && !householdKnownToProfessional[h] { return 0 }
        let age = age(p)
        let elderly = age >= 75
        let singleParent = householdComposition[h] == .singleParent
        let large = members(of: h).count >= 5
        let noDutch = !speaksDutch(p)
        switch profession {
        case .buurtcoach:
            guard age >= 18 else { return 0 }
            return 1 + (elderly ? 3 : 0) + (singleParent ? 3 : 0) + (noDutch ? 2 : 0) + (large ? 2 : 0)
                + (householdIsolated[h] ? 6 : 0)
        case .wijkverpleegkundige:
            guard age >= 65 else { return 0 }
            return 1 + (elderly ? 4 : 0) + (householdIsolated[h] ? 4 : 0)
        case .wijkagent:
            guard age >= 14 else { return 0 }
            return 1 + (inConflict ? 12 : 0) + ((14...23).contains(age) ? 1 : 0)
        case .jongerenwerker:
            guard (12...23).contains(age) else { return 0 }
            return 1 + (singleParent ? 2 : 0) + (large ? 1 : 0)
        case .schuldhulpverlener:
            guard (20...70).contains(age) else { return 0 }
            return 1 + (singleParent ? 3 : 0) + (noDutch ? 2 : 0) + (large ? 2 : 0)
        case .huisarts:
            return 1 + (elderly ? 3 : 0) + (age < 5 ? 1 : 0)
        }
    }
}
