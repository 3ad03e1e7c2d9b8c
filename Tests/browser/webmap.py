"""The explorable map of the wijk, as a team uses it in a meeting: someone types a name and the map
shows that person and who is around them; another filters to one kind of tie or one group; on a
tablet a tap shows a name and a second tap opens the page; the map is printed and downloaded.
"""
import os

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from support import BASE, SCREENS, accessible, check, screen, sign_in, submit, wait_for

DEVICES = ((1366, 900, "laptop"), (820, 1180, "tablet"))
READY = "const r = document.querySelector('.webmap'); return r && r.dataset.ready === 'true'"
STATE = "const r = document.querySelector('.webmap'); return [r.dataset.visible, r.dataset.focus || '', r.dataset.focused || '']"
CAPTURE = ("window.__saved = []; const make = URL.createObjectURL;"
           " URL.createObjectURL = (blob) => { window.__saved.push(blob); return make.call(URL, blob); };")
FIRST_BYTES = ("const done = arguments[arguments.length - 1]; const blob = window.__saved[window.__saved.length - 1];"
               " if (!blob) { done(null); return; }"
               " blob.slice(0, 8).arrayBuffer().then((a) => done([blob.type, Array.from(new Uint8Array(a))]));")


def open_map(driver, device):
    driver.get(BASE + "/wijk")
    WebDriverWait(driver, 120).until(lambda d: d.execute_script(READY))
    canvas = driver.find_element(By.CSS_SELECTOR, ".webmap-canvas")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", canvas)
    return canvas


