"""The scripted browser of the pages section of `make bench`.

    page_client.py PORT DATA_DIR    the passwords of werker, beheerder and coordinator on stdin, one a line

Signs in as a worker, an admin and a coordinator and opens every page a user opens, in a fixed order, each
first once (cold: analyses are cached after the first request) and then WARM times more. Prints a line of
progress per page on standard error, and on its last line {"pages": [...], "snapshots_ms": [...]}, a page being
{"page", "role", "status", "cold_ms", "warm_ms", "bytes", "bytes_without_map", "map_links_bytes", "gzip_bytes",
"gzip_without_map_bytes"} (milliseconds to the first byte, sizes in bytes).

Time to first byte is measured from the moment the request is sent on an open loopback connection until the
first byte of the answer can be read, so it is the service's time and not the client's. The timed requests ask
for gzip, as a browser does; one more request without it gives the size of the page as it is. The size without
the map leaves out the inline map (the <figure class="map"> element of map.mustache, with the links of its elements
in its data-links attribute, whose size is given apart); its gzip size is made here at level 6, zlib's default.

The persons and households come from the generated files and the pages themselves: the resident with the most
ties (the largest netwerkkaart), and the first isolated household of the outreach worklist. Two snapshots are
made through the snapshot form before the snapshot pages are opened.

Only the standard library; loopback only.
"""

import csv
import datetime
import gzip
import html
import http.client
import json
import re
import select
import statistics
import sys
import time
import urllib.parse

WARM = 7
MAP = re.compile(rb'<figure class="map".*?</figure>', re.DOTALL)
LINKS = re.compile(rb'<figure class="map" data-links="([^"]*)"')
CSRF = re.compile(r'name="csrf" value="([^"]*)"')
ISOLATED = re.compile(r'<span class="badge isolated">[^<]*</span> <a href="/huishoudens/([^"#]+)"')

# The pages in the order they are opened, as (role, path); {person}, {household}, {before} and {after} are filled
# in when they are known. "anyone" opens a page without signing in.
PAGES = [
    ("anyone", "/aanmelden"),
    ("worker", "/wijk"),
    ("worker", "/wijk/kaart.json"),
    ("worker", "/wijk?kaart=huishoudens"),
    ("worker", "/sleutelfiguren"),
    ("worker", "/geisoleerd"),
    ("worker", "/zoeken?q=de+jong"),
    ("worker", "/personen/{person}"),
    ("worker", "/huishoudens/{household}"),
    ("worker", "/personen/nieuw"),
    ("worker", "/personen/{person}/bewerken"),
    ("worker", "/huishoudens/{household}/bewerken"),
    ("worker", "/momentopnamen"),
    ("worker", "/momentopnamen/vergelijk?voor={before}&na={after}"),
    ("worker", "/import"),
    ("worker", "/mijn-account"),
    ("worker", "/mijn-account/tweede-factor"),
    ("worker", "/hulp"),
    ("coordinator", "/matching"),
    ("admin", "/beheer"),
    ("admin", "/audit"),
    ("admin", "/personen/{person}/wissen"),
    ("anyone", "/static/weefsel.css"),
    ("anyone", "/static/weefsel.js"),
]
MAP_DATA = {"/wijk/kaart.json"}
USERS = {"worker": "werker", "admin": "beheerder", "coordinator": "coordinator"}


