extension Texts {
    /// The words of the administration pages and of setting up a second factor.
    static let admin: [String: (dutch: String, english: String)] = [
        "nav_admin": ("Beheer", "Administration"),
        "admin_title": ("Beheer", "Administration"),
        "admin_lead": (
            "Accounts en teams van deze installatie. Elke wijziging staat in de audit.",
            "Accounts and teams of this installation. Every change is in the audit log."
        ),
        "admin_done": ("Opgeslagen:", "Saved:"),
        "admin_users": ("Accounts", "Accounts"), "admin_name": ("Gebruikersnaam", "User name"),
        "admin_roleTeam": ("Rol en team", "Role and team"), "admin_state": ("Status", "State"),
        "admin_totp": ("Tweede factor", "Second factor"), "admin_active": ("actief", "active"),
        "admin_disabled": ("uitgeschakeld", "disabled"), "yes": ("ja", "yes"), "no": ("nee", "no"),
        "admin_change": ("Wijzigen:", "Change:"),
        "admin_newPassword": ("Nieuw wachtwoord", "New password"),
        "admin_newTotp": ("ook een nieuwe tweede factor", "a new second factor too"),
        "admin_reset": ("Wachtwoord instellen", "Set password"),
        "admin_resetConfirm": (
            "Nieuw wachtwoord instellen? De gebruiker wordt overal afgemeld.",
            "Set a new password? The user is signed out everywhere."
        ),
        "admin_end": ("Overal afmelden", "Sign out everywhere"),
        "admin_endConfirm": (
            "Deze gebruiker op alle apparaten afmelden en de tokens intrekken?",
            "Sign this user out on every device and revoke their tokens?"
        ),
        "admin_disable": ("Uitschakelen", "Disable"), "admin_enable": ("Weer inschakelen", "Enable again"),
        "admin_disableConfirm": (
            "Dit account uitschakelen? De gebruiker kan zich niet meer aanmelden.",
            "Disable this account? The user can no longer sign in."
        ),
        "admin_add": ("Account toevoegen", "Add an account"),
        "admin_firstPassword": ("Eerste wachtwoord", "First password"),
        "admin_passwordHint": (
            "Geef het wachtwoord persoonlijk door; de collega kiest daarna zelf een nieuw op Mijn account.",
            "Hand the password over in person; your colleague then chooses a new one on My account."
        ),
        "admin_totpNew": ("met tweede factor (code uit een app)", "with a second factor (code from an app)"),
        "admin_teams": ("Teams en hun wijken", "Teams and their wijken"), "admin_wijken": ("Wijken", "Wijken"),
        "admin_teamSave": ("Team toevoegen of wijken wijzigen", "Add a team or change its wijken"),
        "admin_teamHint": (
            "Meerdere wijken met komma's ertussen. Een bestaand team krijgt precies deze wijken.",
            "Several wijken with commas between them. An existing team gets exactly these wijken."
        ),
        "enrol_title": ("Tweede factor instellen", "Set up a second factor"),
        "enrol_for": ("Voor", "For"), "enrol_scan": ("Scan de code", "Scan the code"),
        "enrol_help": (
            "Scan deze code met een authenticator-app (zoals Microsoft Authenticator of FreeOTP). De app toont daarna elke 30 seconden een code van zes cijfers.",
            "Scan this code with an authenticator app (such as Microsoft Authenticator or FreeOTP). The app then shows a six-digit code every 30 seconds."
        ),
        "enrol_qrLabel": ("QR-code voor de authenticator-app", "QR code for the authenticator app"),
        "enrol_secret": (
            "Lukt scannen niet? Typ dan deze sleutel in de app:", "Cannot scan? Type this key into the app:"
        ),
        "enrol_once": (
            "Deze code en sleutel worden maar één keer getoond.", "This code and key are shown only once."
        ),
        "enrol_code": ("Code uit de app", "Code from the app"),
        "enrol_confirm": ("Bevestigen", "Confirm"), "enrol_back": ("Terug naar beheer", "Back to administration"),
        "account_factor": ("Tweede factor", "Second factor"),
        "account_factorOn": (
            "Bij het aanmelden vraagt Weefsel een code uit uw app.", "Signing in asks for a code from your app."
        ),
        "account_factorOff": (
            "Met een tweede factor vraagt Weefsel bij het aanmelden ook een code uit een app op uw telefoon.",
            "With a second factor, signing in also asks for a code from an app on your phone."
        ),
        "account_factorSetUp": ("Tweede factor instellen", "Set up a second factor"),
        "account_factorNew": ("Nieuwe tweede factor", "New second factor"),
        "signin_factorSet": (
            "Uw tweede factor is ingesteld. Meld u opnieuw aan met de code uit uw app.",
            "Your second factor is set up. Sign in again with the code from your app."
        ),
        "nav_help": ("Hulp", "Help"), "help_title": ("Hulp", "Help"),
        "help_lead": ("Stap voor stap, voor uw rol:", "Step by step, for your role:"),
        "help_contents": ("Op deze pagina", "On this page"), "help_open": ("Openen", "Open"),
        "help_privacyTitle": ("Zorgvuldig met gegevens", "Careful with data"),
        "help_privacy": (
            "Weefsel toont u alleen de mensen van uw eigen wijken. Elke inzage en wijziging staat op naam in de audit. Kaarten voor buiten het kantoor zijn gepseudonimiseerd: codes in plaats van namen.",
            "Weefsel shows you only the people of your own wijken. Every look and change is on record under your name. Maps that leave the office are pseudonymised: codes instead of names."
        ),
        "field_code": ("Code", "Code"), "field_current_password": ("Huidig wachtwoord", "Current password"),
        "field_user": ("Gebruiker", "User"), "field_wijken": ("Wijken", "Wijken"),
    ]
}
