#!/usr/bin/env bash
# A coordinator's day on the sample neighbourhood: needs and offers in, proposals with reasons,
# a match recorded step by step, and the report funders ask for.
# Usage: scripts/matching-tour.sh WEEFSEL DB   (the sample neighbourhood must be in Data/, see `make sample`)
set -euo pipefail
weefsel="$1"
db="$2"
export WEEFSEL_DB="$db"

step() { printf '\n\033[1m$ weefsel %s\033[0m\n' "$*"; "$weefsel" "$@"; }

step init
step import Data/nodes.csv Data/ties.csv
step need import Data/needs.csv Data/offers.csv
step need list --programme maatje
step match propose --on 2026-06-01
first=$("$weefsel" match propose --on 2026-06-01 --json | python3 -c 'import json,sys; m=json.load(sys.stdin)["matches"][0]; print(m["need"], m["offer"])')
step match candidates ${first%% *} --top 3 --on 2026-06-01
step match accept $first --on 2026-06-02
step match introduce M0001 --on 2026-06-09 --note "kennismaking bij de bewoner thuis"
step match start M0001 --on 2026-06-16
step match end M0001 --reason afgerond --on 2026-12-01
step match list
step match report --from 2026-01-01 --to 2026-12-31
