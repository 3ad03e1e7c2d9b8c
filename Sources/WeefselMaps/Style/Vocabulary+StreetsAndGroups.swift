import WeefselGraph

/// The words of the street map and the group map.
extension Vocabulary {
    private func either(_ dutch: String, _ english: String) -> String { language == .dutch ? dutch : english }

    var isolatedHousehold: String { either("geïsoleerd huishouden", "isolated household") }
    var professionalOnlyHousehold: String { either("alleen bekend bij professionals", "known to professionals only") }
    var fragileHousehold: String { either("kwetsbaar: één zwakke band", "fragile: one weak tie") }
    var connectedHousehold: String { either("huishouden", "household") }
    var keyFigure: String { either("sleutelfiguur (1 = belangrijkste)", "key figure (1 = most central)") }
    var landmark: String {
        either("vereniging of plek, bij de huizen van haar leden", "association or place, near its members' homes")
    }
    var tieBetweenHouseholds: String { either("informele band tussen huishoudens", "informal tie between households") }
    var unknownAddress: String { either("adres onbekend", "address unknown") }
    var streetLabel: String { either("straatnaam", "street name") }

    /// A street on a map that hides names: `straat 3`.
    func street(number: Int) -> String { either("straat \(number)", "street \(number)") }

    /// A group on a map that hides names, or one without an association or street: `groep 3`.
    func group(number: Int) -> String { either("groep \(number)", "group \(number)") }

    /// A group named after the street most of its households are in.
    func group(around street: String) -> String { either("\(street) e.o.", "\(street) area") }

    /// How many people a group has: `42 mensen`.
    func people(_ count: Int) -> String {
        count == 1 ? either("1 persoon", "1 person") : either("\(count) mensen", "\(count) people")
    }

    var groupSize: String { either("grootte = aantal mensen in de groep", "size = people in the group") }
    var groupLine: String {
        either("lijn: banden tussen twee groepen (dikte = aantal)", "line: ties between two groups (width = number)")
    }
    var bridgeNames: String {
        either("namen op de lijn: wie de groepen verbindt", "names on a line: who links the groups")
    }

    /// The note for the groups left off the map: `8 kleine groepen niet getekend (samen 11 mensen)`.
    func groupsLeftOut(_ groups: Int, people: Int) -> String {
        either(
            "\(groups) kleinere groepen niet getekend (samen \(self.people(people)))",
            "\(groups) smaller groups not drawn (together \(self.people(people)))")
    }

    /// The note for the lines left off the map: only the strongest are drawn.
    func linesLeftOut(_ lines: Int) -> String {
        either("\(lines) zwakkere verbindingen niet getekend", "\(lines) weaker links not drawn")
    }

    /// The note for the ties between households left off a large street map.
    func householdTiesLeftOut(_ count: Int) -> String {
        either(
            "\(count) banden niet getekend: eerst de sterkste band van elk huishouden",
            "\(count) ties not drawn: each household's strongest first")
    }

    /// `12 banden` between two groups, for a line's tooltip.
    func ties(_ count: Int) -> String {
        count == 1 ? either("1 band", "1 tie") : either("\(count) banden", "\(count) ties")
    }
}
