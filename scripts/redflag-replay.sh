#!/usr/bin/env bash
# Leave-one-writer-out replay of the free-text red-flag screen (docs/triage-rounds.md, "Concept phrases"): the phrase file as
# it was at COMMIT (before a writer's sentences were tuned on), with today's concept phrases grafted on, against that
# writer's seen corpus parts. Without --no-graft and with it, the two runs side by side show what the concept phrases add.
#   scripts/redflag-replay.sh COMMIT PART... [--show]
# e.g. scripts/redflag-replay.sh 1c84dbc^ tuning2      (tuning2's writer, before the tuning2 fixes)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
commit=$1; shift
project=tools/PainCoach.RedFlagReplay
phrases=src/PainCoach/RedFlags/red-flag-phrases.json
old=$(mktemp --suffix=.json)
trap 'rm -f "$old"' EXIT
git show "$commit:$phrases" > "$old"
dotnet build "$project" -c Release --nologo -v q -clp:ErrorsOnly
echo "== without concept phrases"
dotnet run --project "$project" -c Release --no-build -- "$old" "$@"
echo "== with today's concept phrases grafted on"
dotnet run --project "$project" -c Release --no-build -- "$old" --graft "$phrases" "$@"
