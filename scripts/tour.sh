#!/usr/bin/env bash
# The main job of `make run`: load the sample neighbourhood into an embedded SQLite file and show
# what Weefsel tells a social worker about it.
set -euo pipefail
weefsel="$1"
db="$2"
export WEEFSEL_DB="$db"

step() { printf '\n\033[1m$ weefsel %s\033[0m\n' "$*"; "$weefsel" "$@"; }

step init
step import Data/nodes.csv Data/ties.csv
step stats
step keyfigures --top 5 --set 5
step isolated --top 5
step communities
step ego P000002 --need administratie,klussen
step indicators
