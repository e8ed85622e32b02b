#!/usr/bin/env bash
# Runs the reminder timer once as if the clock said the given time (by default: when the next reminder is due),
# against the same storage as ./run.sh, so a reminder can be seen at any hour. Reminders due by then (and not older
# than the grace window) are sent; locally they land in the outbox: scripts/outbox.sh.
# Usage: scripts/remind-now.sh [next | 2026-12-03T19:00-05:00 | +90m | +3h | +2d]   (default: next; no offset means UTC)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet build src/PainCoach.DevServer --nologo -v quiet -clp:ErrorsOnly >/dev/null
exec dotnet src/PainCoach.DevServer/bin/Debug/net10.0/PainCoach.DevServer.dll remind-now "$@"
