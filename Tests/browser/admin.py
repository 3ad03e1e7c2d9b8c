"""The team's functioneel beheerder adds a new colleague, who signs in; resets a forgotten password;
ends a colleague's sessions and disables an account; and the colleague sets up a second factor
with the QR code on her own account page.
"""
import base64
import hashlib
import hmac
import struct
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

from support import BASE, PASSWORDS, accessible, check, gone, screen, sign_in, submit, wait_for

DEVICES = ((1366, 900, "laptop"), (820, 1180, "tablet"))


def totp(secret, at=None):
    """The six-digit code an authenticator app shows for `secret` (RFC 6238, SHA-1, 30 s)."""
    key = base64.b32decode(secret.replace(" ", "").upper())
    counter = int((time.time() if at is None else at) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)


def sign_in_as(driver, name, password, code=None):
    driver.delete_all_cookies()
    driver.get(BASE + "/aanmelden")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(password)
    if code:
        driver.find_element(By.ID, "totp").send_keys(code)
    button = driver.find_element(By.CSS_SELECTOR, "form[action='/aanmelden'] button[type=submit]")
    button.click()
    WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".error, header nav"))
    return "/aanmelden" not in driver.current_url


def user_row(driver, name):
    for row in driver.find_elements(By.CSS_SELECTOR, "#user-list tbody tr[id^=user-]"):
        if row.find_element(By.TAG_NAME, "strong").text == name:
            return row
    return None


def open_actions(driver, name):
    row = user_row(driver, name)
    actions = row.find_element(By.XPATH, "following-sibling::tr[1]")
    actions.find_element(By.TAG_NAME, "summary").click()
    return actions


def administration(driver):
    sign_in(driver, "demo-admin")
    for width, height, device in DEVICES:
        driver.set_window_size(width, height)
        driver.get(BASE + "/beheer")
        check(f"the administration lists the accounts ({device})", user_row(driver, "demo-worker") is not None)
        accessible(driver, f"the administration on a {device}")
    driver.set_window_size(1366, 900)
    # A new colleague.
    driver.find_element(By.ID, "new-name").send_keys("nieuwe-collega")
    Select(driver.find_element(By.ID, "new-role")).select_by_value("worker")
    Select(driver.find_element(By.ID, "new-team")).select_by_visible_text("Oost")
    driver.find_element(By.ID, "new-password").send_keys("welkom-in-de-wijk")
    screen(driver, "18-beheer")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "#add-user button[type=submit]"))
    check("an admin adds a colleague", "nieuwe-collega" in wait_for(driver, ".flash").text
          and user_row(driver, "nieuwe-collega") is not None)
    check("the new colleague signs in and starts on the overview",
          sign_in_as(driver, "nieuwe-collega", "welkom-in-de-wijk") and driver.current_url.endswith("/wijk"))
    # A forgotten password, reset by the admin.
    sign_in(driver, "demo-admin")
    driver.get(BASE + "/beheer")
    actions = open_actions(driver, "nieuwe-collega")
    actions.find_element(By.CSS_SELECTOR, "input[name=password]").send_keys("een-tijdelijk-wachtwoord")
    actions.find_element(By.CSS_SELECTOR, "form[action$='/wachtwoord'] button").click()
    WebDriverWait(driver, 10).until(lambda d: d.switch_to.alert).accept()
    wait_for(driver, ".flash")
    check("after a reset the old password no longer works", not sign_in_as(driver, "nieuwe-collega", "welkom-in-de-wijk"))
    check("and the new one does", sign_in_as(driver, "nieuwe-collega", "een-tijdelijk-wachtwoord"))
    # She sets up her own second factor with the QR code.
    driver.get(BASE + "/mijn-account")
    submit(driver, driver.find_element(By.LINK_TEXT, "Tweede factor instellen"))
    check("the second factor comes as a QR code", driver.find_elements(By.CSS_SELECTOR, ".qr svg path"))
    accessible(driver, "the second factor page")
    screen(driver, "19-tweede-factor")
    secret = driver.find_element(By.ID, "totp-secret").text
    driver.find_element(By.ID, "code").send_keys("000000" if totp(secret) != "000000" else "111111")
    driver.find_element(By.ID, "current_password").send_keys("een-tijdelijk-wachtwoord")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "#enrol-form button[type=submit]"))
    check("a wrong code is refused in Dutch", "code: klopt niet" in driver.page_source)
    secret = driver.find_element(By.ID, "totp-secret").text
    driver.find_element(By.ID, "code").send_keys(totp(secret))
    driver.find_element(By.ID, "current_password").send_keys("een-tijdelijk-wachtwoord")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "#enrol-form button[type=submit]"))
    check("the right code sets it up, and she signs in again", "tweede factor is ingesteld" in driver.page_source)
    check("without the code she cannot sign in", not sign_in_as(driver, "nieuwe-collega", "een-tijdelijk-wachtwoord"))
    check("with it she can", sign_in_as(driver, "nieuwe-collega", "een-tijdelijk-wachtwoord", totp(secret)))
    # The admin signs her out everywhere, then disables the account.
    colleague = driver.get_cookies()
    sign_in(driver, "demo-admin")
    driver.get(BASE + "/beheer")
    actions = open_actions(driver, "nieuwe-collega")
    actions.find_element(By.CSS_SELECTOR, "form[action$='/afmelden'] button").click()
    WebDriverWait(driver, 10).until(lambda d: d.switch_to.alert).accept()
    wait_for(driver, ".flash")
    admin = driver.get_cookies()
    driver.delete_all_cookies()
    for cookie in colleague:
        driver.add_cookie({"name": cookie["name"], "value": cookie["value"], "path": "/"})
    driver.get(BASE + "/wijk")
    check("a colleague signed out by the admin is asked to sign in again", "/aanmelden" in driver.current_url)
    driver.delete_all_cookies()
    for cookie in admin:
        driver.add_cookie({"name": cookie["name"], "value": cookie["value"], "path": "/"})
    driver.get(BASE + "/beheer")
    actions = open_actions(driver, "nieuwe-collega")
    actions.find_element(By.CSS_SELECTOR, "form[action$='/status'] button").click()
    WebDriverWait(driver, 10).until(lambda d: d.switch_to.alert).accept()
    wait_for(driver, ".flash")
    check("a disabled account shows as disabled", "uitgeschakeld" in user_row(driver, "nieuwe-collega").text)
    check("and cannot sign in", not sign_in_as(driver, "nieuwe-collega", "een-tijdelijk-wachtwoord", totp(secret)))
    # A team for a new wijk.
    sign_in(driver, "demo-admin")
    driver.get(BASE + "/beheer")
    driver.find_element(By.ID, "team-name").send_keys("Zuid")
    driver.find_element(By.ID, "team-wijken").send_keys("Zuidrand, Het Hof")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/beheer/teams'] button[type=submit]"))
    rows = [r.text for r in driver.find_elements(By.CSS_SELECTOR, "#team-list tbody tr")]
    check("an admin adds a team with its wijken", any("Zuid" in r and "Het Hof, Zuidrand" in r for r in rows))
    sign_in(driver, "demo-worker")
    driver.get(BASE + "/beheer")
    check("a worker may not open the administration", "Uw rol mag dit niet" in driver.page_source)


