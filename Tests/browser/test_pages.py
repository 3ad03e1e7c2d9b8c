"""Weefsel's web pages in a real browser (Debian's chromium through Selenium), as social workers use
them: signing in as each role, the map and a household's netwerkkaart, a visit recorded on an
isolated household, a match accepted and started, a bad CSV upload, and another team's household
out of reach. Prints one line per check and exits non-zero when any fails.

Usage: test_pages.py BASE_URL [--screens DIR]
"""
import datetime
import os
import sys
import tempfile

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

from admin import account, administration, help_pages
from records import new_resident, search, snapshots, spreadsheet, tie_by_search
from webmap import household_map, web_map, worker_map
from support import (BASE, SCREENS, accessible, browser, check, counts, gone, menu, screen, sign_in,
                     submit, wait_for)


def roles(driver):
    driver.get(BASE + "/aanmelden")
    check("the sign-in page is in Dutch", driver.find_element(By.TAG_NAME, "h1").text == "Aanmelden")
    screen(driver, "01-aanmelden")
    driver.find_element(By.ID, "name").send_keys("demo-worker")
    driver.find_element(By.ID, "password").send_keys("wrong password")
    driver.find_element(By.CSS_SELECTOR, "form[action='/aanmelden'] button[type=submit]").click()
    check("a wrong password is refused with a message", "klopt niet" in wait_for(driver, ".error").text)

    sign_in(driver, "demo-admin")
    check("the admin starts on the wijk overview", driver.current_url.endswith("/wijk"))
    check("the admin's menu has the audit log", "Audit" in menu(driver))
    sign_in(driver, "demo-coordinator")
    check("the coordinator starts on the matching board", driver.current_url.endswith("/matching"))
    check("the coordinator's menu has no key figures", "Sleutelfiguren" not in menu(driver))
    sign_in(driver, "demo-viewer")
    check("the viewer starts on the wijk overview", driver.current_url.endswith("/wijk"))
    WebDriverWait(driver, 120).until(lambda d: d.execute_script(
        "const r = document.querySelector('.webmap'); return r && r.dataset.ready === 'true'"))
    check("the viewer's map is pseudonymised", "codes in plaats van namen" in driver.page_source)
    check("the viewer's map names and links to nobody", driver.execute_script(
        "const d = window.weefselWebMap.data; return !d.named && d.ids.length === 0"
        " && d.labels.every((l) => /^[PAH]-/.test(l))"))
    driver.get(BASE + "/sleutelfiguren")
    check("the viewer may not open the key figures", "Uw rol mag dit niet" in driver.page_source)
    sign_in(driver, "demo-worker")
    check("the worker starts on the wijk overview", driver.current_url.endswith("/wijk"))
    check("the worker's menu has the worklist", "Geïsoleerde huishoudens" in menu(driver))
    driver.get(BASE + "/bestaat-niet")
    check("an unknown address is a Dutch page with the menu, not JSON",
          driver.find_element(By.TAG_NAME, "h1").text and "Geïsoleerde huishoudens" in menu(driver)
          and '"error"' not in driver.page_source)


def line_to(driver, person):
    """The drawing of the line to `person` on the page's netwerkkaart, or None when not drawn."""
    return driver.execute_script("""
      const figure = document.querySelector('figure.map');
      const links = JSON.parse(figure.dataset.links || '{}');
      const node = Object.keys(links).find(key => links[key] === '/personen/' + arguments[0]);
      if (!node) return null;
      const edge = [...figure.querySelectorAll('g.edge')].find(e => {
        const title = e.querySelector('title').textContent;
        return title.endsWith('--' + node) || title.startsWith(node + '--');
      });
      return edge ? edge.innerHTML : null;""", person)


