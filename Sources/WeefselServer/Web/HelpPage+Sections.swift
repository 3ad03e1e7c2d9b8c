import WeefselCore

extension HelpSection {
    /// The tasks of wijkteam workers and opbouwwerkers.
    static let worker: [HelpSection] = [
        HelpSection(
            id: "overzicht", roles: [.admin, .worker, .viewer],
            title: ("Het wijkoverzicht lezen", "Reading the wijk overview"),
            steps: [
                (
                    "Open Wijkoverzicht: de cijfers van uw wijken, met de verandering sinds de laatste momentopname.",
                    "Open Wijk overview: the figures of your wijken, with the change since the last snapshot."
                ),
                (
                    "De kaart toont het weefsel van mensen, of de huishoudens gekleurd naar hoe geïsoleerd ze zijn.",
                    "The map shows the fabric of people, or the households coloured by how isolated they are."
                ),
                (
                    "Zoom met + en −, sleep om te verschuiven; klik op een persoon of huishouden om het te openen.",
                    "Zoom with + and −, drag to move; click a person or household to open it."
                ),
            ], page: "/wijk"),
        HelpSection(
            id: "huisbezoek", roles: [.admin, .worker],
            title: ("Huisbezoeken vastleggen", "Recording home visits"),
            steps: [
                (
                    "Open Geïsoleerde huishoudens: wie niemand kent staat bovenaan, met de reden.",
                    "Open Isolated households: those who know nobody come first, with the reason."
                ),
                (
                    "Kies een huishouden en vul onder 'Bezoek vastleggen' de uitkomst en de datum van het bezoek in.",
                    "Choose a household and fill in the outcome and the day of the visit under 'Record a visit'."
                ),
                (
                    "Contact gelegd? Typ een deel van de naam van de buur en kies uit de lijst: de band wordt vastgelegd.",
                    "Contact made? Type part of the neighbour's name and choose from the list: the tie is recorded."
                ),
                (
                    "Onder 'Kennismaken met' staan de mensen die u dit huishouden het best kunt voorstellen, met waarom.",
                    "Under 'Introduce to' are the people you could best introduce this household to, and why."
                ),
            ], page: "/geisoleerd"),
        HelpSection(
            id: "bewoners", roles: [.admin, .worker],
            title: ("Bewoners toevoegen, zoeken en wijzigen", "Adding, finding and changing residents"),
            steps: [
                (
                    "Zoek met wat u zich herinnert: 'mevrouw de Jong Mussenweg', een postcode of een code.",
                    "Search with what you remember: 'mevrouw de Jong Mussenweg', a postcode or a code."
                ),
                (
                    "Nieuwe persoon: via Zoeken, of 'Nieuw lid toevoegen' op de pagina van het huishouden.",
                    "New person: through Search, or 'Add a member' on the household's page."
                ),
                (
                    "Weefsel waarschuwt als dezelfde naam al op dat adres staat, zodat niemand twee keer wordt vastgelegd.",
                    "Weefsel warns when the same name is already recorded at that address, so nobody is recorded twice."
                ),
                (
                    "'Gegevens wijzigen' op de pagina van de persoon; daar verhuist u iemand ook.",
                    "'Change details' on the person's page; that is also where you move someone."
                ),
                (
                    "Een band, het einde ervan of toestemming krijgt een datum; een vergissing maakt u direct daarna ongedaan.",
                    "A tie, its end or consent gets a day; a mistake is undone right afterwards."
                ),
            ], page: "/zoeken"),
        HelpSection(
            id: "momentopnamen", roles: [.admin, .worker],
            title: ("Momentopnamen maken en vergelijken", "Making and comparing snapshots"),
            steps: [
                (
                    "Maak elk kwartaal een momentopname; geef de peildatum op als die eerder was.",
                    "Make a snapshot every quarter; give the day it describes when it was earlier."
                ),
                (
                    "Vergelijk twee momentopnamen: de cijfers, de huishoudens die niet meer geïsoleerd zijn en de kaart.",
                    "Compare two snapshots: the figures, the households no longer isolated and the map."
                ),
            ], page: "/momentopnamen"),
        HelpSection(
            id: "importeren", roles: [.admin, .worker],
            title: ("Een bestand van een partner inlezen", "Reading a partner's file"),
            steps: [
                (
                    "Kies het bestand op Importeren; alles wordt gecontroleerd voordat er iets wordt opgeslagen.",
                    "Choose the file on Import; everything is checked before anything is saved."
                ),
                (
                    "Klopt er iets niet, dan ziet u per regel en kolom wat, en is er niets veranderd.",
                    "If something is wrong you see what, by line and column, and nothing has changed."
                ),
            ], page: "/import"),
    ]

    /// The tasks of coordinators and administrators.
    static let others: [HelpSection] = [
        HelpSection(
            id: "matching", roles: [.admin, .coordinator],
            title: ("Koppelen", "Matching"),
            steps: [
                (
                    "Open Matching en vraag voorstellen: Weefsel zoekt de beste paren en zegt waarom.",
                    "Open Matching and ask for proposals: Weefsel finds the best pairs and says why."
                ),
                (
                    "Leg elke stap vast: voorstellen, kennismaken, starten, afronden.",
                    "Record each step: propose, introduce, start, end."
                ),
            ], page: "/matching"),
        HelpSection(
            id: "beheer", roles: [.admin],
            title: ("Accounts en teams beheren", "Managing accounts and teams"),
            steps: [
                (
                    "Open Beheer: voeg een collega toe met een eerste wachtwoord en geef het persoonlijk door.",
                    "Open Administration: add a colleague with a first password and hand it over in person."
                ),
                (
                    "Wachtwoord vergeten? Stel onder 'Wijzigen' een nieuw in; de collega wordt overal afgemeld.",
                    "Forgotten password? Set a new one under 'Change'; the colleague is signed out everywhere."
                ),
                (
                    "Een team krijgt zijn wijken; wat een team ziet, hangt daarvan af.",
                    "A team gets its wijken; what a team sees depends on them."
                ),
            ], page: "/beheer"),
        HelpSection(
            id: "privacy", roles: [.admin],
            title: ("Inzage, vergeten en de audit", "Access, erasure and the audit log"),
            steps: [
                (
                    "Op de pagina van een persoon staat onderaan de inzage (alles wat Weefsel over iemand weet) en wissen.",
                    "At the bottom of a person's page are the access export (all Weefsel knows of someone) and erasure."
                ),
                (
                    "De audit toont wie wat heeft ingezien of gewijzigd, via elke ingang.",
                    "The audit log shows who read or changed what, through every door."
                ),
            ], page: "/audit"),
        HelpSection(
            id: "account", roles: Set(User.Role.allCases),
            title: ("Uw eigen account", "Your own account"),
            steps: [
                (
                    "Op Mijn account wijzigt u uw wachtwoord en stelt u een tweede factor in met de QR-code.",
                    "On My account you change your password and set up a second factor with the QR code."
                ),
                (
                    "Telefoon kwijt of ergens vergeten af te melden? Kies 'Overal afmelden'.",
                    "Lost your phone or forgot to sign out somewhere? Choose 'Sign out everywhere'."
                ),
            ], page: "/mijn-account"),
    ]
}