def tap(driver, canvas, index):
    """Clicks (taps) node `index` of the map where it is drawn."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", canvas)
    x, y = driver.execute_script("return window.weefselWebMap.screenOf(arguments[0])", index)
    width, height = canvas.size["width"], canvas.size["height"]
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - width / 2), int(y - height / 2)).click().perform()


def web_map(driver):
    sign_in(driver, "demo-worker")
    for width, height, device in DEVICES:
        driver.set_window_size(width, height)
        canvas = open_map(driver, device)
        total = int(driver.execute_script(STATE)[0])
        check(f"the explorable map shows the people of the wijk ({device})", total > 300)
        accessible(driver, f"the explorable map ({device})")

        # Search and focus: the person, and who is one or two steps away, the rest faded.
        name = driver.execute_script("const d = window.weefselWebMap.data; return d.labels[d.ties[0]]")
        field = driver.find_element(By.ID, "webmap-q")
        field.clear()
        field.send_keys(name)
        driver.find_element(By.CSS_SELECTOR, ".webmap-search button").click()
        WebDriverWait(driver, 10).until(lambda d: d.execute_script(STATE)[1] == name)
        _, focus, focused = driver.execute_script(STATE)
        info = driver.find_element(By.CSS_SELECTOR, ".webmap-info").text
        check(f"typing a name focuses the map on that person ({device})", focus == name and name in info)
        check(f"the focus holds who is around them ({device})", 1 < int(focused) < total)
        check(f"the focused person has a link to their page ({device})",
              bool(driver.find_elements(By.CSS_SELECTOR, ".webmap-info a[href^='/personen/']")))
        if SCREENS and device == "laptop":
            driver.execute_script("arguments[0].scrollIntoView({block: 'end'})", canvas)
            driver.save_screenshot(os.path.join(SCREENS, "21-kaart-zoeken.png"))

        # Filters: a group, then the tie kinds; the list beside the map follows.
        group = Select(driver.find_element(By.CSS_SELECTOR, ".webmap-filters select[name=group]"))
        group.select_by_index(1)
        in_group = int(driver.execute_script(STATE)[0])
        check(f"choosing a group shows only its people ({device})", 0 < in_group < total)
        listed = len(driver.find_elements(By.CSS_SELECTOR, ".webmap-list li button"))
        check(f"the list beside the map holds who the map shows ({device})", listed == min(in_group, 300))
        group.select_by_index(0)
        for box in driver.find_elements(By.CSS_SELECTOR, ".webmap-filters input[name=kind]"):
            if box.get_attribute("value") != "conflict" and box.is_selected():
                driver.execute_script("arguments[0].click()", box)
        shown_kinds = driver.execute_script("return [...window.weefselWebMap.filter.kinds]")
        check(f"the tie filter can show conflict ties alone ({device})", shown_kinds == ["conflict"])
        for box in driver.find_elements(By.CSS_SELECTOR, ".webmap-filters input[name=kind]"):
            if not box.is_selected():
                driver.execute_script("arguments[0].click()", box)

        # A tap shows the name; a second tap on the same person opens the page.
        driver.find_element(By.CSS_SELECTOR, "[data-act=reset]").click()
        index = driver.execute_script(
            "const m = window.weefselWebMap; const w = m.canvas.clientWidth, h = m.canvas.clientHeight;"
            " return m.visible.find((v) => { const [x, y] = m.screenOf(v);"
            " return x > 40 && y > 40 && x < w - 40 && y < h - 40 && m.nearest(x, y) === v && m.data.ids[v].startsWith('P'); })")
        driver.execute_script("window.weefselWebMap.zoom(1)")
        tap(driver, canvas, index)
        label = driver.execute_script("return window.weefselWebMap.data.labels[arguments[0]]", index)
        check(f"a tap shows the person's name ({device})",
              label in driver.find_element(By.CSS_SELECTOR, ".webmap-info").text)
        if device == "tablet":
            tap(driver, canvas, index)
            WebDriverWait(driver, 20).until(lambda d: "/personen/" in d.current_url)
            check("a second tap opens the person's page (tablet)", "/personen/" in driver.current_url)
            canvas = open_map(driver, device)

        # Downloads of what is shown, made in the browser.
        driver.execute_script(CAPTURE)
        for kind, start in (("png", [137, 80, 78, 71]), ("svg", list(b"<svg")), ("pdf", list(b"%PDF"))):
            driver.find_element(By.CSS_SELECTOR, f"[data-act={kind}]").click()
            WebDriverWait(driver, 10).until(lambda d: d.execute_script("return window.__saved.length") > 0)
            saved = driver.execute_async_script(FIRST_BYTES)
            check(f"the {kind.upper()} download holds a {kind.upper()} file ({device})",
                  saved is not None and saved[1][:len(start)] == start)
            driver.execute_script("window.__saved = []")

        # Print: the map and nothing of the page around it.
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        hidden = driver.execute_script(
            "return ['header.top', '.webmap-filters', '.map-tools', 'footer.foot'].every("
            "(s) => getComputedStyle(document.querySelector(s)).display === 'none')")
        shown = driver.execute_script("return getComputedStyle(document.querySelector('.webmap-canvas')).display")
        check(f"printing leaves the map without menus and filters ({device})", hidden and shown != "none")
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    driver.set_window_size(1366, 900)


def worker_map(driver):
    sign_in(driver, "demo-worker")
    WebDriverWait(driver, 120).until(lambda d: d.execute_script(
        "const r = document.querySelector('.webmap'); return r && r.dataset.ready === 'true'"))
    shown = int(driver.execute_script("return document.querySelector('.webmap').dataset.visible"))
    check("the wijk map shows the people of the wijk", shown > 300)
    indicators = driver.find_elements(By.CSS_SELECTOR, "table.figures tbody tr")
    check("the overview lists the indicators", len(indicators) >= 10)
    size = driver.execute_script("return new Blob([document.documentElement.outerHTML]).size")
    check("the overview page is under 200 KB", size < 200_000)
    screen(driver, "02-wijkoverzicht")
    scale = "return window.weefselWebMap.scale"
    whole = driver.execute_script(scale)
    driver.find_element(By.CSS_SELECTOR, "[data-act=in]").click()
    check("zooming in shows a smaller part of the map", driver.execute_script(scale) > whole)
    target = driver.execute_script(
        "const m = window.weefselWebMap; const v = m.data.ids.findIndex((id) => id.startsWith('P'));"
        " m.focusOn([v]); return '/personen/' + m.data.ids[v];")
    driver.find_element(By.CSS_SELECTOR, ".webmap-info a").click()
    WebDriverWait(driver, 20).until(lambda d: d.current_url.endswith(target))
    check("a person chosen on the map opens their page", driver.current_url.endswith(target))
    check("a person's page lists their ties", len(driver.find_elements(By.CSS_SELECTOR, "table.list tbody tr")) >= 1)
    screen(driver, "05-persoon")
    household = driver.find_elements(By.CSS_SELECTOR, "p.lead a[href^='/huishoudens/']")
    check("a person's page links to their household", bool(household))
    if household:
        submit(driver, household[0])
        wait_for(driver, "figure.map svg")
        check("the household page shows its netwerkkaart", "Netwerkkaart van het huishouden" in driver.page_source)
        check("the netwerkkaart draws the household's contacts",
              len(driver.find_elements(By.CSS_SELECTOR, "figure.map g.node")) >= 3)
        screen(driver, "06-huishouden")


def household_map(driver):
    sign_in(driver, "demo-worker")
    driver.get(BASE + "/wijk?kaart=huishoudens")
    wait_for(driver, "figure.map g.node[data-href^='/huishoudens/']")
    target = driver.execute_script(
        "const n = document.querySelector(\"figure.map g.node[data-href^='/huishoudens/']\");"
        " n.dispatchEvent(new MouseEvent('click')); return n.dataset.href;")
    WebDriverWait(driver, 20).until(lambda d: d.current_url.endswith(target))
    check("clicking a household on the households map opens it", "Netwerkkaart van het huishouden" in driver.page_source)
