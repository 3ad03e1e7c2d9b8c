"""The explorable map of the pages section of `make bench`, in Debian's Chromium.

    webmap_client.py PORT    the worker's password on stdin

Signs in as the worker (werker) and opens the wijk overview twice: the first time the service lays the map out
(once per change of the data), the second time it answers from what it kept. For each, the time from the start of
the navigation until the page's script has drawn the map (the `data-ready` mark it sets), from the browser's own
clock, and what travelled over the wire for the page, its scripts and styles and the map's data (transfer sizes,
compressed as the browser asked). Prints one JSON line {"loads": [{"interactive_ms", "page_bytes", "data_bytes",
"transfer_bytes", "people"}]}.
"""
import json
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

READY = "const r = document.querySelector('.webmap'); return r && r.dataset.ready === 'true'"
FIGURES = """
const navigation = performance.getEntriesByType('navigation')[0];
const resources = performance.getEntriesByType('resource');
const data = resources.filter((r) => r.name.includes('/wijk/kaart.json'));
return {interactive_ms: Number(document.querySelector('.webmap').dataset.readyAt) - navigation.startTime,
        page_bytes: navigation.transferSize, data_bytes: data.reduce((s, r) => s + r.transferSize, 0),
        transfer_bytes: navigation.transferSize + resources.reduce((s, r) => s + r.transferSize, 0),
        people: Number(document.querySelector('.webmap').dataset.visible)};
"""


def main(port):
    password = sys.stdin.readline().rstrip("\n")
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1366,900",
                     "--disk-cache-size=1"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    base = f"http://127.0.0.1:{port}"
    loads = []
    try:
        driver.get(base + "/aanmelden")
        driver.find_element(By.NAME, "name").send_keys("werker")
        driver.find_element(By.NAME, "password").send_keys(password)
        driver.find_element(By.CSS_SELECTOR, "form[action='/aanmelden'] button[type=submit]").click()
        for _ in range(2):
            driver.get(base + "/wijk")
            deadline = time.time() + 600
            while not driver.execute_script(READY):
                if time.time() > deadline:
                    raise SystemExit("the explorable map was not drawn within 600 s")
                time.sleep(0.05)
            loads.append(driver.execute_script(FIGURES))
            print(f"  explorable map: interactive after {loads[-1]['interactive_ms']:.0f} ms, "
                  f"{loads[-1]['transfer_bytes'] / 1000:.0f} KB over the wire", file=sys.stderr, flush=True)
    finally:
        driver.quit()
    print(json.dumps({"loads": loads}))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(int(sys.argv[1]))
