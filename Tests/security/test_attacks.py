"""Every attack of issue "Weefsel holds against a curious insider and a hostile network", replayed
against a running service. Each check states what must hold; a failure names the attack."""
import hashlib
import http.client
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse

BASE = sys.argv[1]
HOST, PORT = urllib.parse.urlparse(BASE).hostname, urllib.parse.urlparse(BASE).port
passed = failed = 0
server_errors = []


def check(name, ok):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAILED: {name}")


class Client:
    """One browser or script: a cookie jar of one session, and every status it saw."""

    def __init__(self):
        self.cookie = None
        self.csrf = None

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection(HOST, PORT, timeout=60)
        headers = dict(headers or {})
        if self.cookie:
            headers["Cookie"] = self.cookie
        if self.csrf and method not in ("GET", "HEAD"):
            headers.setdefault("X-CSRF-Token", self.csrf)
        if isinstance(body, (dict, list)):
            body = json.dumps(body)
            headers.setdefault("Content-Type", "application/json")
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        if response.status >= 500:
            server_errors.append(f"{method} {path}: {response.status}")
        cookie = response.getheader("Set-Cookie")
        if cookie and cookie.startswith("weefsel_session=") and "Max-Age=0" not in cookie:
            self.cookie = cookie.split(";")[0]
        connection.close()
        return response.status, dict(response.getheaders()), text

    def sign_in(self, name, password):
        status, _, text = self.request("POST", "/api/login", {"name": name, "password": password})
        if status == 200:
            self.csrf = json.loads(text).get("csrf_token")
        return status


def account(name):
    client = Client()
    role = name.split("-")[1]
    assert client.sign_in(name, f"security-{role}-password") == 200, name
    return client


worker, coordinator, admin = account("oost-worker"), account("oost-coordinator"), account("oost-admin")
noord_worker, noord_admin = account("noord-worker"), account("noord-admin")

# 1. Another team's household taken over by CSV.
csv = "id,kind,name,household,wijk,street\nNX900,resident,Mallory,H00002,Noord,Overgenomen\n"
status, _, _ = noord_worker.request("POST", "/api/import/nodes?name=nodes.csv", csv, {"Content-Type": "text/csv"})
check("1 an import naming another team's household is refused", 400 <= status < 500)
status, _, text = worker.request("GET", "/api/households/H00002")
check("1 and the household stays the team's own, with its address", status == 200 and "Overgenomen" not in text)

# 2. Names recovered through search by a coordinator.
status, _, text = coordinator.request("GET", "/api/persons?q=Ha")
check("2 a coordinator's search by the letters of a name finds nobody", status == 200 and json.loads(text) == [])
status, _, text = coordinator.request("GET", "/api/persons?q=Mussenweg")
check("2 nor by a street", status == 200 and json.loads(text) == [])

# 3. One name turns the main pages into 500s.
status, _, _ = worker.request(
    "POST", "/api/persons", {"id": "P900001", "kind": "resident", "name": "Anna (zie javascript: uitleg)",
                             "household": "H00001"})
check("3 a person named after javascript: is added", status == 201)
worker.request("POST", "/api/ties", {"source": "P900001", "target": "P000002", "kind": "neighbour"})
for page in ["/personen/P000002", "/huishoudens/H00001"]:
    status, _, text = worker.request("GET", page)
    check(f"3 {page} still opens", status == 200 and "<svg" in text)
status, _, text = worker.request("GET", "/wijk")
check("3 /wijk still opens", status == 200 and "webmap" in text)
status, _, text = worker.request("GET", "/wijk/kaart.json")
check("3 the data of the explorable map still load", status == 200 and isinstance(json.loads(text).get("labels"), list))

# 4. Open redirect.
for target in ["/%09/evil.example", "//evil.example", "/%5Cevil.example", "%2F%2Fevil.example"]:
    status, headers, _ = Client().request("GET", "/taal/nl?terug=" + target)
    location = headers.get("Location", "")
    check(f"4 the language switch never leads to another site ({target})", location.startswith("/")
          and not location.startswith("//") and "evil" not in location)
login = Client()
status, headers, _ = login.request(
    "POST", "/aanmelden", "name=oost-worker&password=security-worker-password&returnTo=%2F%09%2Fevil.example",
    {"Content-Type": "application/x-www-form-urlencoded"})
check("4 nor does the sign-in form's return", status == 303 and "evil" not in headers.get("Location", ""))

