#!/usr/bin/env bash
# End-to-end checks of the `weefsel` command line as users and scripts meet it: exit codes, messages
# on stderr, all-or-nothing imports, one writer per database, and export that imports back the same.
# Usage: Tests/cli/run.sh PATH/TO/weefsel
set -uo pipefail
weefsel="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
export WEEFSEL_DB="$work/wijk.sqlite"
passed=0
failed=0

check() { # check NAME CONDITION...
    local name="$1"
    shift
    if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name" >&2; fi
}

run() { # run EXPECTED_STATUS ARGS... ; keeps stdout in $out and stderr in $err
    local expected="$1"
    shift
    "$weefsel" "$@" >"$work/out" 2>"$work/err"
    status=$?
    out="$(cat "$work/out")"
    err="$(cat "$work/err")"
    [ "$status" -eq "$expected" ]
}

counts() { "$weefsel" stats --json; }

check "init creates the database" run 0 init
check "the sample imports" run 0 import "$root/Data/nodes.csv" "$root/Data/ties.csv"
check "the import says what it added" grep -q "416 nodes added" <<<"$out"
check "importing the sample again changes nothing" run 0 import "$root/Data/nodes.csv" "$root/Data/ties.csv"
check "and says so" grep -q "Nothing changed" <<<"$out"

before="$(counts)"
printf 'id;soort;naam\nP900;bewoner;Anna\nP901;bewonr;Piet\nP900;bewoner;Dubbel\n' >bad-nodes.csv
check "a bad file is refused with status 1" run 1 import bad-nodes.csv
check "every problem names file, line and column" grep -q "bad-nodes.csv:3: soort: unknown kind 'bewonr'" <<<"$err"
check "a duplicate id names its line" grep -q "bad-nodes.csv:4: id: duplicate id 'P900'" <<<"$err"
check "nothing of a refused import is written" test "$(counts)" = "$before"

printf 'source,target,kind\nP000001,P999999,friend\n' >bad-ties.csv
check "a tie to an unknown node is refused" run 1 import bad-ties.csv
check "naming the line of the unknown node" grep -q "bad-ties.csv:2: target:" <<<"$err"
check "and nothing is written" test "$(counts)" = "$before"

printf '\x00\x01\x02binary\xff\xfe' >photo.csv
check "a binary file is refused, not crashed on" run 1 import photo.csv
check "a missing file is named" run 1 import nowhere.csv
check "with a message" grep -q "nowhere.csv: no such file" <<<"$err"

check "export writes both files" run 0 export --dir exported
check "a fresh database imports the export" env WEEFSEL_DB="$work/copy.sqlite" "$weefsel" import exported/nodes.csv exported/ties.csv >/dev/null
check "and exports the same files again" bash -c "WEEFSEL_DB='$work/copy.sqlite' '$weefsel' export --dir again >/dev/null && cmp -s exported/nodes.csv again/nodes.csv && cmp -s exported/ties.csv again/ties.csv"

check "an unknown command is a usage error (1)" run 1 frobnicate
check "an unknown node is bad input (1)" run 1 node show P404
check "with a clear message, the core's, in Dutch and English" bash -c "grep -q \"'P404' is niet gevonden\" <<<\"$err\" && grep -q \"'P404' was not found\" <<<\"$err\""
check "adding a node by hand works" run 0 node add P950 --kind bewoner --name "Test Persoon" --household H00001
check "a tie by hand works" run 0 tie add P950 P000001 --kind buren --strength 1
check "a self-tie is refused" run 1 tie add P950 P950 --kind friend
check "a strength out of range is refused" run 1 tie add P950 P000002 --kind friend --strength 7
check "removing the node removes its tie" run 0 node remove P950
check "and says so" grep -q "Removed P950 and 1 tie" <<<"$out"
check "node list --json has id, kind, name, household" bash -c "'$weefsel' node list --json | python3 -c 'import json,sys; rows=json.load(sys.stdin); assert rows and all({\"id\",\"kind\",\"name\",\"household\"} <= set(r) or r[\"kind\"]!=\"resident\" for r in rows)'"
check "tie list --json has source, target, kind" bash -c "'$weefsel' tie list --json | python3 -c 'import json,sys; rows=json.load(sys.stdin); assert rows and all({\"source\",\"target\",\"kind\"} <= set(r) for r in rows)'"

