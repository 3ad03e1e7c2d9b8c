"""The worker keeps her records in the browser: a new family at number 12 with their languages and
talents, a warning before the same person is recorded twice, an address with its place on the map,
and a tie to someone found by typing their name, dated the day it began.
"""
import datetime
import os

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from support import BASE, accessible, check, screen, sign_in, submit, wait_for

DEVICES = ((1366, 900, "laptop"), (820, 1180, "tablet"))


def fill(driver, values):
    for field, value in values.items():
        element = driver.find_element(By.ID, field)
        if element.tag_name == "select":
            Select(element).select_by_visible_text(value)
        else:
            element.clear()
            element.send_keys(value)


def new_resident(driver):
    """A new family at number 12: the first resident with a new address, the second in the same
    household from its page, a warning before the same person is added twice, then an edit."""
    sign_in(driver, "demo-worker")
    for width, height, device in DEVICES:
        driver.set_window_size(width, height)
        driver.get(BASE + "/zoeken")
        submit(driver, driver.find_element(By.LINK_TEXT, "Nieuwe persoon of organisatie"))
        check(f"the search page leads to the form for a new person ({device})",
              driver.find_element(By.TAG_NAME, "h1").text == "Nieuwe persoon of organisatie")
        accessible(driver, f"the form for a new person on a {device}")
    driver.set_window_size(1366, 900)
    fill(driver, {"name": "Fatma Yıldız", "birthYear": "1979", "languages": "Turks, Nederlands",
                  "skills": "koken, naaien", "interests": "moestuin", "street": "Mussenweg", "number": "12a",
                  "postcode": "1644de", "wijk": "De Meent"})
    driver.find_element(By.CSS_SELECTOR, "input[name=roles][value=parent]").click()
    screen(driver, "16-nieuwe-bewoner")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "#person-form button[type=submit]"))
    lead = wait_for(driver, "p.lead").text
    check("the new resident has a page with her new address", driver.find_element(By.TAG_NAME, "h1").text
          == "Fatma Yıldız" and "Mussenweg 12a, 1644 DE" in lead)
    check("with her languages and talents", "Turks, Nederlands" in driver.page_source and "naaien" in driver.page_source)
    person = driver.current_url.split("/personen/")[1].split("?")[0]
    check("and a code of the neighbourhood's own style", person.startswith("P") and len(person) == 7)
    # Her husband, added from the household's page.
    submit(driver, driver.find_element(By.CSS_SELECTOR, "p.lead a"))
    household = driver.current_url.rsplit("/", 1)[1].split("?")[0]
    submit(driver, driver.find_element(By.LINK_TEXT, "Nieuw lid toevoegen"))
    check("a member added from the household's page lives there",
          driver.find_element(By.ID, "household").get_attribute("value") == household)
    fill(driver, {"name": "Mehmet Yıldız", "birthYear": "1975", "languages": "Turks"})
    submit(driver, driver.find_element(By.CSS_SELECTOR, "#person-form button[type=submit]"))
    check("the second member lands in the same household", "Mussenweg 12a" in wait_for(driver, "p.lead").text)
    # The same person again: a warning, nothing saved until the worker says it is someone else.
    driver.get(BASE + f"/personen/nieuw?huishouden={household}")
    fill(driver, {"name": "fatma yildiz"})
    submit(driver, driver.find_element(By.CSS_SELECTOR, "#person-form button[type=submit]"))
    warning = wait_for(driver, "#lookalikes")
    check("adding the same name at the same address warns first", "Fatma Yıldız" in warning.text)
    driver.get(BASE + "/zoeken?q=fatma+yildiz+mussenweg")
    found = [r for r in driver.find_elements(By.CSS_SELECTOR, "table.list tbody tr") if "Fatma Yıldız" in r.text]
    check("and saved nothing", len(found) == 1)
    # Her details change: a talent more.
    driver.get(BASE + f"/personen/{person}/bewerken")
    check("the edit form shows what is recorded",
          driver.find_element(By.ID, "languages").get_attribute("value") == "Turks, Nederlands")
    fill(driver, {"skills": "koken, naaien, Turks tolken"})
    submit(driver, driver.find_element(By.CSS_SELECTOR, "#person-form button[type=submit]"))
    check("a changed talent shows on her page", "Turks tolken" in wait_for(driver, "dl.facts").text)
    # The household's place on the street map.
    driver.get(BASE + f"/huishoudens/{household}/bewerken")
    accessible(driver, "the address form")
    fill(driver, {"latitude": "52,0503", "longitude": "5,0507"})
    submit(driver, driver.find_element(By.CSS_SELECTOR, "#household-form button[type=submit]"))
    driver.get(BASE + f"/huishoudens/{household}/bewerken")
    check("coordinates typed with a decimal comma are kept",
          driver.find_element(By.ID, "latitude").get_attribute("value") == "52,0503")


