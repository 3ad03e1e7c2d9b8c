/// An association or place in a generated neighbourhood, with its members.
struct SyntheticAssociation {
    /// The kinds of association found in a Dutch neighbourhood, in the order a wijk gets them.
    enum Kind: CaseIterable {
        case buurthuis, speeltuinvereniging, voetbalclub, school, moskee, kerk, ouderenbond, bewonerscommissie
        case taalcafe, moestuin, repairCafe

        /// Names for this kind; `{w}` stands for the wijk and `{s}` for a street.
        var names: [String] {
            switch self {
            case .buurthuis: ["Buurthuis De Schakel", "Wijkcentrum De Brug", "Buurthuis Het Anker", "Buurthuis {w}"]
            case .speeltuinvereniging:
                ["Speeltuinvereniging De Klimboom", "Speeltuinvereniging Kindervreugd", "Speeltuin {w}"]
            case .voetbalclub: ["SV {w}", "VV De Zwaluwen", "Voetbalclub {w} Boys", "SC Olympia"]
            case .school:
                ["Basisschool De Regenboog", "OBS De Vlinder", "Basisschool Het Kompas", "IKC De Sterrenboom"]
            case .moskee: ["Moskee Mevlana", "Moskee Al-Fath", "Moskee Ulu", "Moskee El Mouahidin"]
            case .kerk:
                ["Protestantse Gemeente De Ontmoeting", "Parochie Sint-Jozef", "Pinkstergemeente Betel", "Kerk {w}"]
            case .ouderenbond: ["Ouderenbond {w}", "KBO {w}", "Seniorenvereniging De Zonnebloem"]
            case .bewonerscommissie: ["Bewonerscommissie {s}"]
            case .taalcafe: ["Taalcafé {w}", "Taalhuis De Wereld"]
            case .moestuin: ["Buurtmoestuin De Groene Vinger", "Moestuin {w}"]
            case .repairCafe: ["Repair Café {w}", "Repair Café De Draaibank"]
            }
        }

        /// What members do there, as interests.
        var activity: String {
            switch self {
            case .buurthuis: "ontmoeting"
            case .speeltuinvereniging: "spelen"
            case .voetbalclub: "voetbal"
            case .school: "onderwijs"
            case .moskee, .kerk: "geloof"
            case .ouderenbond: "ouderen"
            case .bewonerscommissie: "wonen"
            case .taalcafe: "taal"
            case .moestuin: "tuinieren"
            case .repairCafe: "repareren"
            }
        }

        /// How many members it has at most, by the wijk's share of residents.
        var memberRange: ClosedRange<Int> {
            switch self {
            case .buurthuis: 90...160
            case .speeltuinvereniging: 40...90
            case .voetbalclub: 100...200
            case .school: 100...200
            case .moskee: 100...250
            case .kerk: 60...150
            case .ouderenbond: 50...150
            case .bewonerscommissie: 8...15
            case .taalcafe: 25...50
            case .moestuin: 25...50
            case .repairCafe: 20...40
            }
        }
    }

    let kind: Kind
    let name: String
    let wijk: Int
    /// The street a bewonerscommissie belongs to.
    let street: Int
    var members: [Int32] = []
}

extension SyntheticPopulation {
    /// Whether `person` could be a member of an association of `kind`.
    func mayJoin(_ kind: SyntheticAssociation.Kind, person p: Int, street: Int) -> Bool {
        let age = age(p)
        switch kind {
        case .buurthuis: return age >= 12
        case .speeltuinvereniging: return (2...12).contains(age) || roles[p].contains(.parent) && age < 50
        case .voetbalclub: return (6...45).contains(age) && (!female[p] || p % 4 == 0)
        case .school: return (4...12).contains(age)
        case .moskee:
            switch background[p] {
            case .turkish, .moroccan, .syrian: return age >= 8
            default: return false
            }
        case .kerk:
            switch background[p] {
            case .dutch: return age >= 55
            case .surinamese, .antillean, .polish: return age >= 8
            default: return false
            }
        case .ouderenbond: return age >= 65
        case .bewonerscommissie: return age >= 25 && Int(householdStreet[household(of: p)]) == street
        case .taalcafe: return age >= 18 && (!speaksDutch(p) || roles[p].contains(.volunteer))
        case .moestuin: return (25...80).contains(age)
        case .repairCafe: return (30...80).contains(age)
        }
    }
}
