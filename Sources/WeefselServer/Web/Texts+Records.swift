extension Texts {
    /// The words of the forms for persons and households, the person picker and the field names
    /// an error message points at.
    static let records: [String: (dutch: String, english: String)] = [
        "personform_new": ("Nieuwe persoon of organisatie", "New person or organisation"),
        "personform_edit": ("Gegevens wijzigen", "Change details"),
        "personform_save": ("Opslaan", "Save"),
        "personform_home": ("Waar woont deze persoon?", "Where does this person live?"),
        "personform_move": ("Verhuizen naar een ander huishouden", "Move to another household"),
        "personform_livesAt": ("Woont nu op", "Lives now at"),
        "personform_household": ("Bestaand huishouden (code)", "Existing household (code)"),
        "personform_householdHint": (
            "Vul de code van een bestaand huishouden in, zoals H0012, of hieronder een nieuw adres. Leeg laten voor een organisatie.",
            "Fill in the code of an existing household, such as H0012, or a new address below. Leave empty for an organisation."
        ),
        "personform_street": ("Straat", "Street"), "personform_number": ("Huisnummer", "House number"),
        "personform_postcode": ("Postcode", "Postcode"),
        "personform_listHint": (
            "Meerdere tegelijk met komma's ertussen, zoals: Turks, Nederlands.",
            "Several at once with commas between them, such as: Turkish, Dutch."
        ),
        "personform_lookalike": (
            "Er staat al iemand met dezelfde naam op dit adres. Is dit dezelfde persoon? Open die dan in plaats van een nieuwe aan te maken.",
            "Someone with the same name is already recorded at this address. Is this the same person? Then open them instead of adding a new one."
        ),
        "personform_anyway": (
            "Het is echt een ander persoon: toch opslaan", "It really is another person: save anyway"
        ),
        "person_edit": ("Gegevens wijzigen", "Change details"),
        "person_tieSince": ("Sinds", "Since"), "person_endDay": ("Per datum", "As of"),
        "consent_day": ("Datum", "Day"),
        "person_added": ("Persoon opgeslagen.", "Person saved."),
        "household_edit": ("Adres wijzigen", "Change address"),
        "household_addMember": ("Nieuw lid toevoegen", "Add a member"),
        "householdform_title": ("Adres van het huishouden", "Address of the household"),
        "householdform_latitude": ("Breedtegraad", "Latitude"),
        "householdform_longitude": ("Lengtegraad", "Longitude"),
        "householdform_hint": (
            "Alle leden verhuizen mee. Breedte- en lengtegraad plaatsen het huis op de straatkaart, zoals 52,3731 en 4,8922.",
            "All members move with it. Latitude and longitude place the house on the street map, such as 52.3731 and 4.8922."
        ),
        "search_new": ("Nieuwe persoon of organisatie", "New person or organisation"),
        "picker_hint": (
            "Typ een naam, adres of code en kies uit de lijst.",
            "Type a name, address or code and choose from the list."
        ),
        "picker_placeholder": ("naam, adres of code", "name, address or code"),
        "picker_none": ("niemand gevonden voor '%@'", "nobody found for '%@'"),
        "picker_several": (
            "'%@' past bij meer dan één persoon: kies uit de lijst of vul de code in",
            "'%@' fits more than one person: choose from the list or fill in the code"
        ),
        "form_nodeKind": (
            "kies bewoner, vrijwilliger, vereniging of professional",
            "choose resident, volunteer, association or professional"
        ),
        "form_birthYear": ("een geboortejaar zoals 1957", "a birth year such as 1957"),
        "form_role": ("kies een rol uit de lijst", "choose a role from the list"),
        "form_required": ("moet ingevuld zijn", "must be filled in"),
        "form_coordinate": (
            "een getal zoals 52,3731 (breedte tussen -90 en 90, lengte tussen -180 en 180)",
            "a number such as 52.3731 (latitude between -90 and 90, longitude between -180 and 180)"
        ),
        "nav_snapshots": ("Momentopnamen", "Snapshots"),
        "snapshots_title": ("Momentopnamen", "Snapshots"),
        "snapshots_lead": (
            "Een momentopname bewaart de cijfers en de lijst van geïsoleerde huishoudens van één dag, om later te zien wat er veranderde.",
            "A snapshot keeps the figures and the list of isolated households of one day, to see later what changed."
        ),
        "snapshots_make": ("Momentopname maken", "Make a snapshot"),
        "snapshots_made": ("Momentopname gemaakt:", "Snapshot made:"),
        "snapshots_label": ("Naam", "Name"), "snapshots_day": ("Peildatum", "Day"),
        "snapshots_labelHint": (
            "Bijvoorbeeld het kwartaal (2026-K4) of 'nulmeting'. Elke naam één keer.",
            "For example the quarter (2026-K4) or 'baseline'. Each name once."
        ),
        "snapshots_compare": ("Vergelijken", "Compare"),
        "snapshots_before": ("Eerder", "Earlier"), "snapshots_after": ("Later", "Later"),
        "snapshots_needTwo": (
            "Om te vergelijken zijn twee momentopnamen nodig.", "Two snapshots are needed to compare."
        ),
        "snapshots_choose": ("kies twee momentopnamen", "choose two snapshots"),
        "snapshots_list": ("Alle momentopnamen", "All snapshots"),
        "snapshots_madeAt": ("Gemaakt op", "Made at"),
        "snapshots_none": ("Er is nog geen momentopname.", "There is no snapshot yet."),
        "snapshots_compareTitle": ("Wat is er veranderd?", "What changed?"),
        "snapshots_from": ("Van", "From"), "snapshots_to": ("naar", "to"),
        "snapshots_back": ("← Alle momentopnamen", "← All snapshots"),
        "snapshots_isolated": ("Geïsoleerde huishoudens", "Isolated households"),
        "snapshots_noLonger": ("Niet meer geïsoleerd", "No longer isolated"),
        "snapshots_became": ("Geïsoleerd geraakt", "Became isolated"),
        "snapshots_new": ("Nieuw en geïsoleerd", "New and isolated"),
        "snapshots_noHouseholds": (
            "Geen huishouden in uw wijken veranderde van klasse.", "No household in your wijken changed class."
        ),
        "snapshots_map": ("Kaart van de verandering", "Map of the change"),
        "snapshots_mapHelp": (
            "Groen: nieuwe banden en huishoudens die niet meer geïsoleerd zijn. Rood: verdwenen banden en huishoudens die geïsoleerd raakten. Met codes in plaats van namen, zodat de kaart geprint mag worden.",
            "Green: new ties and households no longer isolated. Red: ties that are gone and households that became isolated. With codes instead of names, so the map may be printed."
        ),
        "overview_compare": ("Vergelijk momentopnamen", "Compare snapshots"),
        "undo": ("Ongedaan maken", "Undo"),
        "undo_help": ("kan tot een kwartier na het opslaan", "possible for a quarter of an hour after saving"),
        "undo_done": ("De wijziging is ongedaan gemaakt.", "The change was undone."),
        "field_undo": ("Ongedaan maken", "Undo"), "field_token": ("Ongedaan maken", "Undo"),
        "import_leftOut": (
            "Kolommen overgeslagen (niet opgeslagen):", "Columns left out (not saved):"
        ),
        "person_ownFields": ("Uit het bestand van een partner", "From a partner's file"),
        "import_ownKept": (
            "Eigen kolommen, bewaard bij de personen (te zien op hun pagina):",
            "Columns of your own, kept with the persons (shown on their page):"
        ),
        "import_leaveOut": (
            "Eigen kolommen (zoals telefoon of e-mail) niet bewaren",
            "Do not keep columns of your own (such as phone or e-mail)"
        ),
        // What the field an error points at is called on the pages.
        "field_name": ("Naam", "Name"), "field_kind": ("Soort", "Kind"),
        "field_birthYear": ("Geboortejaar", "Birth year"), "field_roles": ("Rollen", "Roles"),
        "field_street": ("Straat", "Street"), "field_latitude": ("Breedtegraad", "Latitude"),
        "field_longitude": ("Lengtegraad", "Longitude"), "field_other": ("Met wie", "With whom"),
        "field_contact": ("Contact", "Contact"), "field_day": ("Datum", "Day"), "field_wijk": ("Wijk", "Wijk"),
        "field_household": ("Huishouden", "Household"), "field_strength": ("Sterkte", "Strength"),
        "field_note": ("Notitie", "Note"), "field_label": ("Naam", "Name"), "field_outcome": ("Uitkomst", "Outcome"),
        "field_password": ("Wachtwoord", "Password"), "field_team": ("Team", "Team"), "field_role": ("Rol", "Role"),
    ]
}
