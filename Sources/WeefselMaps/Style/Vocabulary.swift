import WeefselGraph

/// The words on a map, in Dutch (the default) or English.
struct Vocabulary {
    let language: MapLanguage

    private func say(_ dutch: String, _ english: String) -> String { language == .dutch ? dutch : english }

    func title(of kind: MapKind) -> String {
        switch kind {
        case .map: say("Buurtkaart", "Neighbourhood map")
        case .keyfigures: say("Sleutelfiguren", "Key figures")
        case .isolated: say("Huishoudens en isolement", "Households and isolation")
        case .communities: say("Groepen in de buurt", "Groups in the neighbourhood")
        case .ego: say("Netwerkkaart", "Network map")
        case .matches: say("Koppelingen", "Matches")
        case .change: say("Verandering", "Change")
        case .streets: say("Straatkaart", "Street map")
        case .groups: say("Groepen en bruggen", "Groups and bridges")
        }
    }

    func name(of kind: Node.Kind) -> String {
        switch kind {
        case .resident: say("bewoner", "resident")
        case .volunteer: say("vrijwilliger", "volunteer")
        case .association: say("vereniging of plek", "association or place")
        case .professional: say("professional", "professional")
        }
    }

    func name(of kind: Tie.Kind) -> String { language == .dutch ? kind.dutchName : kind.rawValue }

    func name(of householdClass: HouseholdClass) -> String {
        switch householdClass {
        case .connected: say("verbonden", "connected")
        case .professionalOnly: say("alleen professionals", "professionals only")
        case .isolated: say("geïsoleerd", "isolated")
        }
    }

    func name(of ring: Ring) -> String {
        switch ring {
        case .household: say("huishouden", "household")
        case .family: say("familie", "family")
        case .friends: say("vrienden en kennissen", "friends and acquaintances")
        case .neighbours: say("buren", "neighbours")
        case .associations: say("verenigingen en plekken", "associations and places")
        case .professionals: say("professionals", "professionals")
        }
    }

    func name(of state: MatchPair.State) -> String {
        switch state {
        case .proposed: say("voorgesteld (gestreept)", "proposed (dashed)")
        case .active: say("actief", "active")
        }
    }

    var needsLeftOffersRight: String {
        say("links wie hulp vraagt, rechts wie hulp biedt", "left: asking for help, right: offering it")
    }
    var household: String { say("huishouden", "household") }
    var alsoVolunteers: String {
        say("dubbele rand: bewoner die ook vrijwilliger is", "double border: resident who also volunteers")
    }
    var informalTie: String { say("informele band (dikte = sterkte)", "informal tie (width = strength)") }
    var conflictTie: String { say("conflict (rood, gestreept)", "conflict (red, dashed)") }
    var professionalTie: String {
        say("professionele steun (grijs, gestippeld)", "professional support (grey, dotted)")
    }
    var matchTie: String { say("koppeling in een programma", "match in a programme") }
    var group: String { say("groep", "group") }
    var noGroup: String { say("geen groep", "no group") }
    var sizeIsBetweenness: String { say("grootte = tussenpositie (betweenness)", "size = betweenness") }
    var bridge: String { say("dikke zwarte lijn: brug tussen groepen", "thick black line: bridge between groups") }
    var added: String { say("groen: nieuw", "green: new") }
    var removed: String { say("rood: verdwenen", "red: gone") }
    var unchanged: String { say("grijs: onveranderd", "grey: unchanged") }
    var becameIsolated: String { say("rode rand: nu geïsoleerd", "red border: now isolated") }
    var stoppedBeingIsolated: String { say("groene rand: niet meer geïsoleerd", "green border: no longer isolated") }
    var pseudonymised: String { say("gepseudonimiseerd", "pseudonymised") }
    var centre: String { say("midden", "centre") }
    var rings: String { say("ringen van binnen naar buiten", "rings from the centre outwards") }
    var unknown: String { say("onbekend", "unknown") }

    /// A date as the reader writes it: `31-03-2024` in Dutch, ISO in English.
    func date(_ day: Day) -> String {
        guard language == .dutch else { return day.description }
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(pad(day.day))-\(pad(day.month))-\(day.year)"
    }
}