def tie_by_search(driver):
    """A tie to a neighbour found by typing part of her name, dated the day it began."""
    sign_in(driver, "demo-worker")
    for width, height, device in DEVICES:
        driver.set_window_size(width, height)
        driver.get(BASE + "/personen/P000025")
        accessible(driver, f"the person page on a {device}")
        check(f"the person page lists nobody to choose from ({device})",
              not driver.find_elements(By.CSS_SELECTOR, "datalist#other-list option"))
    driver.set_window_size(1366, 900)
    field = driver.find_element(By.ID, "other")
    field.send_keys("sanne jong")
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "datalist#other-list option"))
    offered = {o.get_attribute("value"): o.get_attribute("label")
               for o in driver.find_elements(By.CSS_SELECTOR, "datalist#other-list option")}
    check("typing a name offers who it may be, with their address",
          "P000046" in offered and "Mussenweg 21" in offered["P000046"])
    field.clear()
    field.send_keys("P000046")
    since = driver.find_element(By.ID, "since")
    last_week = datetime.date.fromisoformat(since.get_attribute("max")) - datetime.timedelta(days=7)
    driver.execute_script("arguments[0].value = arguments[1]", since, last_week.isoformat())
    Select(driver.find_element(By.ID, "kind")).select_by_value("friend")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/banden'] button[type=submit]"))
    rows = [r for r in driver.find_elements(By.CSS_SELECTOR, "table.list tbody tr")
            if "/personen/P000046" in r.get_attribute("innerHTML") and "vriend" in r.text]
    check("the tie is recorded from the day it began", rows and last_week.strftime("%d-%m-%Y") in rows[0].text)
    # Recorded with the wrong person: taken back from the same page.
    submit(driver, driver.find_element(By.CSS_SELECTOR, "#saved form[action='/ongedaan-maken'] button"))
    check("the change can be undone right after", "ongedaan gemaakt" in wait_for(driver, "#saved").text)
    rows = [r for r in driver.find_elements(By.CSS_SELECTOR, "table.list tbody tr")
            if "/personen/P000046" in r.get_attribute("innerHTML") and "vriend" in r.text]
    check("and the tie is gone again", not rows)
    # A name that fits several people, typed without choosing, is refused with a Dutch reason.
    driver.find_element(By.ID, "other").send_keys("de Jong")
    driver.execute_script("document.getElementById('other').removeAttribute('list')")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/banden'] button[type=submit]"))
    check("a name that fits several people is refused, saying so in Dutch",
          "past bij meer dan één persoon" in driver.page_source and "Met wie" in driver.page_source)


def snapshots(driver):
    """The quarterly snapshot: a baseline of a month ago, one of today, and what changed between them,
    as a table of figures, the households that are no longer isolated, and the change map."""
    sign_in(driver, "demo-worker")
    driver.get(BASE + "/momentopnamen")
    check("before any snapshot the page says two are needed to compare", "twee momentopnamen nodig" in driver.page_source)
    day = driver.find_element(By.ID, "day")
    month_ago = datetime.date.fromisoformat(day.get_attribute("max")) - datetime.timedelta(days=30)
    fill(driver, {"label": "nulmeting"})
    driver.execute_script("arguments[0].value = arguments[1]", day, month_ago.isoformat())
    submit(driver, driver.find_element(By.CSS_SELECTOR, "#snapshot-form button[type=submit]"))
    check("a snapshot is made on the day chosen", "nulmeting" in wait_for(driver, ".flash").text
          and month_ago.strftime("%d-%m-%Y") in driver.find_element(By.ID, "snapshot-list").text)
    label = driver.find_element(By.ID, "label").get_attribute("value")
    check("the next one is named after the quarter", label.startswith(str(datetime.date.today().year)[:3]) and "-K" in label)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "#snapshot-form button[type=submit]"))
    fill(driver, {"label": "nulmeting"})
    submit(driver, driver.find_element(By.CSS_SELECTOR, "#snapshot-form button[type=submit]"))
    check("a name that is taken is refused in Dutch", "al in gebruik" in driver.page_source)
    for width, height, device in DEVICES:
        driver.set_window_size(width, height)
        driver.get(BASE + "/momentopnamen")
        check(f"the latest two are chosen to compare ({device})",
              Select(driver.find_element(By.ID, "voor")).first_selected_option.text == "nulmeting"
              and Select(driver.find_element(By.ID, "na")).first_selected_option.text == label)
        accessible(driver, f"the snapshots page on a {device}")
        submit(driver, driver.find_element(By.CSS_SELECTOR, "#compare-form button[type=submit]"))
        rows = driver.find_elements(By.CSS_SELECTOR, "#change-table tbody tr")
        check(f"the comparison shows every figure before and after ({device})", len(rows) >= 8)
        check(f"the household that made contact yesterday is no longer isolated ({device})",
              "Niet meer geïsoleerd" in driver.page_source)
        check(f"and the change map is drawn ({device})", driver.find_elements(By.CSS_SELECTOR, "figure.map svg"))
        accessible(driver, f"the comparison on a {device}")
    driver.set_window_size(1366, 900)
    screen(driver, "17-momentopnamen-vergelijken")
    driver.get(BASE + "/wijk")
    check("the overview compares with the latest snapshot and links to the comparison",
          label in driver.page_source and driver.find_elements(By.CSS_SELECTOR, "a[href='/momentopnamen']"))


