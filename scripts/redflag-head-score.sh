#!/usr/bin/env bash
# Scores red-flag corpus files (corpus-*.json with "ordinary" and "redFlags") with the shipped red-flag head beside the
# phrase screen (docs/triage.md, fourth try) and prints counts only, per file and in total, never a sentence or a sign:
# ordinary texts alerted by the phrase screen alone / the combined screen / added; red flags caught at their tier or
# higher, likewise; emergencies at emergency, likewise. For the ship decision on parts nobody has read.
#   scripts/redflag-head-score.sh tests/PainCoach.Tests/RedFlags/corpus-tuning9.json ...
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if (($# == 0)); then
  echo "usage: scripts/redflag-head-score.sh <corpus file>..." >&2
  exit 2
fi
project=tools/PainCoach.FaqTuning
dotnet build "$project" -c Release --nologo -v q -clp:ErrorsOnly >/dev/null
dotnet run --project "$project" -c Release --no-build -- redflag-head-score "$@"