def request(port, path, cookie=None, compressed=True, method="GET", body=None):
    """One request on a fresh connection: (status, milliseconds to the first byte, headers, body as sent)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    connection.connect()
    headers = {"Accept": "text/html"}
    if compressed:
        headers["Accept-Encoding"] = "gzip"
    if cookie:
        headers["Cookie"] = cookie
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    start = time.perf_counter()
    connection.request(method, path, body=body, headers=headers)
    select.select([connection.sock], [], [], 300)
    first = time.perf_counter()
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, (first - start) * 1000, response.headers, data


def sign_in(port, name, password):
    """The session cookie of `name`."""
    form = urllib.parse.urlencode({"name": name, "password": password})
    status, _, headers, _ = request(port, "/aanmelden", method="POST", body=form)
    cookies = [value.split(";")[0] for value in headers.get_all("Set-Cookie") or []]
    if status != 303 or not cookies:
        raise SystemExit(f"sign-in of {name} failed with status {status}")
    return "; ".join(cookies)


def text(body, headers):
    """The page as text, unpacked when it came compressed."""
    if headers.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return body.decode("utf-8")


def measure(port, role, path, cookie):
    """The figures of one page, and its text."""
    status, cold, headers, body = request(port, path, cookie)
    if status != 200:
        raise SystemExit(f"{path} as {role} answered {status}")
    warm = []
    for _ in range(WARM):
        status, milliseconds, headers, body = request(port, path, cookie)
        if status != 200:
            raise SystemExit(f"{path} as {role} answered {status}")
        warm.append(milliseconds)
    _, _, plain_headers, plain = request(port, path, cookie, compressed=False)
    if plain_headers.get("Content-Encoding"):
        raise SystemExit(f"{path} came compressed without being asked")
    # The data of the explorable map is the map itself.
    without_map = b"" if path in MAP_DATA else MAP.sub(b"", plain)
    links = sum(len(found) for found in LINKS.findall(plain))
    figures = {
        "page": path, "role": role, "status": status, "cold_ms": round(cold, 2),
        "warm_ms": [round(value, 2) for value in warm], "bytes": len(plain), "bytes_without_map": len(without_map),
        "map_links_bytes": links, "gzip_bytes": len(body) if headers.get("Content-Encoding") == "gzip" else len(plain),
        "gzip_without_map_bytes": len(gzip.compress(without_map, compresslevel=6, mtime=0)),
    }
    print(f"  {role:<11} {path}: cold {cold:.0f} ms, warm median {statistics.median(warm):.0f} ms, "
          f"{len(plain) / 1000:.0f} KB", file=sys.stderr, flush=True)
    return figures, text(body, headers)


def busiest_resident(directory):
    """The resident with the most ties in the generated files (the lowest id among equals)."""
    with open(f"{directory}/nodes.csv", newline="") as handle:
        residents = {row["id"] for row in csv.DictReader(handle) if row["kind"] == "resident"}
    counts = dict.fromkeys(residents, 0)
    with open(f"{directory}/ties.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            for end in (row["source"], row["target"]):
                if end in counts:
                    counts[end] += 1
    return min(counts, key=lambda person: (-counts[person], person))


def make_snapshot(port, cookie, csrf, label, day):
    """Makes a snapshot through the form and returns how long the service took to answer."""
    form = urllib.parse.urlencode({"label": label, "day": day, "csrf": csrf})
    status, milliseconds, _, _ = request(port, "/momentopnamen", cookie, method="POST", body=form)
    if status != 303:
        raise SystemExit(f"making snapshot {label} answered {status}")
    return round(milliseconds, 2)


def main(port, directory):
    passwords = dict(zip(["worker", "admin", "coordinator"], (line.rstrip("\n") for line in sys.stdin)))
    cookies = {role: sign_in(port, USERS[role], passwords[role]) for role in USERS}
    cookies["anyone"] = None
    # The day in UTC is never later than the service's Dutch day, so the snapshot's day is never in its future.
    today = datetime.datetime.now(datetime.timezone.utc).date()
    values = {"person": urllib.parse.quote(busiest_resident(directory), safe=""), "before": "bench-voor",
              "after": "bench-na"}
    pages, snapshots, csrf = [], [], None
    for role, template in PAGES:
        if template.startswith("/huishoudens/") and "household" not in values:
            raise SystemExit("the worklist shows no isolated household")
        if template == "/momentopnamen":
            quarter_ago = str(today - datetime.timedelta(days=91))
            snapshots.append(make_snapshot(port, cookies[role], csrf, "bench-voor", quarter_ago))
            snapshots.append(make_snapshot(port, cookies[role], csrf, "bench-na", str(today)))
        figures, page = measure(port, role, template.format(**values), cookies[role])
        pages.append(figures)
        found_csrf = CSRF.search(page) if role == "worker" else None
        if found_csrf:
            csrf = html.unescape(found_csrf.group(1))
        if template == "/geisoleerd":
            found = ISOLATED.search(page)
            if found:
                values["household"] = urllib.parse.quote(html.unescape(found.group(1)), safe="")
    print(json.dumps({"pages": pages, "snapshots_ms": snapshots}))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(int(sys.argv[1]), sys.argv[2])
