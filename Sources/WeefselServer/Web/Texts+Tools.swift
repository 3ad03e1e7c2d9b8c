extension Texts {
    /// The words of search, introductions, dated visits, confirmations and the account page.
    static let tools: [String: (dutch: String, english: String)] = [
        "introductions_title": ("Kennismaken met", "Introduce to"),
        "visit_suggested": ("voorgesteld om kennis te maken", "suggested to meet"),
        "visit_day": ("Datum van het bezoek", "Day of the visit"),
        "account_title": ("Mijn account", "My account"), "account_password": ("Wachtwoord wijzigen", "Change password"),
        "account_passwordHelp": (
            "Daarna meldt u zich opnieuw aan, ook op uw andere apparaten; uw tokens vervallen.",
            "Afterwards you sign in again, on your other devices too; your tokens end."
        ),
        "account_current": ("Huidig wachtwoord", "Current password"),
        "account_new": ("Nieuw wachtwoord", "New password"),
        "account_repeat": ("Nieuw wachtwoord nog eens", "New password again"),
        "account_change": ("Wachtwoord wijzigen", "Change password"),
        "account_everywhere": ("Overal afmelden", "Sign out everywhere"),
        "account_everywhereHelp": (
            "Op elk apparaat waar u nog bent aangemeld, en uw tokens voor scripts.",
            "On every device where you are still signed in, and your tokens for scripts."
        ),
        "account_everywhereConfirm": ("Overal afmelden, ook hier?", "Sign out everywhere, here too?"),
        "account_tokens": ("Uw tokens voor scripts", "Your tokens for scripts"),
        "account_tokenLabel": ("Waarvoor", "For"), "account_tokenUntil": ("Geldig tot", "Valid until"),
        "account_tokenState": ("Status", "State"), "account_revoke": ("Intrekken", "Revoke"),
        "account_revokeConfirm": (
            "Dit token intrekken? Scripts die het gebruiken stoppen meteen.",
            "Revoke this token? Scripts that use it stop at once."
        ),
        "account_noTokens": ("U hebt geen tokens.", "You have no tokens."),
        "account_active": ("actief", "active"), "account_revoked": ("ingetrokken", "revoked"),
        "account_expired": ("verlopen", "expired"), "account_tokenRevoked": ("Ingetrokken:", "Revoked:"),
        "form_token": ("kies een token", "choose a token"),
        "signin_passwordChanged": (
            "Uw wachtwoord is gewijzigd. Meld u aan met het nieuwe.",
            "Your password was changed. Sign in with the new one."
        ),
        "action_revoke-token": ("token ingetrokken", "token revoked"),
        "action_password-changed": ("wachtwoord gewijzigd", "password changed"),
        "action_sign-out-everywhere": ("overal afgemeld", "signed out everywhere"),
        "person_endTieConfirm": (
            "Deze band beëindigen? Hij telt vanaf vandaag niet meer mee, en blijft in de geschiedenis staan.",
            "End this tie? It no longer counts from today, and stays in the history."
        ),
        "consent_withdrawConfirm": (
            "Toestemming intrekken? Dit geldt meteen, overal in Weefsel.",
            "Withdraw consent? This applies at once, everywhere in Weefsel."
        ),
        "form_day": ("kies een datum, zoals 07-12-2026", "choose a day, such as 2026-12-07"),
        "introductions_help": (
            "Wie deze buren het best kunnen leren kennen: dichtbij, dezelfde taal of interesses, en bereid.",
            "Whom this household could best get to know: near, the same language or interests, and willing."
        ),
        "introductions_none": ("Niemand in uw wijken past nu.", "Nobody in your wijken fits now."),
        "search_found": ("gevonden", "found"), "search_pages": ("Meer resultaten", "More results"),
        "search_previous": ("vorige", "previous"), "search_next": ("volgende", "next"),
        "search_hint": (
            "Woorden in elke volgorde: naam, straat, huisnummer, postcode of code (bijv. ‘de Jong Mussenweg’).",
            "Words in any order: name, street, house number, postcode or code (e.g. ‘de Jong Mussenweg’)."
        ),
    ]
}