def end_tie(driver):
    """Ending a tie asks first, and then the tie is ended at once: its row, its button, its line."""
    sign_in(driver, "demo-worker")
    driver.get(BASE + "/personen/P000002")
    wait_for(driver, "figure.map svg")
    end = driver.find_element(By.CSS_SELECTOR, "button[name=end]")
    row = end.find_element(By.XPATH, "./ancestor::tr")
    other = row.find_element(By.CSS_SELECTOR, "input[name=other]").get_attribute("value")
    line_before = line_to(driver, other)
    check("the person's line is on the netwerkkaart before", line_before is not None)
    kind = row.find_element(By.CSS_SELECTOR, "input[name=kind]").get_attribute("value")
    end.click()
    alert = WebDriverWait(driver, 10).until(expected_conditions.alert_is_present())
    check("ending a tie asks first", "beëindigen" in alert.text)
    alert.dismiss()
    check("and a no leaves it as it was", driver.find_elements(By.CSS_SELECTOR, "button[name=end]") and not gone(end))
    end.click()
    WebDriverWait(driver, 10).until(expected_conditions.alert_is_present()).accept()
    WebDriverWait(driver, 30).until(lambda _: gone(end))
    wait_for(driver, "figure.map svg")
    ended = [r for r in driver.find_elements(By.CSS_SELECTOR, "table.list tr.ended")
             if f"/personen/{other}" in r.get_attribute("innerHTML")]
    check("the ended tie shows as ended at once, without its buttons",
          ended and not ended[0].find_elements(By.CSS_SELECTOR, "button[name=end]"))
    still = [r for r in driver.find_elements(By.CSS_SELECTOR, "input[name=other]")
             if r.get_attribute("value") == other and
             r.find_element(By.XPATH, "..").find_element(By.CSS_SELECTOR, "input[name=kind]").get_attribute("value") == kind]
    check("and cannot be ended twice", not still)
    check("and the netwerkkaart changes with it: the person or their line is gone, or drawn for the ties left",
          line_to(driver, other) != line_before)


def introductions(driver):
    """The isolated man at number 39: whom could she best introduce him to, and why."""
    sign_in(driver, "demo-worker")
    for width, height, device in ((1366, 900, "laptop"), (820, 1180, "tablet")):
        driver.set_window_size(width, height)
        driver.get(BASE + "/huishoudens/H00039")
        section = driver.find_element(By.ID, "kennismaken")
        suggestions = section.find_elements(By.CSS_SELECTOR, "ol.introductions li")
        check(f"the isolated household's page suggests three people to meet ({device})", len(suggestions) == 3)
        check(f"each with reasons in plain Dutch ({device})",
              all(("woont" in li.text or "spreekt" in li.text or "kent" in li.text) for li in suggestions))
        accessible(driver, f"the household page on a {device}")
        fields = driver.find_element(By.CSS_SELECTOR, ".contact-fields")
        check(f"the visit form hides the contact fields when the door opened ({device})", not fields.is_displayed())
        driver.find_element(By.CSS_SELECTOR, "input[name=outcome][value=contact-made]").click()
        check(f"and shows them once contact was made ({device})", fields.is_displayed())
        options = driver.find_elements(By.CSS_SELECTOR, "datalist#contact-list option")
        check(f"the people suggested to meet are offered first as contacts ({device})",
              len(options) > 3 and all("voorgesteld" in option.get_attribute("label") for option in options[:3]))
    driver.set_window_size(1366, 900)
    driver.execute_script("document.getElementById('kennismaken').scrollIntoView()")
    screen(driver, "14-kennismaken")


def key_figures(driver):
    sign_in(driver, "demo-worker")
    driver.get(BASE + "/sleutelfiguren")
    rows = driver.find_elements(By.CSS_SELECTOR, "table.list tbody tr")
    check("the key figures are ranked with a reason", len(rows) >= 10 and "verbindt" in rows[0].text)
    accessible(driver, "the key figures")
    screen(driver, "03-sleutelfiguren")