def help_pages(driver):
    """Each role finds help for its own work, step by step, from every page."""
    for name, present, absent in (("demo-worker", "Huisbezoeken vastleggen", "Accounts en teams beheren"),
                                  ("demo-coordinator", "Koppelen", "Huisbezoeken vastleggen"),
                                  ("demo-admin", "Accounts en teams beheren", None)):
        sign_in(driver, name)
        submit(driver, driver.find_element(By.LINK_TEXT, "Hulp"))
        titles = [h.text for h in driver.find_elements(By.CSS_SELECTOR, "section.help-section h2")]
        check(f"the help of a {name[5:]} explains their own work", present in titles
              and (absent is None or absent not in titles))
        check(f"step by step ({name[5:]})", len(driver.find_elements(By.CSS_SELECTOR, "section.help-section li")) >= 4)
    for width, height, device in DEVICES:
        driver.set_window_size(width, height)
        accessible(driver, f"the help page on a {device}")
    driver.set_window_size(1366, 900)


def account(driver):
    """A worker changes her own password, then signs out everywhere."""
    sign_in(driver, "demo-account")
    for width, height, device in ((1366, 900, "laptop"), (820, 1180, "tablet")):
        driver.set_window_size(width, height)
        driver.find_element(By.CSS_SELECTOR, "a[href='/mijn-account']").click()
        wait_for(driver, "#current_password")
        accessible(driver, f"the account page on a {device}")
    driver.set_window_size(1366, 900)
    screen(driver, "15-mijn-account")
    driver.find_element(By.ID, "current_password").send_keys("not the password")
    driver.find_element(By.ID, "new_password").send_keys("een-nieuw-wachtwoord")
    driver.find_element(By.ID, "repeat_password").send_keys("een-nieuw-wachtwoord")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/mijn-account/wachtwoord'] button"))
    check("a wrong current password is refused in Dutch", "klopt niet" in wait_for(driver, ".error").text)
    driver.find_element(By.ID, "current_password").send_keys(PASSWORDS["demo-account"])
    driver.find_element(By.ID, "new_password").send_keys("een-nieuw-wachtwoord")
    driver.find_element(By.ID, "repeat_password").send_keys("een-nieuw-wachtwoord")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/mijn-account/wachtwoord'] button"))
    check("after a password change she signs in again", "/aanmelden" in driver.current_url
          and "gewijzigd" in wait_for(driver, ".flash").text)
    PASSWORDS["demo-account"] = "een-nieuw-wachtwoord"
    sign_in(driver, "demo-account")
    check("with the new password", "/aanmelden" not in driver.current_url)
    driver.get(BASE + "/mijn-account")
    everywhere = driver.find_element(By.CSS_SELECTOR, "form[action='/mijn-account/overal-afmelden'] button")
    everywhere.click()
    WebDriverWait(driver, 10).until(expected_conditions.alert_is_present()).accept()
    WebDriverWait(driver, 30).until(lambda _: gone(everywhere))
    driver.get(BASE + "/wijk")
    check("signing out everywhere ends this session too", "/aanmelden" in driver.current_url)
