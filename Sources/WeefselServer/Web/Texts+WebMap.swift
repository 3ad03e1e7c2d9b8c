extension Texts {
    /// The words of the explorable map of the wijk; those the map's script writes itself go to
    /// the page as one list (`webmapScript`).
    static let webMap: [String: (dutch: String, english: String)] = [
        "webmap_title": ("Verkenbare kaart", "Explorable map"),
        "webmap_help": (
            "Typ een naam, adres of code: de kaart toont die persoon of dat huishouden en wie er omheen staat."
                + " Tik op een punt voor de naam; tik nog eens om de pagina te openen.",
            "Type a name, address or code: the map shows that person or household and who is around them."
                + " Tap a dot for the name; tap again to open the page."
        ),
        "webmap_search": ("Zoek op de kaart", "Find on the map"), "webmap_find": ("Zoeken", "Find"),
        "webmap_filters": ("Wat de kaart toont", "What the map shows"),
        "webmap_ties": ("Banden", "Ties"), "webmap_group": ("Groep", "Group"), "webmap_street": ("Straat", "Street"),
        "webmap_wijk": ("Wijk", "Wijk"), "webmap_all": ("alle", "all"), "webmap_labels": ("Namen tonen", "Show names"),
        "webmap_isolated": ("Geïsoleerde huishoudens markeren", "Mark isolated households"),
        "webmap_keyFigures": ("Sleutelfiguren markeren", "Mark key figures"),
        "webmap_download": ("Downloaden", "Download"), "webmap_print": ("Afdrukken", "Print"),
        "webmap_list": ("Lijst van wie de kaart toont", "List of who the map shows"),
        "webmap_loading": ("De kaart wordt geladen…", "Loading the map…"),
        "webmap_canvas": ("Kaart van het weefsel van de wijk", "Map of the social fabric of the wijk"),
        "webmap_noScript": (
            "De verkenbare kaart heeft JavaScript nodig. De lijsten van Geïsoleerd en Sleutelfiguren werken zonder.",
            "The explorable map needs JavaScript. The Isolated and Key figures lists work without it."
        ),
        "tiekind_family": ("familie", "family"), "tiekind_friend": ("vrienden en kennissen", "friends"),
        "tiekind_neighbour": ("buren", "neighbours"), "tiekind_member": ("leden", "members"),
        "tiekind_professional": ("professionals", "professionals"), "tiekind_conflict": ("conflict", "conflict"),
        "tiekind_other": ("overig", "other"),
    ]

    /// The words the map's script writes, by key, in the page's language.
    static let webMapScript: [String: (dutch: String, english: String)] = [
        "group": ("groep", "group"), "area": ("e.o.", "area"), "loose": ("zonder groep", "no group"),
        "noneFound": ("Niemand gevonden.", "Nobody found."), "found": ("Gevonden", "Found"),
        "open": ("Pagina openen", "Open page"), "isolated": ("geïsoleerd huishouden", "isolated household"),
        "professionalOnly": ("alleen bekend bij professionals", "known only to professionals"),
        "fragile": ("kwetsbaar huishouden", "fragile household"), "keyFigure": ("sleutelfiguur", "key figure"),
        "resident": ("bewoner", "resident"), "volunteer": ("vrijwilliger", "volunteer"),
        "association": ("vereniging of plek", "association or place"), "professional": ("professional", "professional"),
        "more": ("en nog", "and"), "shown": ("op de kaart", "on the map"), "people": ("personen", "people"),
        "title": ("Weefsel van de wijk", "Social fabric of the wijk"),
    ]
}
