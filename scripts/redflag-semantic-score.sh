#!/usr/bin/env bash
# Scores red-flag corpus files (corpus-*.json with "ordinary" and "redFlags") with the shipped combined screen (phrases
# and the semantic backup) beside the phrase screen alone, and prints counts only, per file and in total: never a
# sentence. For the ship decision on parts nobody has read (docs/triage.md, third try).
#   scripts/redflag-semantic-score.sh tests/PainCoach.Tests/RedFlags/corpus-tuning9.json ...
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if (($# == 0)); then
  echo "usage: scripts/redflag-semantic-score.sh <corpus file>..." >&2
  exit 2
fi
project=tools/PainCoach.FaqTuning
dotnet build "$project" -c Release --nologo -v q -clp:ErrorsOnly >/dev/null
dotnet run --project "$project" -c Release --no-build -- redflag-score "$@"
