#!/usr/bin/env bash
# Browser tests of Weefsel's web pages: the sample neighbourhood in a fresh database, a demo
# account per role and a worker of another team, `weefsel serve` on loopback, and Selenium driving
# Debian's chromium through the pages. With --screens DIR, saves a screenshot of each page there.
# Usage: Tests/browser/run.sh PATH/TO/weefsel [--screens DIR]
set -euo pipefail
weefsel="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
root="$(cd "$(dirname "$0")/../.." && pwd)"
source "$root/Tests/support/two-teams.sh"
for role in admin coordinator worker viewer; do
    printf 'browser-%s-password\n' "$role" | "$weefsel" user add --name "demo-$role" --role "$role" --team Oost >/dev/null
done
printf 'browser-noord-password\n' | "$weefsel" user add --name noord-worker --role worker --team Noord >/dev/null
# A worker whose password the account scenario changes.
printf 'browser-account-password\n' | "$weefsel" user add --name demo-account --role worker --team Oost >/dev/null
serve_on_loopback
python3 "$root/Tests/browser/test_pages.py" "http://127.0.0.1:$port" "$@"
