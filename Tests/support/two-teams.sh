# Sourced by the browser and security suites: a fresh database in a temporary directory with the
# sample neighbourhood (team Oost, wijk De Meent) and one household of another team (Noord), and
# `weefsel serve` on a free loopback port, stopped and removed when the suite's shell exits.
# Before sourcing, set `weefsel` (the binary) and `root` (the repository).
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

# Starts the service with the options given; sets `port` and `server`, and returns once it answers.
serve_on_loopback() {
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    "$weefsel" serve --host 127.0.0.1 --port "$port" "$@" >"$work/serve.log" 2>&1 &
    server=$!
    for _ in $(seq 1 100); do
        if curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
        sleep 0.1
    done
}
