#!/usr/bin/env bash
# The attacks of a curious insider and a hostile network against a real `weefsel serve` on
# loopback: the sample neighbourhood (team Oost, wijk De Meent) and a household of another team
# (Noord), an account of every role in Oost and a worker and an admin of Noord.
# Usage: Tests/security/run.sh PATH/TO/weefsel
set -euo pipefail
weefsel="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(cd "$(dirname "$0")/../.." && pwd)"
source "$root/Tests/support/two-teams.sh"
for role in admin coordinator worker viewer; do
    printf 'security-%s-password\n' "$role" | "$weefsel" user add --name "oost-$role" --role "$role" --team Oost >/dev/null
done
for role in admin worker; do
    printf 'security-%s-password\n' "$role" | "$weefsel" user add --name "noord-$role" --role "$role" --team Noord >/dev/null
done
# Short deadlines for a request's head and body, so that the slow-client attacks finish quickly.
serve_on_loopback --head-timeout 3 --body-timeout 8
SERVER_PID="$server" WEEFSEL="$weefsel" WORK="$work" python3 "$root/Tests/security/test_attacks.py" "http://127.0.0.1:$port"