# 5. Login lockout bypassed.
victim = Client()
for _ in range(5):
    victim.sign_in("oost-viewer", "wrong password")
check("5 five wrong passwords lock the account", victim.sign_in("oost-viewer", "security-viewer-password") == 429)
for name in ["oost-viewer\u0000x", " oost-viewer", "oost-viewer\u0000"]:
    check(f"5 another spelling of the account stays locked ({name!r})",
          Client().sign_in(name, "security-viewer-password") != 200)
spoofed = Client()
for address in ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6"]:
    spoofed.request("POST", "/api/login", {"name": "oost-viewer", "password": "x"}, {"X-Forwarded-For": address})
check("5 a chosen X-Forwarded-For does not reset the lockout",
      spoofed.request("POST", "/api/login", {"name": "oost-viewer", "password": "security-viewer-password"},
                      {"X-Forwarded-For": "10.9.9.9"})[0] != 200)

# 7. The audit log misses and can be forged.
status, _, page = worker.request("GET", "/huishoudens/H00001")
listed = set(re.findall(r'<option value="(P\d+)"', page))
status, _, text = admin.request("GET", "/api/audit?user=oost-worker&limit=1000")
entries = json.loads(text)
household_read = next((e for e in reversed(entries) if e["action"] == "read" and "P000001" in e["subjects"]), None)
check("7 everyone the household page lists is on record as read",
      household_read is not None and listed and listed <= set(household_read["subjects"]))
status, _, _ = worker.request("POST", "/api/persons", {"id": "PIPE2|P000003", "kind": "resident", "name": "X",
                                                       "household": "H00001"})
check("7 an id with a separator is refused", status == 400)
status, _, _ = worker.request("POST", "/api/persons", {"id": "P900002", "kind": "resident", "name": "Anna\u0000x",
                                                       "household": "H00001"})
check("7 a name with a NUL is refused, not cut short", status == 400)

# 11. Admins not bound to their team.
for method, path in [("GET", "/api/persons/P000002"), ("GET", "/api/persons/P000002/export"),
                     ("DELETE", "/api/persons/P000002")]:
    status, _, text = noord_admin.request(method, path)
    check(f"11 an admin of Noord cannot {method} {path} of Oost", status == 404 and "Souad" not in text)
status, _, _ = admin.request("GET", "/api/persons/P000002")
check("11 the admin of Oost can", status == 200)

# 12. Sign-in accepts cross-site requests.
status, headers, _ = Client().request(
    "POST", "/aanmelden", "name=oost-worker&password=security-worker-password",
    {"Content-Type": "application/x-www-form-urlencoded", "Origin": "http://evil.example"})
check("12 a sign-in from another site's page is refused", status == 403 and "Set-Cookie" not in headers)
status, headers, _ = Client().request(
    "POST", "/aanmelden", "name=oost-worker&password=security-worker-password",
    {"Content-Type": "application/x-www-form-urlencoded", "Sec-Fetch-Site": "cross-site", "Origin": "null"})
check("12 a sign-in a browser marks as cross-site is refused", status == 403 and "Set-Cookie" not in headers)
status, headers, _ = Client().request(
    "POST", "/api/login", json.dumps({"name": "oost-worker", "password": "security-worker-password"}),
    {"Content-Type": "text/plain"})
check("12 a JSON sign-in sent as text/plain is refused", status == 415 and "Set-Cookie" not in headers)

# Bearer tokens expire, end with the session they came from when asked, and are revoked by their
# user or an admin, by nobody else.
def bearer(token):
    return {"Authorization": "Bearer " + token}


browser = account("oost-worker")
status, _, text = browser.request("POST", "/api/tokens", {"label": "kaart", "end_with_session": True})
session_token = json.loads(text)["token"] if status == 201 else ""
check("a token made to end with its session signs in", Client().request("GET", "/api/me", headers=bearer(session_token))[0] == 200)
browser.request("POST", "/api/logout")
check("and stops when its session is signed out",
      Client().request("GET", "/api/me", headers=bearer(session_token))[0] == 401)
status, _, text = worker.request("POST", "/api/tokens", {"label": "export", "days": 30})
made = json.loads(text) if status == 201 else {}
check("a token lives the days asked for", status == 201 and made.get("state") == "active" and made.get("expires_at"))
check("a token cannot live longer than a year",
      worker.request("POST", "/api/tokens", {"label": "altijd", "days": 4000})[0] == 400)