def visit(driver):
    sign_in(driver, "demo-worker")
    driver.get(BASE + "/geisoleerd")
    cards = driver.find_elements(By.CSS_SELECTOR, ".worklist li")
    check("the worklist lists isolated households", len(cards) >= 3)
    accessible(driver, "the worklist")
    screen(driver, "04-geisoleerd")
    # On a tablet in the street.
    driver.set_window_size(820, 1180)
    accessible(driver, "the worklist on a tablet")
    if SCREENS:
        driver.save_screenshot(os.path.join(SCREENS, "04-geisoleerd-tablet.png"))
    driver.set_window_size(1366, 900)
    first = cards[0].find_element(By.CSS_SELECTOR, ".card-head a").get_attribute("href")
    second = cards[1].find_element(By.CSS_SELECTOR, ".card-head a").get_attribute("href")
    household = first.rsplit("/", 1)[1]
    # Not at home: a note, and the household stays on the list.
    driver.get(second + "#bezoek")
    driver.find_element(By.CSS_SELECTOR, "input[name=outcome][value=not-home]").click()
    driver.find_element(By.ID, "note").send_keys("briefje in de bus gedaan")
    # The round was yesterday: the visit is recorded on the day it happened.
    day = driver.find_element(By.ID, "day")
    # Today as the service counts it: in the Netherlands.
    today = datetime.date.fromisoformat(day.get_attribute("max"))
    yesterday = today - datetime.timedelta(days=1)
    check("the visit's day is today unless changed, and cannot be later",
          day.get_attribute("value") == day.get_attribute("max")
          and abs((today - datetime.date.today()).days) <= 1)
    driver.execute_script("arguments[0].value = arguments[1]", day, yesterday.isoformat())
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form[data-visit] button[type=submit]"))
    check("a visit is recorded", "Het bezoek is vastgelegd" in wait_for(driver, ".flash").text)
    check("the note shows under the visits", "briefje in de bus gedaan" in driver.page_source)
    check("with the day it happened, written the Dutch way",
          yesterday.strftime("%d-%m-%Y") in driver.find_element(By.CSS_SELECTOR, "ul.visits").text)
    # A visit tomorrow cannot be recorded: the page says why, in Dutch.
    driver.get(second + "#bezoek")
    day = driver.find_element(By.ID, "day")
    driver.execute_script("arguments[0].removeAttribute('max'); arguments[0].value = arguments[1]", day,
                          (today + datetime.timedelta(days=2)).isoformat())
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form[data-visit] button[type=submit]"))
    check("a visit in the future is refused in Dutch", "ligt in de toekomst" in driver.page_source)
    # Contact made with a neighbour: a tie, and the household leaves the list.
    driver.get(first + "#bezoek")
    driver.find_element(By.CSS_SELECTOR, "input[name=outcome][value=contact-made]").click()
    check("the contact fields appear for contact made", driver.find_element(By.ID, "contact").is_displayed())
    # The contact is found by typing part of a name, as the worker remembers it.
    contact = driver.find_element(By.ID, "contact")
    contact.send_keys("Wilma de J")
    WebDriverWait(driver, 10).until(lambda d: any(
        "Wilma de Jong" in (o.get_attribute("label") or "")
        for o in d.find_elements(By.CSS_SELECTOR, "datalist#contact-list option")))
    found = [o.get_attribute("value") for o in driver.find_elements(By.CSS_SELECTOR, "datalist#contact-list option")
             if "Wilma de Jong" in (o.get_attribute("label") or "")]
    check("typing part of a name offers that person as the contact", found == ["P000050"])
    contact.clear()
    contact.send_keys(found[0] if found else "P000050")
    Select(driver.find_element(By.ID, "strength")).select_by_value("2")
    accessible(driver, "the household page")
    screen(driver, "07-bezoek-vastleggen")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form[data-visit] button[type=submit]"))
    wait_for(driver, ".flash")
    check("after contact the household is connected", "verbonden" in driver.find_element(By.CSS_SELECTOR, "p.lead").text)
    driver.get(BASE + "/geisoleerd")
    listed = [a.get_attribute("href").rsplit("/", 1)[1]
              for a in driver.find_elements(By.CSS_SELECTOR, ".worklist .card-head a")]
    check("the household that made contact left the worklist", household not in listed)
    check("the household not at home stays with its last visit", "niet thuis" in driver.page_source)


