#!/usr/bin/env bash
# The attacks of a curious insider and a hostile network against a real `weefsel serve` on
# loopback: the sample neighbourhood (team Oost, wijk De Meent) and a household of another team
# (Noord), an account of every role in Oost and a worker and an admin of Noord.
# Usage: Tests/security/run.sh PATH/TO/weefsel
set -euo pipefail
weefsel="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
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
cat >"$work/noord.csv" <<'CSV'
id,kind,name,household,street,house_number,postcode,wijk
N0001,resident,Noortje Noorderlicht,HN001,Poolsterweg,1,1700 AA,Noord
N0002,resident,Nanne Noorderlicht,HN001,Poolsterweg,1,1700 AA,Noord
CSV
"$weefsel" import "$work/noord.csv" >/dev/null
"$weefsel" team add Oost --wijk "De Meent" >/dev/null
"$weefsel" team add Noord --wijk Noord >/dev/null
for role in admin coordinator worker viewer; do
    printf 'security-%s-password\n' "$role" | "$weefsel" user add --name "oost-$role" --role "$role" --team Oost >/dev/null
done
for role in admin worker; do
    printf 'security-%s-password\n' "$role" | "$weefsel" user add --name "noord-$role" --role "$role" --team Noord >/dev/null
done

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$weefsel" serve --host 127.0.0.1 --port "$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
    if curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
    sleep 0.1
done
WEEFSEL="$weefsel" WORK="$work" python3 "$root/Tests/security/test_attacks.py" "http://127.0.0.1:$port"
