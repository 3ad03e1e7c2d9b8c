/// The Dutch words a generated neighbourhood is made of: wijken, streets, talents and interests.
/// Every place and person is fictional.
enum GeneratorVocabulary {
    static let wijkNames = [
        "Oosterpark", "De Horst", "Molenwijk", "Zuiderhout", "Het Zand", "De Kruiskamp", "Rivierenbuurt",
        "Bloemenwijk", "Schildersbuurt", "Vogelwijk", "De Bongerd", "Kerkebuurt", "Lindenhof", "Hoogveld",
        "De Meent", "Nieuwland", "Op de Berg", "Sterrenwijk", "Zeeheldenbuurt", "De Staart", "Westerkwartier",
        "Het Hofje", "Beekdal", "De Weide", "Bomenbuurt", "Dichterswijk", "Noorderhaven", "Het Veld", "De Dreef",
        "Kastanjehof", "Eikenburg", "Zonnewijk",
    ]

    /// First parts of street names: trees, birds, painters, flowers, rivers, writers, trades.
    static let streetStems = [
        "Linde", "Eiken", "Beuken", "Berken", "Kastanje", "Wilgen", "Populieren", "Esdoorn", "Iepen", "Platanen",
        "Acacia", "Hazelaar", "Merel", "Lijster", "Spreeuwen", "Mussen", "Vinken", "Zwaluw", "Reiger", "Kievit",
        "Roodborst", "Koolmees", "Ekster", "Specht", "Meeuwen", "Kraanvogel", "Van Gogh", "Rembrandt", "Vermeer",
        "Mondriaan", "Jan Steen", "Frans Hals", "Jeroen Bosch", "Escher", "Breitner", "Ruysdael", "Tulpen", "Rozen",
        "Narcissen", "Lelie", "Krokus", "Hyacinten", "Anjer", "Dahlia", "Goudsbloem", "Zonnebloem", "Maas", "Waal",
        "Rijn", "IJssel", "Vecht", "Amstel", "Dommel", "Lek", "Dinkel", "Berkel", "Vondel", "Bilderdijk", "Multatuli",
        "Hooft", "Gorter", "Da Costa", "Potgieter", "Bredero", "Huygens", "Smeden", "Bakkers", "Molenaars", "Wevers",
        "Kerk", "Molen", "School", "Dorps", "Haven", "Sluis", "Dijk", "Bleek", "Brink", "Akker", "Weide", "Heide",
        "Vennen", "Boomgaard", "Koren", "Tarwe", "Haver", "Klaver", "Hoven", "Toren", "Poort",
    ]

    static let streetKinds = [
        "straat", "laan", "weg", "plein", "hof", "kade", "singel", "pad", "dreef", "steeg", "gracht",
    ]

    /// Postcode letters as PostNL uses them (no F, I, O, Q, U, Y).
    static let postcodeLetters: [Character] = Array("ABCDEGHJKLMNPRSTVWXZ")

    /// Talents residents offer (*eigen kracht*), in the words a volunteer centre uses.
    static let skills = [
        "administratie", "koken", "klussen", "fietsen repareren", "taalles", "computerhulp", "tuinieren",
        "oppassen", "boodschappen doen", "vervoer", "naaien", "muziek maken", "sport en bewegen",
        "huiswerkbegeleiding", "luisteren", "vertalen", "schilderen", "EHBO", "financiën op orde", "gezelschap",
    ]

    /// Talents that need Dutch: someone who does not speak it does not offer them.
    static let dutchSkills: Set<String> = ["administratie", "taalles", "huiswerkbegeleiding", "financiën op orde"]

    /// Talents teenagers typically offer.
    static let youthSkills = [
        "oppassen", "computerhulp", "sport en bewegen", "huiswerkbegeleiding", "boodschappen doen",
    ]

    static let interests = [
        "voetbal", "wandelen", "fietsen", "koken", "muziek", "lezen", "tuinieren", "dammen", "kaarten", "breien",
        "handwerken", "zwemmen", "gamen", "dansen", "fotografie", "geschiedenis", "natuur", "theater", "vissen",
        "yoga", "schaken", "bingo", "koffie drinken", "film",
    ]

    static let youthInterests = [
        "voetbal", "gamen", "dansen", "muziek", "zwemmen", "film", "fietsen", "basketbal", "tekenen", "koken",
    ]

    static let childInterests = ["spelen", "voetbal", "gamen", "dansen", "tekenen", "zwemmen", "knutselen", "lezen"]

    /// Who recorded informal ties: the people in the street every week.
    static let informalRecorders = ["opbouwwerker", "buurtcoach", "sociaal makelaar", "buurtwerker"]

    /// Who recorded household and family ties.
    static let householdRecorders = ["buurtcoach", "wijkteam", "opbouwwerker"]

    /// Who recorded memberships.
    static let membershipRecorders = ["opbouwwerker", "sociaal makelaar", "vrijwilligerscentrale"]

    /// Why neighbours are at war, as a social worker notes it.
    static let conflictNotes = [
        "burenruzie over geluidsoverlast", "ruzie over parkeren", "overlast van de tuin", "ruzie over de hond",
        "onenigheid over de gemeenschappelijke trap", "ruzie over een lening", "ruzie over afval op de galerij",
    ]
}