status, _, text = noord_worker.request("GET", "/api/tokens?user=oost-worker")
check("another worker cannot list someone's tokens", status == 403 and "export" not in text)
status, _, text = noord_worker.request("DELETE", f"/api/tokens/{made.get('id')}")
check("nor revoke them, nor learn they exist", status == 404)
check("the token still signs in", Client().request("GET", "/api/me", headers=bearer(made.get("token", "")))[0] == 200)
status, _, text = worker.request("GET", "/api/tokens")
check("its user lists it, without its secret",
      status == 200 and "export" in text and made.get("token", "-") not in text)
status, _, _ = worker.request("DELETE", f"/api/tokens/{made.get('id')}")
check("its user revokes it, and it stops at once",
      status == 200 and Client().request("GET", "/api/me", headers=bearer(made.get("token", "")))[0] == 401)
status, _, text = noord_admin.request("GET", "/api/tokens?user=oost-worker")
check("an admin lists anyone's tokens", status == 200 and "revoked" in text)

# Codes on pseudonymised maps give no id away (H-039 was H00039, which is Mussenweg 39).
status, _, svg = worker.request("GET", "/api/maps/map?format=svg")
codes = set(re.findall(r"\b[PAH]-[0-9A-Z]{3,}\b", svg.replace("&#45;", "-")))
check("pseudonymised map codes are not the ids shortened",
      status == 200 and codes and not any(re.fullmatch(r"[PAH]-[0-9]+", code) for code in codes))

# 8. Connection flood: idle connections do not stop the service answering.
idle = []
try:
    for _ in range(400):
        idle.append(socket.create_connection((HOST, PORT), timeout=5))
except OSError:
    pass
start = time.monotonic()
status = Client().request("GET", "/healthz")[0]
waited = time.monotonic() - start
check("8 with hundreds of idle connections open, /healthz still answers", status == 200)
print(f"security: /healthz answered in {waited * 1000:.0f} ms beside {len(idle)} idle connections")
for connection in idle:
    connection.close()

# 8. Slow clients: a head or a body trickled in a byte a second is cut off at its deadline (the
# service runs here with 3 s for a head and 8 s for a body), though every byte beats the idle timeout.
def trickle(prefix, byte, seconds):
    """Sends `prefix`, then `byte` every second; how long until the service closed, or None."""
    connection = socket.create_connection((HOST, PORT), timeout=5)
    connection.sendall(prefix)
    start = time.monotonic()
    try:
        while time.monotonic() - start < seconds:
            time.sleep(1)
            connection.sendall(byte)
            connection.settimeout(0.05)
            try:
                if connection.recv(4096) == b"":
                    return time.monotonic() - start
            except socket.timeout:
                pass
    except OSError:
        return time.monotonic() - start
    finally:
        connection.close()
    return None


closed = trickle(b"GET /healthz HTTP/1.1\r\nHost: weefsel\r\nX-Langzaam: ", b"a", 20)
check("8 a head sent a byte a second is cut off", closed is not None)
print(f"security: a trickled head was cut off after {closed or 0:.1f} s")
closed = trickle(b"POST /api/login HTTP/1.1\r\nHost: weefsel\r\nContent-Type: application/json\r\n"
                 b"Content-Length: 100000\r\n\r\n", b" ", 30)
check("8 a body sent a byte a second is cut off", closed is not None)
print(f"security: a trickled body was cut off after {closed or 0:.1f} s")

# 9. Large uploads: three at once are imported one at a time, spooled to disk as they arrive, and
# the service keeps answering meanwhile.
import threading

ids = [f"P{n:06d}" for n in range(1, 401)]
line_count = 20 * 1024 * 1024 // 30
big = "source,target,kind\n" + "".join(
    f"{ids[n % 400]},{ids[(n * 7 + 1) % 400]},friend\n" for n in range(line_count))
upload_statuses = []


def upload():
    upload_statuses.append(worker.request("POST", "/api/import/ties", big, {"Content-Type": "text/csv"})[0])


def peak_memory():
    with open(f"/proc/{os.environ['SERVER_PID']}/status") as status:
        return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmHWM"))


before = peak_memory()
uploads = [threading.Thread(target=upload) for _ in range(3)]
for thread in uploads:
    thread.start()
