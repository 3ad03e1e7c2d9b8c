/// The backgrounds found in a Dutch city neighbourhood, each with its own first names, surnames and
/// home languages. All people generated from them are fictional.
enum CulturalBackground: Int, CaseIterable, Sendable {
    case dutch, turkish, moroccan, surinamese, antillean, polish, syrian, international

    /// Households per hundred with each background, in `allCases` order.
    static let householdWeights = [66, 7, 7, 6, 2, 5, 3, 4]

    /// First names per background, in `allCases` order, built once.
    static let femaleNameTable = allCases.map(\.femaleNames)
    static let maleNameTable = allCases.map(\.maleNames)
    static let surnameTable = allCases.map(\.surnames)

    /// A first name (an index into the background's list) for someone born in `birthYear`: Dutch
    /// names follow the fashion of the generation.
    func firstNameIndex(female: Bool, birthYear: Int, random: inout SeededRandom) -> Int {
        let count = (female ? CulturalBackground.femaleNameTable : CulturalBackground.maleNameTable)[rawValue].count
        guard self == .dutch, count == 30 else { return random.below(count) }
        let generation = birthYear < 1962 ? 0 : birthYear < 1992 ? 1 : 2
        return generation * 10 + random.below(10)
    }

    private var femaleNames: [String] {
        switch self {
        case .dutch:
            [
                // Three generations of ten: born before 1962, up to 1991, from 1992.
                "Truus", "Joke", "Corrie", "Gerda", "Wilma", "Ria", "Els", "Marja", "Mieke", "Ingrid",
                "Petra", "Monique", "Yvonne", "Saskia", "Marieke", "Annelies", "Hanneke", "Esther", "Femke", "Sanne",
                "Emma", "Julia", "Lotte", "Anouk", "Fleur", "Lieke", "Sophie", "Tess", "Noor", "Evi",
            ]
        case .turkish:
            [
                "Ayşe", "Fatma", "Elif", "Zeynep", "Emine", "Hatice", "Merve", "Büşra", "Esra", "Selin", "Derya",
                "Sevgi", "Gül", "Hülya", "Ebru", "Yasemin",
            ]
        case .moroccan:
            [
                "Fatima", "Khadija", "Naima", "Samira", "Malika", "Nadia", "Loubna", "Souad", "Yasmina", "Imane",
                "Hafsa", "Salma", "Touria", "Meryem", "Ikram", "Nora",
            ]
        case .surinamese:
            [
                "Sharon", "Jennifer", "Ingrid", "Shanti", "Priya", "Kavita", "Naomi", "Esther", "Rachel", "Anjali",
                "Denise", "Melissa", "Sunita", "Gerda", "Romy", "Shirley",
            ]
        case .antillean:
            ["Gisela", "Shirley", "Sulaika", "Mildred", "Ruthmila", "Jacqueline", "Kimberly", "Chanella", "Giselle"]
        case .polish:
            [
                "Agnieszka", "Katarzyna", "Magdalena", "Anna", "Joanna", "Monika", "Ewa", "Karolina", "Marta", "Zofia",
                "Aleksandra", "Beata",
            ]
        case .syrian:
            ["Rasha", "Lina", "Hiba", "Rana", "Nour", "Aya", "Maryam", "Dima", "Reem", "Sara", "Ghada", "Hala"]
        case .international:
            ["Emma", "Olivia", "Sophie", "Laura", "Maria", "Priya", "Chloe", "Hannah", "Lucia", "Mei", "Ana"]
        }
    }

    private var maleNames: [String] {
        switch self {
        case .dutch:
            [
                // Three generations of ten, as for women.
                "Gerrit", "Henk", "Wim", "Kees", "Piet", "Jan", "Cor", "Ad", "Hans", "Ton",
                "Johan", "Willem", "Jeroen", "Bas", "Sander", "Maarten", "Erik", "Joost", "Frank", "Martijn",
                "Bram", "Daan", "Sem", "Lucas", "Thijs", "Ruben", "Stijn", "Koen", "Joris", "Teun",
            ]
        case .turkish:
            [
                "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Emre", "Yusuf", "Murat", "Kemal",
                "Burak", "Osman", "Cem", "Serkan", "Orhan",
            ]
        case .moroccan:
            [
                "Mohamed", "Ahmed", "Youssef", "Abdelkader", "Mustapha", "Rachid", "Khalid", "Said", "Hamza", "Bilal",
                "Karim", "Anouar", "Driss", "Mourad", "Nordin", "Soufiane",
            ]
        case .surinamese:
            [
                "Ricardo", "Ravi", "Glenn", "Sunil", "Rajesh", "Romano", "Errol", "Clarence", "Anand", "Dennis",
                "Marlon", "Kenneth", "Roy", "Navin", "Orlando", "Humphrey",
            ]
        case .antillean:
            ["Shurandy", "Giovanni", "Rignald", "Jurich", "Ruthsel", "Dwayne", "Edsel", "Quincy", "Jeandro"]
        case .polish:
            [
                "Piotr", "Krzysztof", "Tomasz", "Paweł", "Marcin", "Michał", "Jakub", "Łukasz", "Adam", "Marek",
                "Grzegorz", "Wojciech",
            ]
        case .syrian:
            ["Omar", "Khaled", "Ammar", "Mahmoud", "Tarek", "Fadi", "Samer", "Hassan", "Yazan", "Ali", "Bashar"]
        case .international:
            ["James", "Daniel", "Lucas", "Thomas", "Arjun", "David", "Matteo", "Oliver", "Carlos", "Wei", "Tomás"]
        }
    }

