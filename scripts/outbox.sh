#!/usr/bin/env bash
# Lists the texts the local app would have sent (no Twilio credentials: they go to the SmsOutbox table), newest
# first, numbers masked. Uses the DevServer's settings (local.settings.json, environment), so run it beside ./run.sh.
# Usage: scripts/outbox.sh [how many, default 20]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet build src/PainCoach.DevServer --nologo -v quiet -clp:ErrorsOnly >/dev/null
exec dotnet src/PainCoach.DevServer/bin/Debug/net10.0/PainCoach.DevServer.dll outbox "$@"