# One writer per database: a second process that wants to write fails fast with a clear message.
python3 - "$weefsel" "$WEEFSEL_DB" <<'PY' &
import fcntl, os, sys, time
# Hold the database's writer lock the way a running Weefsel process does.
fd = os.open(sys.argv[2] + ".lock", os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
os.ftruncate(fd, 0); os.write(fd, b"pid %d\n" % os.getpid())
time.sleep(5)
PY
holder=$!
sleep 1
check "a second writer is refused while another process writes" run 1 node add P951 --kind resident --name X
check "naming the process that holds the database" grep -q "in use by another Weefsel process (pid $holder)" <<<"$err"
check "readers still work beside the writer" run 0 stats
wait "$holder"
check "after the writer is gone, writing works again" run 0 node add P951 --kind resident --name X

check "centrality --json lists id and score, highest first" bash -c "'$weefsel' centrality --measure degree --json | python3 -c 'import json,sys; r=json.load(sys.stdin); s=[x[\"score\"] for x in r]; assert r and \"id\" in r[0] and s==sorted(s, reverse=True)'"
check "communities --json has modularity and members" bash -c "'$weefsel' communities --json | python3 -c 'import json,sys; r=json.load(sys.stdin); assert 0 < r[\"modularity\"] < 1 and r[\"communities\"][0][\"members\"]'"
check "isolated --json lists household, members and class" bash -c "'$weefsel' isolated --json | python3 -c 'import json,sys; r=json.load(sys.stdin); assert r and all({\"household\",\"members\",\"class\"} <= set(x) for x in r)'"
check "the same seed gives the same groups" bash -c "cmp -s <('$weefsel' communities --seed 5 --json) <('$weefsel' communities --seed 5 --json)"
check "a snapshot can be taken" run 0 snapshot create begin --at 2024-01-01
check "and another" run 0 snapshot create now --at 2026-01-01
check "and compared" run 0 compare begin now
check "showing the indicators that changed" grep -q "isolated_households" <<<"$out"
check "an unknown snapshot is named" run 1 compare begin later
check "with the ones that exist" grep -q "expected: begin, now" <<<"$err"

check "render draws a PNG" run 0 render isolated -o isolated.png
check "that is a real PNG" bash -c "head -c 8 isolated.png | od -An -tx1 | grep -q '89 50 4e 47'"
check "render draws the netwerkkaart as SVG" run 0 render ego P000002 -o ego.svg
check "a map of many households leaves no name in the SVG" bash -c "run_svg() { '$weefsel' render map --format svg -o map.svg >/dev/null; }; run_svg && ! grep -q 'Souad Ouali' map.svg && ! grep -q 'Mussenweg' map.svg"
check "--names puts names on the map" bash -c "'$weefsel' render map --names --format dot -o names.dot >/dev/null && grep -q 'Souad Ouali' names.dot"
check "render ego of an unknown person is bad input" run 1 render ego P404 -o x.svg
check "render change needs two snapshots" run 1 render change begin -o x.svg
check "render streets draws a PNG" run 0 render streets -o streets.png
check "that is a real PNG" bash -c "head -c 8 streets.png | od -An -tx1 | grep -q '89 50 4e 47'"
check "the street map names the streets when names are asked for" bash -c "'$weefsel' render streets --names -o streets.svg >/dev/null && grep -q 'Mussenweg' streets.svg && grep -q 'geïsoleerd huishouden' streets.svg"
check "and numbers them when pseudonymised" bash -c "'$weefsel' render streets -o streets-codes.svg >/dev/null && ! grep -q 'Mussenweg' streets-codes.svg && grep -q 'straat 1' streets-codes.svg"
check "render streets takes no layout engine" run 1 render streets --engine neato -o x.svg
check "saying why" grep -q "takes no --engine" <<<"$err"
check "render groups draws an SVG" run 0 render groups --names -o groups.svg
check "naming groups after an association or a street, never a household" bash -c "grep -q ' e.o.' groups.svg && ! grep -qE '>(groep [0-9]+: )?H-?[0-9]' groups.svg"
check "render groups in English" bash -c "'$weefsel' render groups --names --lang en -o groups-en.svg >/dev/null && grep -q ' people' groups-en.svg"
check "render groups takes no person" run 1 render groups P000001 -o x.svg
check "saying so" grep -q "takes no other arguments" <<<"$err"
check "GraphML export reads back with a real XML parser" bash -c "'$weefsel' export --format graphml --dir exchange >/dev/null && python3 -c 'import xml.etree.ElementTree as E; r=E.parse(\"exchange/network.graphml\").getroot(); ns={\"g\": \"http://graphml.graphdrawing.org/xmlns\"}; assert len(r.findall(\".//g:node\", ns)) > 400'"
check "and is pseudonymised" bash -c "! grep -q 'Souad Ouali' exchange/network.graphml"

# A coordinator's day: needs and offers in, proposals with reasons, a match recorded step by step.
check "needs and offers import" run 0 need import "$root/Data/needs.csv" "$root/Data/offers.csv"
check "match propose --json gives total_score, matches with reasons, and unmatched" bash -c "'$weefsel' match propose --on 2026-06-01 --json > proposal.json && python3 -c 'import json; p=json.load(open(\"proposal.json\")); assert p[\"total_score\"] > 0 and p[\"matches\"] and all(m[\"reasons\"] for m in p[\"matches\"]) and \"unmatched\" in p'"
pair="$(python3 -c 'import json; m=json.load(open("proposal.json"))["matches"][0]; print(m["need"], m["offer"])')"
check "a proposed pair can be accepted" run 0 match accept $pair --on 2026-06-02
check "a proposed match cannot be ended" run 1 match end M0001 --reason afgerond --on 2026-06-03
check "the introduction is recorded" run 0 match introduce M0001 --on 2026-06-09 --note kennismaking
check "the match starts" run 0 match start M0001 --on 2026-06-16
check "an active match is a tie on the map" bash -c "'$weefsel' tie list --json | python3 -c 'import json,sys; kinds={t[\"kind\"] for t in json.load(sys.stdin)}; assert kinds & {\"maatje\",\"steungezin\",\"jongerencoach\",\"homestart\",\"klussen\",\"ervaringsdeskundige\"}'"
check "the match ends with a reason" run 0 match end M0001 --reason afgerond --on 2026-12-01
check "the report counts it" bash -c "'$weefsel' match report --from 2026-01-01 --to 2026-12-31 | grep -q 'beëindigd'"
check "a declined pair is never proposed again" bash -c "'$weefsel' match accept $(python3 -c 'import json; m=json.load(open("proposal.json"))["matches"][1]; print(m["need"], m["offer"])') --on 2026-06-02 >/dev/null && '$weefsel' match decline M0002 --by need --on 2026-06-03 >/dev/null && ! '$weefsel' match propose --on 2026-06-04 --json | python3 -c 'import json,sys; p=json.load(sys.stdin); m=json.load(open(\"proposal.json\"))[\"matches\"][1]; sys.exit(0 if any(x[\"need\"]==m[\"need\"] and x[\"offer\"]==m[\"offer\"] for x in p[\"matches\"]) else 1)'"

# The core's rules hold on the command line as on the service.
operator="lokaal:$(id -un)"
check "an unknown programme is an error (1)" run 1 match propose --programme onbekend
check "that names the programmes there are, in Dutch and English" bash -c "grep -q \"onbekend programma 'onbekend'\" '$work/err' && grep -q \"unknown programme 'onbekend'\" '$work/err'"
check "a programme is found whatever its case" run 0 match propose --programme Maatje --on 2026-06-04
check "candidates of an unknown programme are an error too" run 1 match candidates --programme Maat
completed="$(python3 -c 'import json; print(json.load(open("proposal.json"))["matches"][0]["need"])')"
check "a match ended as afgerond closes its need: it is not proposed again" bash -c "'$weefsel' match propose --on 2026-12-02 --json | python3 -c 'import json,sys; p=json.load(sys.stdin); sys.exit(1 if any(x[\"need\"]==\"$completed\" for x in p[\"matches\"]+p[\"unmatched\"]) else 0)'"
third="$(python3 -c 'import json; print(json.load(open("proposal.json"))["matches"][2]["need"])')"
person="$("$weefsel" need list --json | python3 -c "import json,sys; print(next(n['person'] for n in json.load(sys.stdin) if n['id']=='$third'))")"
check "a withdrawn consent to matching takes the need out of the proposals" bash -c "'$weefsel' node edit $person --consent maps >/dev/null && '$weefsel' match propose --on 2026-06-04 --json | python3 -c 'import json,sys; p=json.load(sys.stdin); sys.exit(1 if any(x[\"need\"]==\"$third\" for x in p[\"matches\"]+p[\"unmatched\"]) else 0)'"
check "a person with matching history cannot be removed (1)" run 1 node remove "$person"
check "the message points to erasure" grep -q "erase" <<<"$err"
check "and the person is still there" run 0 node show "$person"
check "a resident's wijk is their household's" run 1 node edit P000001 --wijk Noord
check "moving house moves the wijk" bash -c "'$weefsel' node move P000001 --household H-NIEUW --street Noorderweg --house-number 1 --wijk Noord >/dev/null && '$weefsel' node show P000001 --json | python3 -c 'import json,sys; n=json.load(sys.stdin)[\"node\"]; assert n[\"wijk\"]==\"Noord\" and n[\"household\"]==\"H-NIEUW\"'"
check "every write of the command line is on record with the operator" bash -c "'$weefsel' audit list --json | python3 -c 'import json,sys; e=[x for x in json.load(sys.stdin) if x.get(\"user\")==\"$operator\"]; acts={x[\"action\"] for x in e}; assert {\"create\",\"update\"} <= acts, acts; assert any(\"$person\" in x[\"subjects\"] for x in e)'"
check "reading a person on the command line is on record with the operator" bash -c "'$weefsel' node show P000003 >/dev/null && '$weefsel' audit list --json | python3 -c 'import json,sys; e=json.load(sys.stdin)[-1]; assert e[\"user\"]==\"$operator\" and e[\"action\"]==\"read\" and \"P000003\" in e[\"subjects\"], e'"
check "and so is a list, as a search of the persons it shows" bash -c "'$weefsel' node list --search P000004 >/dev/null && '$weefsel' audit list --json | python3 -c 'import json,sys; e=json.load(sys.stdin)[-1]; assert e[\"action\"]==\"search\" and e[\"subjects\"]==[\"P000004\"], e'"
check "and the key figures a command prints" bash -c "'$weefsel' keyfigures --top 3 --json >keyfigures.json && '$weefsel' audit list --json | python3 -c 'import json,sys; e=json.load(sys.stdin)[-1]; k=json.load(open(\"keyfigures.json\")); assert e[\"action\"]==\"read\" and {f[\"person\"][\"id\"] for f in k[\"key_figures\"]} <= set(e[\"subjects\"]), e'"
check "and the audit chain is intact" run 0 audit verify
check "and anchored outside the database" grep -q "anchored outside the database up to entry" <<<"$out"
check "a backup anchors its head beside it" run 0 backup "$work/kopie.sqlite"
check "and says the installation key is not in it" grep -q "is not in the copy" <<<"$out"
check "the copy verifies against its anchor, with the installation key" bash -c "WEEFSEL_KEY_FILE='$WEEFSEL_DB.key' '$weefsel' audit verify --db '$work/kopie.sqlite' | grep -q 'anchored'"
check "a copy without its key cannot be checked" run 1 audit verify --db "$work/kopie.sqlite"

# Administration while the service runs: writing commands go through the running service, which
# shows their changes at once and records them as the local operator's.
serve_log="$work/serve.log"
"$weefsel" serve --port 0 >"$serve_log" 2>&1 &
serve_pid=$!
for _ in $(seq 1 100); do grep -q "serves http" "$serve_log" 2>/dev/null && break; sleep 0.1; done
port="$(grep -o '[0-9]*$' "$serve_log" | head -n 1)"
api() { # api USER PASSWORD METHOD PATH: prints the status and body of one request after signing in
    python3 - "$port" "$@" <<'PY'
import http.cookiejar, json, sys, urllib.request, urllib.error
port, user, password, method, path = sys.argv[1:6]
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
base = f"http://127.0.0.1:{port}"
login = urllib.request.Request(base + "/api/login", json.dumps({"name": user, "password": password}).encode(),
                               {"Content-Type": "application/json"})
try:
    opener.open(login)
    answer = opener.open(urllib.request.Request(base + path, method=method))
    print(answer.status, answer.read().decode())
except urllib.error.HTTPError as error:
    print(error.code, error.read().decode())
PY
}
check "the service started beside the command line" test -n "$port"
check "a team is added while the service runs" run 0 team add noord --wijk Noord --wijk "De Meent"
check "a user is added while the service runs" bash -c "printf 'een-lang-wachtwoord\n' | '$weefsel' user add --name beheer-noord --role admin --team noord >/dev/null"
check "who signs in to the running service at once" bash -c "$(declare -f api); port=$port; api beheer-noord een-lang-wachtwoord GET /api/persons/P000002 | grep -q '^200 '"
check "a person is edited while the service runs" run 0 node edit P000002 --name "Souad O."
check "and the service shows the new name at once" bash -c "$(declare -f api); port=$port; api beheer-noord een-lang-wachtwoord GET /api/persons/P000002 | grep -q 'Souad O.'"
printf 'id,kind,name,household,street,house_number,wijk\nP9001,resident,Nieuwe Buur,H9001,Mussenweg,90,De Meent\n' >newcomer.csv
check "a file is imported while the service runs" run 0 import newcomer.csv
check "and the newcomer is on the service at once" bash -c "$(declare -f api); port=$port; api beheer-noord een-lang-wachtwoord GET /api/persons/P9001 | grep -q 'Nieuwe Buur'"
check "a snapshot is made while the service runs" run 0 snapshot create terwijl-de-dienst-draait
check "and is listed" bash -c "'$weefsel' snapshot list | grep -q terwijl-de-dienst-draait"
ln -s "$WEEFSEL_DB" "$work/alias.sqlite"
check "another name of the database goes through the service too, never beside it" run 0 tie add P000002 P9001 --kind neighbour --db "$work/alias.sqlite"
check "and the service shows that tie" bash -c "$(declare -f api); port=$port; api beheer-noord een-lang-wachtwoord GET /api/persons/P9001/network | grep -q 'P000002'"
check "the rules hold through the service: a wijk apart from the household is refused (1)" run 1 node edit P000002 --wijk Noord
check "every change through the service is on record with the operator" bash -c "'$weefsel' audit list --json | python3 -c 'import json,sys; e=[x for x in json.load(sys.stdin) if x.get(\"user\")==\"$operator\"]; assert any(\"P9001\" in x[\"subjects\"] and x[\"action\"]==\"create\" for x in e); assert any(x[\"subjects\"]==[\"P000002\"] and x[\"action\"]==\"update\" for x in e)'"
check "a read beside the running service is on record through it" bash -c "'$weefsel' node show P000005 >/dev/null && '$weefsel' audit list --json | python3 -c 'import json,sys; e=json.load(sys.stdin)[-1]; assert e[\"user\"]==\"$operator\" and e[\"action\"]==\"read\" and \"P000005\" in e[\"subjects\"], e'"
token="$(python3 - "$port" <<'PY'
import http.cookiejar, json, sys, urllib.request
base = f"http://127.0.0.1:{sys.argv[1]}"
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
answer = opener.open(urllib.request.Request(base + "/api/login", json.dumps(
    {"name": "beheer-noord", "password": "een-lang-wachtwoord"}).encode(), {"Content-Type": "application/json"}))
csrf = json.load(answer)["csrf_token"]
made = opener.open(urllib.request.Request(base + "/api/tokens", json.dumps({"label": "nachtelijke export"}).encode(),
                                          {"Content-Type": "application/json", "X-CSRF-Token": csrf}))
print(json.load(made)["token"])
PY
)"
bearer_status() { curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/me"; }
check "a user's token is listed on the command line, without its secret" bash -c "'$weefsel' user tokens beheer-noord | grep -q 'nachtelijke export' && ! '$weefsel' user tokens --json | grep -q '$token'"
check "the token signs in" test "$(bearer_status)" = 200
token_number="$("$weefsel" user tokens beheer-noord --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"
check "it is revoked from the command line through the running service" run 0 user revoke-token "$token_number"
check "and stops signing in at once" test "$(bearer_status)" = 401
kill -TERM "$serve_pid"
wait "$serve_pid" 2>/dev/null
check "a stopped service removes its administration socket" test ! -e "$(dirname "$(readlink -f "$WEEFSEL_DB")")/$(basename "$WEEFSEL_DB").sock"
check "and writing commands open the database themselves again" run 0 node edit P000002 --name "Souad Ouali"

check "introductions for the isolated man at number 39, with reasons" bash -c "'$weefsel' introductions H00039 | grep -q 'woont'"
check "introductions --json names people and reasons in both languages" bash -c "'$weefsel' introductions H00039 --top 2 --json | python3 -c 'import json,sys; r=json.load(sys.stdin); assert len(r)==2 and all(x[\"reasons\"][0][\"dutch\"] and x[\"reasons\"][0][\"english\"] for x in r)'"
check "introductions for an unknown household are refused (1)" run 1 introductions H99999

# Two generated neighbourhoods keep their people apart: each wijk's ids carry its initials.
"$weefsel" generate --persons 30 --seed 1 --wijk Noord --out "$work/noord" >/dev/null
"$weefsel" generate --persons 30 --seed 2 --wijk Zuid --out "$work/zuid" >/dev/null
check "generated ids start with the initials of their wijk" grep -q '^N-P000001,' "$work/noord/nodes.csv"
check "two generated neighbourhoods import side by side, nobody overwritten" bash -c "export WEEFSEL_DB='$work/twee.sqlite'; '$weefsel' import '$work/noord/nodes.csv' '$work/noord/ties.csv' >/dev/null && '$weefsel' import '$work/zuid/nodes.csv' '$work/zuid/ties.csv' >/dev/null && test \$('$weefsel' node list --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))') -eq \$(( \$(wc -l <'$work/noord/nodes.csv') + \$(wc -l <'$work/zuid/nodes.csv') - 2 ))"
check "a prefix that is no code is refused" run 1 generate --persons 5 --out "$work/fout" --id-prefix "a|b"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