def spreadsheet(driver):
    """The partner's Excel sheet, uploaded as it came: two sheets, Dutch headers, a phone column."""
    workbook = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support", "partner.xlsx")
    sign_in(driver, "demo-worker")
    for width, height, device in DEVICES:
        driver.set_window_size(width, height)
        driver.get(BASE + "/import")
        accessible(driver, f"the import page on a {device}")
    driver.set_window_size(1366, 900)
    driver.find_element(By.ID, "files").send_keys(os.path.abspath(workbook))
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/import'] button[type=submit]"))
    done = wait_for(driver, "section.panel.ok")
    check("an Excel workbook imports", "Geïmporteerd" in done.text and "partner.xlsx" in done.text)
    check("and says which of its own columns were kept",
          "partner.xlsx [Bewoners]: telefoon" in driver.find_element(By.ID, "kept").text)
    screen(driver, "20-import-excel")
    driver.get(BASE + "/zoeken?q=anneke+de+boer")
    check("the persons of the workbook can be found", "Lijsterlaan 4" in driver.find_element(By.CSS_SELECTOR, "table.list").text)
    driver.get(BASE + "/personen/X003")
    check("the partner's own column shows on the person's page",
          "0612-345678" in driver.find_element(By.ID, "own-fields").text)


def search(driver):
    """The worker types what she remembers into the search box, on a laptop and on a tablet."""
    sign_in(driver, "demo-worker")
    for width, height, device in ((1366, 900, "laptop"), (820, 1180, "tablet")):
        driver.set_window_size(width, height)
        driver.get(BASE + "/zoeken")
        field = driver.find_element(By.ID, "q")
        field.send_keys("de Jong")
        submit(driver, driver.find_element(By.CSS_SELECTOR, "form[role=search] button[type=submit]"))
        names = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "table.list tbody td:first-child a")]
        check(f"'de Jong' finds the de Jongs ({device})", names and all("Jong" in name for name in names[:5]))
        check(f"and says how many were found ({device})", "gevonden" in wait_for(driver, "#search-count").text)
        accessible(driver, f"the search page on a {device}")
        if device == "laptop":
            screen(driver, "13-zoeken")
        driver.get(BASE + "/zoeken?q=ozturk")
        check(f"'ozturk' finds Öztürk ({device})", "Öztürk" in driver.find_element(By.CSS_SELECTOR, "table.list").text)
        driver.get(BASE + "/zoeken?q=Mussenweg+90")
        rows = driver.find_elements(By.CSS_SELECTOR, "table.list tbody tr")
        check(f"'Mussenweg 90' finds who lives there ({device})",
              rows and all("Mussenweg 90" in row.text for row in rows))
    driver.get(BASE + "/zoeken?q=Mussenweg")
    next_page = driver.find_elements(By.CSS_SELECTOR, "nav.paging a[rel=next]")
    check("a long list of results comes in pages", bool(next_page))
    if next_page:
        first = driver.find_element(By.CSS_SELECTOR, "table.list tbody tr").text
        submit(driver, next_page[0])
        check("the next page shows the next results", driver.find_element(By.CSS_SELECTOR, "table.list tbody tr").text != first
              and "26–" in driver.find_element(By.ID, "search-count").text)
    driver.set_window_size(1366, 900)