def matching(driver):
    sign_in(driver, "demo-coordinator")
    accept = driver.find_elements(By.CSS_SELECTOR, "button[data-accept]")
    check("the board proposes pairs with reasons", bool(accept) and bool(driver.find_elements(By.CSS_SELECTOR, ".reasons li")))
    accessible(driver, "the matching board")
    screen(driver, "08-matching")
    if not accept:
        return
    submit(driver, accept[0])
    wait_for(driver, ".flash")
    live = driver.find_elements(By.CSS_SELECTOR, ".card.match")
    check("the accepted pair is a match under way", bool(live))
    start = driver.find_elements(By.CSS_SELECTOR, ".card.match button[data-step=start]")
    check("a proposed match can be started", bool(start))
    if start:
        match_card = start[0].find_element(By.XPATH, "ancestor::div[contains(@class,'card')]")
        match_id = match_card.get_attribute("id")
        submit(driver, start[0])
        wait_for(driver, ".flash")
        card = driver.find_element(By.ID, match_id)
        check("the started match is active", "actief" in card.text)
        edges = driver.find_elements(By.CSS_SELECTOR, "figure.map g.edge")
        check("the match shows on the map of matches", len(edges) >= 1)
        screen(driver, "09-matching-gestart")


def upload(driver):
    sign_in(driver, "demo-worker")
    driver.get(BASE + "/import")
    bad = os.path.join(tempfile.mkdtemp(), "nodes.csv")
    with open(bad, "w", encoding="utf-8") as handle:
        handle.write("id;soort;naam;huishouden;wijk\nP9001;bewoner;Test Een;H9001;De Meent\nP9002;bewonr;Test Twee;H9001;De Meent\n")
    driver.find_element(By.ID, "files").send_keys(bad)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/import'] button[type=submit]"))
    wait_for(driver, "table.problems")
    rows = [r.text for r in driver.find_elements(By.CSS_SELECTOR, "table.problems tbody tr")]
    check("a bad CSV shows its problems by line", any(" 3 " in f" {r} " for r in rows))
    check("the problems are in Dutch", any("onbekende soort" in r for r in rows))
    accessible(driver, "the import page")
    screen(driver, "10-import-fouten")


def other_team(driver):
    sign_in(driver, "demo-worker")
    driver.get(BASE + "/huishoudens/HN001")
    check("another team's household is not found", "Niet gevonden" in driver.page_source)
    check("and nothing of it shows", "Noorderlicht" not in driver.page_source)
    driver.get(BASE + "/personen/N0001")
    check("another team's person is not found", "Niet gevonden" in driver.page_source)
    sign_in(driver, "noord-worker")
    driver.get(BASE + "/huishoudens/HN001")
    check("their own team reaches it", "Poolsterweg" in driver.page_source)


def audit(driver):
    sign_in(driver, "demo-admin")
    driver.get(BASE + "/audit?user=demo-worker")
    rows = driver.find_elements(By.CSS_SELECTOR, "table.list tbody tr")
    check("the audit log shows who looked at whom", len(rows) > 5 and "ingezien" in driver.page_source)
    accessible(driver, "the audit log")
    screen(driver, "11-audit")
    driver.get(BASE + "/taal/en?terug=/wijk")
    check("the pages switch to English", "Wijk overview" in driver.page_source)
    screen(driver, "12-wijk-overview-english")
    driver.get(BASE + "/taal/nl?terug=/wijk")


def main():
    driver = browser()
    try:
        for scenario in (roles, worker_map, web_map, household_map, introductions, end_tie, account, key_figures, visit,
                         search, new_resident, tie_by_search, snapshots, administration, help_pages, matching, upload,
                         spreadsheet, other_team, audit):
            try:
                scenario(driver)
            except Exception as error:  # a scenario that breaks counts as a failure, the others still run
                check(f"{scenario.__name__} ran to the end ({type(error).__name__}: {error})", False)
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE" and "favicon" not in e["message"]
                  and "Failed to load resource" not in e["message"]]
        check("the pages ran without script errors", not errors)
        for error in errors:
            print("  console:", error["message"], file=sys.stderr)
    finally:
        driver.quit()
    print(f"browser: {counts['passed']} passed, {counts['failed']} failed")
    sys.exit(1 if counts["failed"] else 0)


if __name__ == "__main__":
    main()
