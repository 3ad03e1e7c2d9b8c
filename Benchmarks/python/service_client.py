"""The scripted user of the service section of `make bench`.

    service_client.py token PORT NAME          signs in (password on stdin), creates a bearer token
                                               and prints {"token": ...}
    service_client.py write PORT TOKEN IDS_FILE RATE SECONDS
                                               adds and removes ties between persons of IDS_FILE
                                               (one id a line) at RATE writes per second for SECONDS,
                                               and prints {"attempted", "acknowledged", "errors", "seconds"}

Only the standard library; loopback only. Paced by the clock: a write that is late is sent at once, never skipped, and the
writer stops after SECONDS, so `attempted` shows how many writes the service let it make.
"""

import http.client
import json
import random
import sys
import time


def connect(port):
    return http.client.HTTPConnection("127.0.0.1", port, timeout=10)


def token(port, name):
    password = sys.stdin.readline().rstrip("\n")
    connection = connect(port)
    connection.request("POST", "/api/login", body=json.dumps({"name": name, "password": password}),
                       headers={"Content-Type": "application/json"})
    response = connection.getresponse()
    body = json.loads(response.read() or b"{}")
    if response.status != 200:
        raise SystemExit(f"sign-in failed: {response.status} {body}")
    cookie = response.getheader("Set-Cookie", "").split(";")[0]
    connection.request("POST", "/api/tokens", body=json.dumps({"label": "make bench"}),
                       headers={"Content-Type": "application/json", "Cookie": cookie,
                                "X-CSRF-Token": body["csrf_token"]})
    response = connection.getresponse()
    created = json.loads(response.read() or b"{}")
    if response.status != 201:
        raise SystemExit(f"token failed: {response.status} {created}")
    print(json.dumps({"token": created["token"]}))


def write(port, bearer, ids_file, rate, seconds):
    with open(ids_file) as handle:
        ids = [line.strip() for line in handle if line.strip()]
    generator = random.Random(2026)
    headers = {"Authorization": f"Bearer {bearer}", "Content-Type": "application/json"}
    connection = connect(port)
    attempted = acknowledged = errors = 0
    pair = None
    start = time.monotonic()
    while True:
        due = start + attempted / rate
        now = time.monotonic()
        if due - start >= seconds or now - start >= seconds:
            break
        if due > now:
            time.sleep(due - now)
        # Odd writes take back the tie the write before added, so the network stays the same size.
        if pair is None:
            pair = generator.sample(ids, 2)
            method, path = "POST", "/api/ties"
            body = json.dumps({"source": pair[0], "target": pair[1], "kind": "acquaintance", "strength": 1,
                               "note": "make bench"})
        else:
            method, path, body = "DELETE", f"/api/ties/{pair[0]}/{pair[1]}/acquaintance", None
            pair = None
        attempted += 1
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status in (200, 201):
                acknowledged += 1
            else:
                errors += 1
                pair = None
        except (OSError, http.client.HTTPException):
            errors += 1
            pair = None
            connection.close()
            connection = connect(port)
    elapsed = time.monotonic() - start
    print(json.dumps({"attempted": attempted, "acknowledged": acknowledged, "errors": errors, "seconds": elapsed}))


if __name__ == "__main__":
    if sys.argv[1] == "token":
        token(int(sys.argv[2]), sys.argv[3])
    elif sys.argv[1] == "write":
        write(int(sys.argv[2]), sys.argv[3], sys.argv[4], float(sys.argv[5]), float(sys.argv[6]))
    else:
        raise SystemExit(__doc__)