health, slowest = [], 0.0
while any(thread.is_alive() for thread in uploads):
    start = time.monotonic()
    health.append(Client().request("GET", "/healthz")[0])
    slowest = max(slowest, time.monotonic() - start)
    time.sleep(0.2)
for thread in uploads:
    thread.join()
check("9 three large uploads at once are each answered, none with a server error",
      len(upload_statuses) == 3 and all(status < 500 for status in upload_statuses))
check("9 and /healthz answers all the while", health and all(status == 200 for status in health))
print(f"security: beside three uploads of {len(big) >> 20} MB, /healthz answered {len(health)} times, "
      f"the slowest in {slowest * 1000:.0f} ms; peak memory {before} MB before, {peak_memory()} MB after")
uploads_folder = os.path.realpath(os.environ["WEEFSEL_DB"]) + ".uploads"
check("9 no upload is left on disk", os.path.isdir(uploads_folder) and not os.listdir(uploads_folder))

# 10. The writer lock bypassed through a symlink: another name of the file goes through the service.
alias = os.path.join(os.environ["WORK"], "alias.sqlite")
os.symlink(os.environ["WEEFSEL_DB"], alias)
result = subprocess.run([os.environ["WEEFSEL"], "tie", "add", "P000003", "P000004", "--kind", "neighbour",
                         "--db", alias], capture_output=True, text=True)
status, _, text = worker.request("GET", "/api/persons/P000003/ties")
check("10 a write through another name of the database goes through the service, which shows it",
      result.returncode == 0 and "P000004" in text)

# 6. Erasure leaves the name in the WAL while another program reads.
import sqlite3
database = os.environ["WEEFSEL_DB"]
reader = sqlite3.connect(database)
reader.execute("BEGIN")
reader.execute("SELECT count(*) FROM node").fetchone()
import csv
sample = list(csv.DictReader(open(os.path.join(os.path.dirname(__file__), "../../Data/nodes.csv"), encoding="utf-8")))
names = [row["name"] for row in sample]
erased = next(row for row in sample[20:] if row["kind"] == "resident" and names.count(row["name"]) == 1)
erased_name = erased["name"]
status, _, _ = admin.request("DELETE", "/api/persons/" + erased["id"])
check("6 a person is erased while another program reads", status == 200 and erased_name)
status, _, page = admin.request("GET", "/audit")
check("6 the admin sees that the clean-up waits", status == 200 and "nog niet helemaal klaar" in page)
reader.rollback()
reader.close()
cleaned = False
for _ in range(50):
    wal = open(database + "-wal", "rb").read() if os.path.exists(database + "-wal") else b""
    if erased_name.encode() not in wal and "nog niet helemaal klaar" not in admin.request("GET", "/audit")[2]:
        cleaned = True
        break
    time.sleep(0.2)
check("6 once the reader ends, the name leaves the log and the notice goes", cleaned)
check("6 and it is not in the database file either", erased_name.encode() not in open(database, "rb").read())

# 7. The audit log cut short, or rewritten whole, by someone who can write the database file but
# cannot read the installation key beside it.
def verify_audit():
    return subprocess.run([os.environ["WEEFSEL"], "audit", "verify"], capture_output=True, text=True)


check("7 the audit log verifies before anyone touches it", verify_audit().returncode == 0)
tamper = sqlite3.connect(database)
tamper.executescript("DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete;")
tamper.execute("DELETE FROM audit WHERE seq > (SELECT MAX(seq) - 10 FROM audit)")
tamper.commit()
result = verify_audit()
check("7 deleting the last 10 audit entries is found", result.returncode == 1 and "removed from its end" in result.stderr)
previous = "0" * 64
rows = tamper.execute("SELECT seq, time, user, role, team, action, subjects, address FROM audit ORDER BY seq")
for seq, *fields in rows.fetchall():
    text = ",".join(f"{len(f.encode())}:{f}" for f in [str(seq)] + [field or "" for field in fields])
    digest = hashlib.sha256((previous + "\n" + text).encode()).hexdigest()
    tamper.execute("UPDATE audit SET previousHash = ?, hash = ? WHERE seq = ?", (previous, digest, seq))
    previous = digest
tamper.commit()
tamper.close()
os.remove(database + ".audit-anchors")
result = verify_audit()
check("7 a chain rewritten whole without the key is found, even with its anchors gone",
      result.returncode == 1 and "hash does not match" in result.stderr)

check("no answer of the service was a server error: " + ", ".join(server_errors), not server_errors)
print(f"security: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
