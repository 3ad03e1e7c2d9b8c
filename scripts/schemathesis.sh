#!/usr/bin/env bash
# Runs schemathesis against /openapi.json of a throwaway service, signed in as two workers of
# different teams in turn; fails on any server error or schema violation.
# Needs: pip install schemathesis. Usage: scripts/schemathesis.sh [WEEFSEL] [PORT]
set -euo pipefail
WEEFSEL=$(realpath "${1:-.build/debug/weefsel}")
PORT=${2:-18090}
DIR=$(mktemp -d)
export WEEFSEL_DB="$DIR/weefsel.sqlite"
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$DIR"' EXIT

"$WEEFSEL" init >/dev/null
"$WEEFSEL" team add Oost --wijk Oost >/dev/null
"$WEEFSEL" team add West --wijk West >/dev/null
"$WEEFSEL" node add P1 --kind resident --name "Jan de Vries" --wijk Oost >/dev/null
"$WEEFSEL" node add P2 --kind resident --name "Kees Jansen" --wijk Oost >/dev/null
"$WEEFSEL" node add W1 --kind resident --name "Willem West" --wijk West >/dev/null
printf 'wachtwoord oost\n' | "$WEEFSEL" user add --name oost --role worker --team Oost >/dev/null
printf 'wachtwoord west\n' | "$WEEFSEL" user add --name west --role worker --team West >/dev/null

"$WEEFSEL" serve --port "$PORT" 2>"$DIR/serve.log" &
SERVER=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done

token() {
    local jar="$DIR/$1.jar"
    local csrf
    csrf=$(curl -sf -c "$jar" -H 'Content-Type: application/json' \
        -d "{\"name\": \"$1\", \"password\": \"$2\"}" "http://127.0.0.1:$PORT/api/login" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["csrf_token"])')
    curl -sf -b "$jar" -H 'Content-Type: application/json' -H "X-CSRF-Token: $csrf" \
        -d '{"label": "schemathesis"}' "http://127.0.0.1:$PORT/api/tokens" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}

cd "$DIR" # schemathesis keeps its cache in the working directory
status=0
for user in "oost:wachtwoord oost" "west:wachtwoord west"; do
    name=${user%%:*}
    bearer=$(token "$name" "${user#*:}")
    echo "== schemathesis as $name"
    schemathesis run "http://127.0.0.1:$PORT/openapi.json" -H "Authorization: Bearer $bearer" \
        --checks not_a_server_error,response_schema_conformance --max-examples 30 "${@:3}" || status=1
done
exit $status
