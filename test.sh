#!/usr/bin/env bash
# Runs every test project. The integration tests start their own Azurite (from the pinned npm package) on free
# loopback ports, a fake Twilio API and the DevServer; the widget's browser tests drive Debian's Chromium.
# Extra arguments go to `dotnet test` (e.g. --filter).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/common.sh

ensure_node_packages
ensure_chromium
dotnet build Functions.sln --nologo -clp:Summary
results=$(mktemp -d)
status=0
dotnet test Functions.sln --no-build --nologo --logger "trx" --results-directory "$results" "$@" || status=$?

# One plain closing line for every runner that reads it.
awk -F'"' '/<Counters /{for(i=1;i<NF;i++){if($i~/ passed=$/)p+=$(i+1);if($i~/ failed=$/)f+=$(i+1)}} END{printf "%d passed, %d failed\n", p, f}' "$results"/*.trx 2>/dev/null || true
rm -rf "$results"
exit "$status"
