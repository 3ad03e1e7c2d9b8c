#!/usr/bin/env bash
# The main job of `make run`: load the sample neighbourhood into an embedded SQLite file and show
# what Weefsel tells a social worker about it.
set -euo pipefail
weefsel="$1"
db="$2"
export WEEFSEL_DB="$db"

step() { printf '\n\033[1m$ weefsel %s\033[0m\n' "$*"; "$weefsel" "$@"; }

step init
step import Data/nodes.csv Data/ties.csv Data/needs.csv Data/offers.csv
step stats
step keyfigures --top 5 --set 5
step isolated --top 5
step communities
step ego P000002 --need administratie,klussen
step indicators

# The service on the sample neighbourhood, with a demo account for each role. The passwords are new
# on every run and shown only here.
printf '\n\033[1mThe Weefsel service on De Meent\033[0m\n'
"$weefsel" team add Oost --wijk "De Meent" >/dev/null
printf '%-18s %-12s %s\n' account role password
for role in admin coordinator worker viewer; do
    name="demo-$role"
    password="$(python3 -c 'import secrets; print(secrets.token_urlsafe(12))')"
    if "$weefsel" user list 2>/dev/null | grep -q "^$name "; then
        printf '%s\n' "$password" | "$weefsel" user reset "$name" >/dev/null
    else
        printf '%s\n' "$password" | "$weefsel" user add --name "$name" --role "$role" --team Oost >/dev/null
    fi
    printf '%-18s %-12s %s\n' "$name" "$role" "$password"
done
port="${PORT:-8080}"
echo
printf '\n\033[1mOpen http://127.0.0.1:%s/ in your browser and sign in with one of these accounts.\033[0m\n' "$port"
echo "Scripts use the JSON API (POST /api/login, then bearer tokens), described at http://127.0.0.1:$port/openapi.json."
echo "Stop with Ctrl-C."
exec "$weefsel" serve --host 127.0.0.1 --port "$port"
