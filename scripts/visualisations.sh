#!/usr/bin/env bash
# `make visualisations`: draws every kind of map from the sample neighbourhood into Visualisations/
# as SVG and PNG. The analysis date is fixed, so the gallery changes only when Weefsel does.
set -euo pipefail
weefsel="$1"
out=Visualisations
db="$(mktemp -d)/gallery.sqlite"
export WEEFSEL_DB="$db"
day=2025-12-31

"$weefsel" init >/dev/null
"$weefsel" import Data/nodes.csv Data/ties.csv >/dev/null
"$weefsel" need import Data/needs.csv Data/offers.csv >/dev/null
# A coordinator's first proposals: the best three pairs are accepted, two of them started.
pairs=$("$weefsel" match propose --on 2025-11-01 --json | python3 -c '
import json, sys
for m in json.load(sys.stdin)["matches"][:3]: print(m["need"], m["offer"])')
while read -r need offer; do "$weefsel" match accept "$need" "$offer" --on 2025-11-02 >/dev/null; done <<<"$pairs"
"$weefsel" match start M0001 --on 2025-11-20 >/dev/null
"$weefsel" match start M0002 --on 2025-11-21 >/dev/null
"$weefsel" snapshot create "begin 2024" --at 2024-01-01 >/dev/null
"$weefsel" snapshot create "eind 2025" --at "$day" >/dev/null

mkdir -p "$out"
render() { # render NAME ARGS...
    local name="$1"
    shift
    for format in svg png; do "$weefsel" render "$@" --at "$day" -o "$out/$name.$format" >/dev/null; done
    echo "  $out/$name.svg, $out/$name.png"
}
echo "Drawing the gallery into $out/"
render map map
render keyfigures keyfigures
render isolated isolated
render communities communities
render ego-names ego P000002 --names
render ego-pseudonymised ego P000002
render matches matches
render change change "begin 2024" "eind 2025"
render map-en map --lang en
render streets streets --names
render streets-pseudonymised streets
render groups groups --names
render groups-en groups --names --lang en

# A larger neighbourhood, generated: about 5,000 households for the street map, and a group map
# of a town of 20,000 persons.
town="$(dirname "$db")"
"$weefsel" generate --persons 10600 --seed 2026 --wijk "De Meent" --out "$town/5000" >/dev/null
"$weefsel" generate --persons 20000 --seed 2026 --out "$town/20000" >/dev/null
for size in 5000 20000; do
    WEEFSEL_DB="$town/$size.sqlite" "$weefsel" init >/dev/null
    WEEFSEL_DB="$town/$size.sqlite" "$weefsel" import "$town/$size/nodes.csv" "$town/$size/ties.csv" >/dev/null
done
WEEFSEL_DB="$town/5000.sqlite" render streets-5000 streets --names
WEEFSEL_DB="$town/20000.sqlite" render groups-20000 groups --names
