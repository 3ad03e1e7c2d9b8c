"""What every browser scenario of Weefsel uses: the service's address, the demo accounts, a
headless chromium, checks that are counted and printed, screenshots, signing in and waiting for
pages. Usage of the scenarios: test_pages.py BASE_URL [--screens DIR]
"""
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

BASE = sys.argv[1]
SCREENS = sys.argv[sys.argv.index("--screens") + 1] if "--screens" in sys.argv else None
PASSWORDS = {"demo-admin": "browser-admin-password", "demo-coordinator": "browser-coordinator-password",
             "demo-worker": "browser-worker-password", "demo-viewer": "browser-viewer-password",
             "noord-worker": "browser-noord-password", "demo-account": "browser-account-password"}
counts = {"passed": 0, "failed": 0}


def browser():
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1366,900", "--lang=nl-NL"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def check(name, condition):
    if condition:
        counts["passed"] += 1
        print(f"ok: {name}")
    else:
        counts["failed"] += 1
        print(f"FAILED: {name}", file=sys.stderr)


def screen(driver, name):
    if SCREENS:
        os.makedirs(SCREENS, exist_ok=True)
        height = driver.execute_script("return Math.min(document.body.scrollHeight, 2400)")
        driver.set_window_size(1366, max(900, height))
        driver.save_screenshot(os.path.join(SCREENS, name + ".png"))
        driver.set_window_size(1366, 900)


def sign_in(driver, name):
    driver.delete_all_cookies()
    driver.get(BASE + "/aanmelden")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(PASSWORDS[name])
    driver.find_element(By.CSS_SELECTOR, "form[action='/aanmelden'] button[type=submit]").click()
    WebDriverWait(driver, 20).until(lambda d: "/aanmelden" not in d.current_url)


def submit(driver, button):
    """Clicks `button` and waits until the browser has left the page it was on."""
    button.click()
    WebDriverWait(driver, 30).until(lambda _: gone(button))


def gone(element):
    """Whether `element` left the document. Chromium answers for a node of a page that is being
    replaced either as stale or with an inspector error that the node left the document."""
    try:
        element.is_enabled()
        return False
    except WebDriverException:
        return True


def wait_for(driver, css, seconds=30):
    return WebDriverWait(driver, seconds).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, css)))


UNLABELLED = """
return [...document.querySelectorAll('input, select, textarea')]
  .filter(e => e.type !== 'hidden' && e.type !== 'radio')
  .filter(e => !(e.id && document.querySelector(`label[for="${e.id}"]`)) && !e.getAttribute('aria-label'))
  .map(e => e.name || e.outerHTML.slice(0, 60));
"""


def accessible(driver, page):
    """Every field of `page` has a label, and the page fits the window without sideways scrolling."""
    unlabelled = driver.execute_script(UNLABELLED)
    check(f"every field on {page} has a label", not unlabelled)
    for field in unlabelled:
        print("  unlabelled:", field, file=sys.stderr)
    wide = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    check(f"{page} fits the window ({wide} px too wide)", wide <= 0)


def menu(driver):
    return [a.text for a in driver.find_elements(By.CSS_SELECTOR, "header nav a")]
