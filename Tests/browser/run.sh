#!/usr/bin/env bash
# Browser tests of Weefsel's web pages: the sample neighbourhood in a fresh database, a demo
# account per role and a worker of another team, `weefsel serve` on loopback, and Selenium driving
# Debian's chromium through the pages. With --screens DIR, saves a screenshot of each page there.
# Usage: Tests/browser/run.sh PATH/TO/weefsel [--screens DIR]
set -euo pipefail
weefsel="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
export WEEFSEL_DB="$work/wijk.sqlite"

"$weefsel" init >/dev/null
"$weefsel" import "$root/Data/nodes.csv" "$root/Data/ties.csv" "$root/Data/needs.csv" "$root/Data/offers.csv" >/dev/null
# One household of another team's wijk, which the team Oost must never reach.
cat >"$work/noord.csv" <<'CSV'
id,kind,name,household,street,house_number,postcode,wijk
N0001,resident,Noortje Noorderlicht,HN001,Poolsterweg,1,1700 AA,Noord
N0002,resident,Nanne Noorderlicht,HN001,Poolsterweg,1,1700 AA,Noord
CSV
"$weefsel" import "$work/noord.csv" >/dev/null
"$weefsel" team add Oost --wijk "De Meent" >/dev/null
"$weefsel" team add Noord --wijk Noord >/dev/null
for role in admin coordinator worker viewer; do
    printf 'browser-%s-password\n' "$role" | "$weefsel" user add --name "demo-$role" --role "$role" --team Oost >/dev/null
done
printf 'browser-noord-password\n' | "$weefsel" user add --name noord-worker --role worker --team Noord >/dev/null

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$weefsel" serve --host 127.0.0.1 --port "$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
    if curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
    sleep 0.1
done
python3 "$root/Tests/browser/test_pages.py" "http://127.0.0.1:$port" "$@"
