/// The words of the web pages in Dutch (the default) and English, under one key each, so both
/// languages always have the same keys. Templates use them as `{{t.key}}`.
enum Texts {
    static let table: [String: (dutch: String, english: String)] = [
        // Frame and shared words.
        "skip": ("Naar de inhoud", "Skip to content"), "menu": ("Menu", "Menu"), "team": ("team", "team"),
        "signOut": ("Afmelden", "Sign out"), "otherLanguage": ("English", "Nederlands"),
        "footer": (
            "Weefsel: het sociale weefsel van de wijk. Vertrouwelijk: alleen voor uw werk in uw eigen wijken.",
            "Weefsel: the social fabric of the neighbourhood. Confidential: only for your work in your own wijken."
        ),
        "name": ("Naam", "Name"), "kind": ("Soort", "Kind"), "address": ("Adres", "Address"),
        "note": ("Notitie", "Note"), "since": ("sinds", "since"), "period": ("Periode", "Period"),
        "strength": ("Sterkte", "Strength"), "actions": ("Acties", "Actions"), "change": ("Wijzigen", "Change"),
        "choose": ("— kies —", "— choose —"), "cancel": ("Annuleren", "Cancel"), "show": ("Toon", "Show"),
        "saved": ("Opgeslagen.", "Saved."), "wijk": ("wijk", "wijk"), "household": ("huishouden", "household"),
        "outside": ("iemand buiten uw wijken", "someone outside your wijken"),
        "nav_overview": ("Wijkoverzicht", "Wijk overview"), "nav_keyfigures": ("Sleutelfiguren", "Key figures"),
        "nav_isolated": ("Geïsoleerde huishoudens", "Isolated households"), "nav_search": ("Zoeken", "Search"),
        "nav_matching": ("Matching", "Matching"), "nav_import": ("Importeren", "Import"),
        "nav_audit": ("Audit", "Audit"),
        "role_admin": ("functioneel beheerder", "administrator"), "role_coordinator": ("coördinator", "coordinator"),
        "role_worker": ("wijkwerker", "worker"), "role_viewer": ("meekijker", "viewer"),
        "noderole_volunteer": ("vrijwilliger", "volunteer"), "noderole_coordinator": ("coördinator", "coordinator"),
        "noderole_caregiver": ("mantelzorger", "carer"), "noderole_parent": ("ouder", "parent"),
        "kind_resident": ("bewoner", "resident"), "kind_volunteer": ("vrijwilliger", "volunteer"),
        "kind_association": ("vereniging", "association"), "kind_professional": ("professional", "professional"),
        "strength_1": ("zwak", "weak"), "strength_2": ("gewoon", "medium"), "strength_3": ("sterk", "strong"),
        "tie_family": ("familie", "family"), "tie_household": ("huisgenoot", "household"),
        "tie_neighbour": ("buur", "neighbour"), "tie_friend": ("vriend(in)", "friend"),
        "tie_acquaintance": ("kennis", "acquaintance"), "tie_member": ("lid", "member"),
        "tie_volunteer": ("vrijwilligerswerk", "volunteering"), "tie_professional": ("professioneel", "professional"),
        "tie_conflict": ("conflict", "conflict"), "tie_maatje": ("maatje", "buddy"),
        "tie_steungezin": ("steungezin", "support family"), "tie_jongerencoach": ("jongerencoach", "youth coach"),
        "tie_homestart": ("Home-Start", "Home-Start"), "tie_klussen": ("klushulp", "practical help"),
        "tie_ervaringsdeskundige": ("ervaringsdeskundige", "peer expert"),
        "class_isolated": ("geïsoleerd", "isolated"),
        "class_professional-only": ("alleen professionals", "professionals only"),
        "class_fragile": ("kwetsbaar", "fragile"), "class_connected": ("verbonden", "connected"),
        "consent_matching": ("matching (koppelen aan een vrijwilliger)", "matching (pairing with a volunteer)"),
        "consent_maps": ("met naam op kaarten", "named on maps"),
        "consent_sharing": ("delen met de vrijwilligerscentrale", "sharing with the volunteer centre"),
        "consent_given": ("gegeven", "given"), "consent_notGiven": ("niet gegeven", "not given"),
        "consent_give": ("Toestemming vastleggen", "Record consent"),
        "consent_withdraw": ("Intrekken", "Withdraw"),
        "consent_givenBy": ("gegeven, vastgelegd door", "given, recorded by"),
        "consent_withdrawnBy": ("ingetrokken, vastgelegd door", "withdrawn, recorded by"),
        "status_open": ("open", "open"), "status_closed": ("gesloten", "closed"),
        "form_kind": ("kies een soort band", "choose a kind of tie"),
        "form_purpose": ("kies een doel van toestemming", "choose a purpose of consent"),
        "form_strength": ("de sterkte is 1, 2 of 3", "the strength is 1, 2 or 3"),
        "form_date": ("geef een datum zoals 2026-03-31", "give a date such as 2026-03-31"),
        // Errors.
        "error_400": ("Dat ging niet", "That did not work"), "error_401": ("Meld u eerst aan", "Please sign in first"),
        "error_403": ("Uw rol mag dit niet", "Your role may not do this"),
        "error_404": ("Niet gevonden", "Not found"), "error_413": ("Te groot", "Too large"),
        "error_429": ("Even wachten", "Please wait"),
        "error_500": ("Er ging iets mis bij Weefsel", "Something went wrong in Weefsel"),
        "error_back": ("Terug", "Back"), "error_home": ("Naar de startpagina", "To the start page"),
        // Sign in.
        "signin_title": ("Aanmelden", "Sign in"),
        "signin_intro": (
            "Meld u aan met uw naam en wachtwoord. Gegevens over bewoners zijn vertrouwelijk; elke inzage wordt vastgelegd.",
            "Sign in with your name and password. Residents' data are confidential; every look is recorded."
        ),
        "signin_name": ("Naam", "Name"), "signin_password": ("Wachtwoord", "Password"),
        "signin_totp": ("Code uit uw authenticator-app", "Code from your authenticator app"),
        "signin_totpHelp": (
            "Alleen nodig als u tweestapsverificatie gebruikt.", "Only needed if you use two-step verification."
        ),
        "signin_submit": ("Aanmelden", "Sign in"),
        "signin_wrong": (
            "Naam, wachtwoord of code klopt niet. Gebruikt u tweestapsverificatie, vul dan ook de code in.",
            "Wrong name, password or code. If you use two-step verification, enter the code too."
        ),
        "signin_throttled": (
            "Te veel pogingen. Probeer het over enkele minuten opnieuw.",
            "Too many attempts. Try again in a few minutes."
        ),
        // Overview.
        "overview_title": ("Wijkoverzicht", "Wijk overview"), "overview_indicators": ("Indicatoren", "Indicators"),
        "overview_since": ("Vergeleken met de momentopname", "Compared with the snapshot"),
        "overview_noSnapshot": (
            "Er is nog geen momentopname; maak er een om de verandering te volgen (weefsel snapshot create).",
            "There is no snapshot yet; create one to follow the change (weefsel snapshot create)."
        ),
        "overview_indicator": ("Indicator", "Indicator"), "overview_now": ("Nu", "Now"),
        "overview_change": ("Verandering", "Change"), "overview_map": ("Kaart van het weefsel", "Map of the fabric"),
        "overview_mapHelp": (
            "Sleep om te verschuiven, scroll of gebruik + en − om te zoomen; klik op een persoon of huishouden om het te openen.",
            "Drag to pan, scroll or use + and − to zoom; click a person or household to open them."
        ),
        "overview_pseudonymised": (
            "De kaart toont codes in plaats van namen (gepseudonimiseerd).",
            "The map shows codes instead of names (pseudonymised)."
        ),
        "overview_mapPeople": ("mensen en hun banden", "people and their ties"),
        "overview_mapHouseholds": ("huishoudens naar isolatie", "households by isolation"),
        "overview_mapTooLarge": (
            "Deze wijken hebben te veel huishoudens om in één kaart te tekenen: de verkenbare kaart (mensen en hun banden)"
                + " markeert de geïsoleerde huishoudens, en een huishouden of persoon heeft zijn eigen netwerkkaart.",
            "These wijken have too many households to draw as one map: the explorable map (people and their ties)"
                + " marks the isolated households, and a household or person has their own network map."
        ),
        "ind_persons": ("Personen", "Persons"), "ind_households": ("Huishoudens", "Households"),
        "ind_isolated_households": ("Geïsoleerde huishoudens", "Isolated households"),
        "ind_isolated_share": ("Aandeel geïsoleerd", "Share isolated"),
        "ind_fragile_households": ("Kwetsbare huishoudens", "Fragile households"),
        "ind_fragile_share": ("Aandeel kwetsbaar", "Share fragile"),
        "ind_mean_informal_ties_per_household": ("Informele banden per huishouden", "Informal ties per household"),
        "ind_share_with_three_or_more_ties": ("Bewoners met 3+ informele banden", "Residents with 3+ informal ties"),
        "ind_density": ("Dichtheid", "Density"),
        "ind_cross_group_share": ("Banden tussen groepen", "Ties across groups"),
        "ind_modularity": ("Modulariteit (groepsvorming)", "Modularity (grouping)"),
        "map_label": ("Netwerkkaart", "Network map"), "map_tools": ("Kaart bedienen", "Map controls"),
        "map_zoomIn": ("Inzoomen", "Zoom in"), "map_zoomOut": ("Uitzoomen", "Zoom out"),
        "map_reset": ("Hele kaart", "Whole map"),
        // Key figures.
        "keyfigures_title": ("Sleutelfiguren", "Key figures"),
        "keyfigures_intro": (
            "De mensen die het weefsel bij elkaar houden: wie groepen verbindt, wie veel mensen kent, en waarom.",
            "The people who hold the fabric together: who connects groups, who knows many people, and why."
        ),
        "keyfigures_ranking": ("Rangorde", "Ranking"), "keyfigures_ties": ("Banden", "Ties"),
        "keyfigures_why": ("Waarom", "Why"),
        "keyfigures_none": ("Geen sleutelfiguren gevonden.", "No key figures found."),
        "keyfigures_set": ("Samen de meeste bewoners bereiken", "Reaching the most residents together"),
        "keyfigures_setSize": ("Aantal mensen", "Number of people"),
        "keyfigures_reach": ("Samen binnen twee stappen bereikt:", "Reached together within two steps:"),
        "keyfigures_cuts": ("Als zij wegvallen", "If they left"),
        "keyfigures_cutsHelp": (
            "Mensen zonder wie huishoudens van de rest afgesneden raken.",
            "People without whom households would be cut off from the rest."
        ),
        "keyfigures_households": ("huishoudens afgesneden", "households cut off"),
        "keyfigures_noCuts": (
            "Niemand: het weefsel hangt niet aan één persoon.", "Nobody: the fabric does not hang on one person."
        ),
        // Isolated households.
        "isolated_title": ("Geïsoleerde huishoudens", "Isolated households"),
        "isolated_intro": (
            "De werklijst voor outreach, op volgorde van risico: wie heeft geen of alleen zwakke banden buiten het huis?",
            "The outreach worklist in order of risk: who has no, or only weak, ties outside the home?"
        ),
        "isolated_lastVisit": ("Laatste bezoek", "Last visit"),
        "isolated_record": ("Bezoek vastleggen", "Record a visit"),
        "isolated_none": ("Geen geïsoleerde of kwetsbare huishoudens.", "No isolated or fragile households."),
        // Search.
        "search_title": ("Zoeken", "Search"), "search_label": ("Naam of adres", "Name or address"),
        "search_submit": ("Zoeken", "Search"),
        "search_none": ("Niets gevonden in uw wijken.", "Nothing found in your wijken."),
        // Person.
        "person_map": ("Netwerkkaart", "Network map"), "person_about": ("Over", "About"),
        "person_birthYear": ("Geboortejaar", "Birth year"), "person_roles": ("Rollen", "Roles"),
        "person_languages": ("Talen", "Languages"), "person_skills": ("Talenten", "Talents"),
        "person_interests": ("Interesses", "Interests"), "person_needs": ("Hulpvragen", "Needs"),
        "person_offers": ("Aanbod", "Offers"), "person_noNeeds": ("Geen hulpvragen.", "No needs."),
        "person_noOffers": ("Geen aanbod.", "No offers."), "person_ties": ("Banden", "Ties"),
        "person_with": ("Met", "With"), "person_endTie": ("Beëindigen", "End"),
        "person_noTies": ("Nog geen banden vastgelegd.", "No ties recorded yet."),
        "person_addTie": ("Band toevoegen", "Add a tie"), "person_consent": ("Toestemming", "Consent"),
        "person_consentHistory": ("Geschiedenis", "History"), "person_admin": ("Beheer", "Administration"),
        "person_export": (
            "Inzage: alles wat over deze persoon is vastgelegd (JSON)",
            "Access: everything stored about this person (JSON)"
        ),
        "person_erase": ("Vergeten (wissen)…", "Forget (erase)…"),
        // Household and visits.
        "household_map": ("Netwerkkaart van het huishouden", "Network map of the household"),
        "household_members": ("Bewoners", "Members"), "household_visits": ("Bezoeken", "Visits"),
        "household_noVisits": ("Nog niet bezocht.", "Not visited yet."),
        "visit_title": ("Bezoek vastleggen", "Record a visit"),
        "visit_outcomeLabel": ("Wat gebeurde er?", "What happened?"),
        "visit_member": ("Wie sprak u?", "Whom did you speak to?"),
        "visit_contactLabel": ("In contact gebracht met", "Put in touch with"),
        "visit_sameStreet": ("zelfde straat", "same street"), "visit_submit": ("Bezoek opslaan", "Save the visit"),
        "visit_saved": ("Het bezoek is vastgelegd.", "The visit was recorded."), "visit_with": ("met", "with"),
        "visit_outcome": ("kies wat er gebeurde", "choose what happened"),
        "visit_contact": ("kies met wie contact is gelegd", "choose who the household was put in touch with"),
        "visit_memberMissing": ("kies een bewoner van dit huishouden", "choose a member of this household"),
        // Erasure.
        "erase_title": ("Persoon vergeten", "Forget a person"),
        "erase_explain": (
            "Dit wist de persoon, de banden, hulpvragen, aanbod, matches en toestemmingen, voorgoed. In het auditlog blijft alleen de code.",
            "This erases the person, their ties, needs, offers, matches and consent, for good. The audit log keeps only the code."
        ),
        "erase_ties": ("Aantal banden:", "Number of ties:"),
        "erase_confirm": ("Typ ter bevestiging de code", "To confirm, type the code"),
        "erase_submit": ("Definitief vergeten", "Forget for good"),
        "erase_mismatch": ("de code klopt niet; er is niets gewist", "the code does not match; nothing was erased"),
        "erased_title": ("Vergeten", "Forgotten"),
        "erased_explain": ("De persoon is gewist.", "The person was erased."),
        "erased_ties": ("banden gewist", "ties erased"),
        // Matching.
        "matching_title": ("Matching", "Matching"),
        "matching_pages": ("Pagina's", "Pages"), "matching_page": ("pagina", "page"),
        "matching_previous": ("← vorige", "← previous"), "matching_next": ("volgende →", "next →"),
        "matching_intro": (
            "Per programma de wachtende hulpvragen, de voorstellen met hun redenen en de lopende matches. Mensen staan er met hun code.",
            "Per programme the waiting needs, the proposals with their reasons and the matches under way. People appear by their code."
        ),
        "matching_programmes": ("Programma's", "Programmes"), "matching_proposals": ("Voorstellen", "Proposals"),
        "matching_score": ("score", "score"), "matching_accept": ("Koppelen", "Accept"),
        "matching_live": ("Lopende matches", "Matches under way"),
        "matching_waiting": ("Wachtend zonder voorstel", "Waiting without a proposal"),
        "matching_history": ("Geschiedenis", "History"), "matching_map": ("Kaart van de matches", "Map of the matches"),
        "matching_empty": ("Nog niets in dit programma.", "Nothing in this programme yet."),
        "matching_declinedBy": ("Afgewezen door", "Declined by"), "matching_endReason": ("Reden", "Reason"),
        "matching_report": ("Rapportage voor financiers", "Report for funders"),
        "matching_programme": ("Programma", "Programme"),
        "matching_waitingCount": ("Wachtend", "Waiting"),
        "matching_medianWait": ("Mediane wachttijd (dagen)", "Median wait (days)"),
        "matching_started": ("Gestart", "Started"), "matching_active": ("Actief", "Active"),
        "matching_ended": ("Beëindigd", "Ended"),
        "matching_declined": ("Afgewezen", "Declined"),
        "state_proposed": ("voorgesteld", "proposed"), "state_introduced": ("kennismaking", "introduced"),
        "state_trial": ("proefperiode", "trial"), "state_active": ("actief", "active"),
        "state_ended": ("beëindigd", "ended"),
        "state_declined": ("afgewezen", "declined"),
        "step_introduce": ("Kennismaking", "Introduce"), "step_trial": ("Proefperiode", "Start a trial"),
        "step_start": ("Starten", "Start"), "step_end": ("Beëindigen", "End"), "step_decline": ("Afwijzen", "Decline"),
        "step_propose": ("Voorstellen", "Propose"),
        "reason_completed": ("afgerond", "completed"), "reason_mismatch": ("geen klik", "no click"),
        "reason_moved": ("verhuisd", "moved"), "reason_health": ("gezondheid", "health"),
        "reason_stoppedByNeed": ("gestopt door hulpvrager", "stopped by the person helped"),
        "reason_stoppedByOffer": ("gestopt door vrijwilliger", "stopped by the volunteer"),
        "reason_other": ("anders", "other"),
        "declinedBy_need": ("hulpvrager", "person helped"), "declinedBy_offer": ("vrijwilliger", "volunteer"),
        "declinedBy_coordinator": ("coördinator", "coordinator"),
        // Import.
        "import_title": ("Importeren", "Import"),
        "import_intro": (
            "Laad de personen en/of banden uit uw spreadsheet, als Excel-bestand (.xlsx) of CSV. Weefsel herkent een blad of bestand aan zijn kopregel. Alles of niets: bij een fout wordt niets opgeslagen.",
            "Load the persons and/or ties from your spreadsheet, as an Excel file (.xlsx) or CSV. Weefsel recognises a sheet or file by its header. All or nothing: if anything is wrong, nothing is saved."
        ),
        "import_files": ("Bestanden", "Files"),
        "import_help": (
            "Excel (.xlsx), of tekst met komma's, puntkomma's of tabs; Nederlandse of Engelse kopregels. Eigen kolommen (telefoon, e-mail) worden bij de personen bewaard, of desgewenst overgeslagen.",
            "Excel (.xlsx), or text with commas, semicolons or tabs; Dutch or English headers. Columns of your own (phone, e-mail) are kept with the persons, or left out if you choose."
        ),
        "import_submit": ("Importeren", "Import"), "import_done": ("Geïmporteerd", "Imported"),
        "import_refused": ("Niets geïmporteerd: dit moet eerst beter", "Nothing imported: fix these first"),
        "import_file": ("Bestand", "File"), "import_line": ("Regel", "Line"), "import_column": ("Kolom", "Column"),
        "import_problem": ("Probleem", "Problem"), "import_nofile": ("Kies eerst een bestand.", "Choose a file first."),
        "import_householdsAdded": ("Huishoudens toegevoegd", "Households added"),
        "import_householdsUpdated": ("Huishoudens bijgewerkt", "Households updated"),
        "import_nodesAdded": ("Personen toegevoegd", "Persons added"),
        "import_nodesUpdated": ("Personen bijgewerkt", "Persons updated"),
        "import_nodesUnchanged": ("Personen ongewijzigd", "Persons unchanged"),
        "import_tiesAdded": ("Banden toegevoegd", "Ties added"),
        "import_tiesUpdated": ("Banden bijgewerkt", "Ties updated"),
        "import_tiesUnchanged": ("Banden ongewijzigd", "Ties unchanged"),
        // Audit.
        "audit_title": ("Auditlog: wie keek naar wie", "Audit log: who looked at whom"),
        "audit_cleanup": (
            "Het wissen van een persoon is nog niet helemaal klaar: een ander programma houdt het logbestand van"
                + " de database open, zodat de gewiste gegevens daar nog staan. Weefsel probeert het elke paar"
                + " seconden opnieuw en ruimt het op zodra dat programma klaar is.",
            "An erasure is not quite finished: another program keeps the database's log file open, so the"
                + " erased data is still in it. Weefsel tries again every few seconds and cleans it up as soon as"
                + " that program is done."
        ),
        "audit_person": ("Persoon (code)", "Person (code)"), "audit_user": ("Gebruiker", "User"),
        "audit_from": ("Van", "From"), "audit_to": ("Tot en met", "Up to"), "audit_time": ("Tijd (UTC)", "Time (UTC)"),
        "audit_role": ("Rol", "Role"), "audit_action": ("Handeling", "Action"), "audit_subjects": ("Over", "About"),
        "audit_address": ("Vanaf", "From address"), "audit_none": ("Geen vermeldingen.", "No entries."),
        "audit_limited": (
            "De nieuwste 500 vermeldingen; verfijn het filter voor oudere.",
            "The newest 500 entries; narrow the filter for older ones."
        ),
        "action_read": ("ingezien", "read"), "action_search": ("gezocht", "searched"),
        "action_create": ("aangemaakt", "created"),
        "action_update": ("gewijzigd", "changed"), "action_delete": ("verwijderd", "deleted"),
        "action_erase": ("vergeten", "erased"),
        "action_export": ("inzage", "access export"), "action_consent": ("toestemming", "consent"),
        "action_login": ("aangemeld", "signed in"), "action_login-failed": ("mislukte aanmelding", "failed sign-in"),
        "action_logout": ("afgemeld", "signed out"), "action_create-token": ("token gemaakt", "token created"),
    ]

    static let dutch: [String: String] = all.mapValues(\.dutch)
    static let english: [String: String] = all.mapValues(\.english)

    /// Every page's words: the table above with those of the worker's own tools (`Texts+Tools`) the
    /// record forms (`Texts+Records`) and administration (`Texts+Admin`).
    static let all = table.merging(tools) { first, _ in first }.merging(records) { first, _ in first }
        .merging(admin) { first, _ in first }.merging(webMap) { first, _ in first }
}