    private var surnames: [String] {
        switch self {
        case .dutch:
            [
                "de Vries", "van den Berg", "Jansen", "de Jong", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
                "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
                "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
                "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "van der Heijden",
                "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven",
                "Koster", "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Kuipers", "van Wijk", "Post",
                "Veenstra", "Kramer", "van den Brink", "Scholten", "Timmermans", "Groen", "Gerritsen", "Bosman",
            ]
        case .turkish:
            [
                "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç",
                "Aslan", "Koç", "Kurt", "Özdemir", "Erdoğan", "Polat", "Güneş",
            ]
        case .moroccan:
            [
                "El Amrani", "Bennani", "Ouali", "Boukhari", "El Idrissi", "Azzouz", "Chaouch", "El Khattabi",
                "Haddouchi", "Amrani", "Bouzid", "El Ouardi", "Tahiri", "Ziani", "Benali", "Aït Ali", "El Bakkali",
            ]
        case .surinamese:
            [
                "Ramdin", "Sewdien", "Ramautar", "Biharie", "Pinas", "Kross", "Linger", "Wijngaarde", "Doelwijt",
                "Sitaldin", "Lachmon", "Kishna", "Bhagwandin", "Zebeda", "Amatmoekrim", "Soekhoe",
            ]
        case .antillean:
            ["Martina", "Rosaria", "Isenia", "Maduro", "Statia", "Winklaar", "Sulvaran", "Koeiman", "Girigorie"]
        case .polish:
            [
                "Nowak", "Mazur", "Krawczyk", "Kaczmarek", "Zając", "Wójcik", "Kowalczyk", "Woźniak", "Pawlak",
                "Walczak", "Sikora", "Baran", "Duda", "Szymczak",
            ]
        case .syrian:
            [
                "Al-Hassan", "Haddad", "Khalil", "Al-Ahmad", "Darwish", "Sabbagh", "Hamoud", "Al-Khatib", "Najjar",
                "Shami",
            ]
        case .international:
            ["Smith", "Brown", "Wilson", "Rossi", "García", "Müller", "Patel", "O'Brien", "Kumar", "Taylor", "Chen"]
        }
    }

    /// The home languages of a person of this background born in `birthYear`, Dutch (`nl`) first when
    /// spoken; codes are ISO 639 (`ber` Berber, `srn` Sranan Tongo, `pap` Papiamentu).
    func languages(birthYear: Int, random: inout SeededRandom) -> [String] {
        let age = GeneratorCalendar.referenceYear - birthYear
        let raisedHere = age < 30
        var languages: [String] = []
        switch self {
        case .dutch:
            languages = ["nl"]
            if (12...65).contains(age), random.percent(35) { languages.append("en") }
        case .turkish:
            if raisedHere || random.percent(65) { languages.append("nl") }
            languages.append("tr")
        case .moroccan:
            if raisedHere || random.percent(60) { languages.append("nl") }
            switch random.below(10) {
            case 0..<5: languages.append("ar")
            case 5..<8: languages.append("ber")
            default: languages += ["ar", "ber"]
            }
        case .surinamese:
            languages = ["nl"]
            if random.percent(40) { languages.append("srn") }
        case .antillean:
            languages = ["nl", "pap"]
        case .polish:
            if (raisedHere && age < 18) || random.percent(45) { languages.append("nl") }
            languages.append("pl")
            if (12...60).contains(age), random.percent(40) { languages.append("en") }
        case .syrian:
            if age < 18 || random.percent(55) { languages.append("nl") }
            languages.append("ar")
            if (12...60).contains(age), random.percent(20) { languages.append("en") }
        case .international:
            if random.percent(30) { languages.append("nl") }
            languages.append("en")
        }
        return languages
    }
}

/// The fixed calendar of generated data: ages and dates are as of the end of 2025, never "today".
enum GeneratorCalendar {
    static let referenceYear = 2025
    /// The last day a generated tie can start on.
    static let lastDay = Day(year: 2025, month: 12, day: 31)!
    /// The first day a generated tie can start on.
    static let firstDay = Day(year: 2015, month: 1, day: 1)!
}
