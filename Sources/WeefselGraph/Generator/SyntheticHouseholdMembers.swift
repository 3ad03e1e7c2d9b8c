/// The people of one new household before they are numbered: ages that fit their roles (children
/// at least 18 years younger than their parents), sexes, backgrounds and a shared surname.
struct SyntheticHouseholdMembers {
    struct Member {
        var age: Int
        var female: Bool
        var background: CulturalBackground
        var surnameBackground: CulturalBackground
        var surname: Int
        var roles: SyntheticPopulation.RoleBits
    }

    let background: CulturalBackground
    private(set) var members: [Member] = []

    init(background: CulturalBackground) {
        self.background = background
    }

    /// Adds the members of a household of `size` people related as `composition` says.
    mutating func fill(_ composition: SyntheticPopulation.Composition, size: Int, random: inout SeededRandom) {
        switch composition {
        case .single:
            let age = SyntheticHouseholdMembers.draw(
                [(18...29, 22), (30...44, 20), (45...64, 28), (65...74, 18), (75...95, 12)], &random)
            addHead(age: age, female: random.percent(55), random: &random)
        case .couple:
            let age =
                random.percent(7)
                ? random.int(in: 75...92)
                : SyntheticHouseholdMembers.draw([(22...34, 35), (35...54, 25), (55...74, 40)], &random)
            addHead(age: age, female: random.percent(50), random: &random)
            addPartner(random: &random)
        case .singleParent:
            addHead(
                age: SyntheticHouseholdMembers.parentAge(&random), female: random.percent(85), roles: .parent,
                random: &random)
            addChildren(size - 1, random: &random)
        case .family:
            addHead(
                age: SyntheticHouseholdMembers.parentAge(&random), female: random.percent(50), roles: .parent,
                random: &random)
            addPartner(roles: .parent, random: &random)
            addChildren(size - 2, random: &random)
        case .housemates:
            addHead(age: random.int(in: 19...30), female: random.percent(50), random: &random)
            let other = random.percent(70) ? background : SyntheticHouseholdMembers.randomBackground(&random)
            members.append(
                Member(
                    age: random.int(in: 19...30), female: random.percent(50), background: other,
                    surnameBackground: other,
                    surname: random.below(CulturalBackground.surnameTable[other.rawValue].count),
                    roles: []))
        case .parentWithAdultChild:
            let age = random.int(in: 45...75)
            addHead(age: age, female: random.percent(70), roles: .parent, random: &random)
            addChild(age: random.int(in: 18...min(30, age - 20)), female: random.percent(50))
        case .threeGenerations:
            let grandparentAge = SyntheticHouseholdMembers.draw([(68...74, 40), (75...88, 60)], &random)
            let age = random.int(in: 30...min(50, grandparentAge - 20))
            addHead(age: age, female: random.percent(50), roles: [.parent, .caregiver], random: &random)
            addPartner(roles: .parent, random: &random)
            addChildren(size - 3, random: &random)
            let head = members[0]
            members.append(
                Member(
                    age: grandparentAge, female: random.percent(65), background: background,
                    surnameBackground: head.surnameBackground, surname: head.surname, roles: []))
        }
    }

    private mutating func addHead(
        age: Int, female: Bool, roles: SyntheticPopulation.RoleBits = [], random: inout SeededRandom
    ) {
        let surname = random.below(CulturalBackground.surnameTable[background.rawValue].count)
        members.append(
            Member(
                age: age, female: female, background: background, surnameBackground: background, surname: surname,
                roles: roles))
    }

    /// A partner for the head: mostly of the other sex, a few years apart; a quarter keep their own
    /// surname and some come from another background.
    private mutating func addPartner(roles: SyntheticPopulation.RoleBits = [], random: inout SeededRandom) {
        let head = members[0]
        let female = random.percent(95) ? !head.female : head.female
        let gap = head.female ? random.int(in: -2...6) : random.int(in: -6...2)
        let age = min(98, max(20, head.age + gap))
        let partnerBackground = random.percent(8) ? SyntheticHouseholdMembers.randomBackground(&random) : background
        var member = Member(
            age: age, female: female, background: partnerBackground, surnameBackground: head.surnameBackground,
            surname: head.surname, roles: roles)
        if random.percent(25) {
            member.surnameBackground = partnerBackground
            member.surname = random.below(CulturalBackground.surnameTable[partnerBackground.rawValue].count)
        }
        members.append(member)
    }

    /// Children at least 18 years younger than the youngest parent, at most 22 years old.
    private mutating func addChildren(_ count: Int, random: inout SeededRandom) {
        let youngestParent = members.map(\.age).min() ?? 30
        let oldest = max(0, min(22, youngestParent - 18))
        for _ in 0..<max(0, count) {
            addChild(age: random.int(in: 0...oldest), female: random.percent(50))
        }
    }

    private mutating func addChild(age: Int, female: Bool) {
        let head = members[0]
        members.append(
            Member(
                age: age, female: female, background: background,
                surnameBackground: head.surnameBackground, surname: head.surname, roles: []))
    }

    private static func parentAge(_ random: inout SeededRandom) -> Int {
        draw([(24...34, 35), (35...44, 40), (45...55, 25)], &random)
    }

    private static func randomBackground(_ random: inout SeededRandom) -> CulturalBackground {
        CulturalBackground(rawValue: random.index(weights: CulturalBackground.householdWeights)) ?? .dutch
    }

    /// An age from weighted ranges.
    private static func draw(_ buckets: [(ClosedRange<Int>, Int)], _ random: inout SeededRandom) -> Int {
        let bucket = buckets[random.index(weights: buckets.map(\.1))].0
        return random.int(in: bucket)
    }
}
