#!/usr/bin/env bash
# Scores red-flag corpus files (JSON with "ordinary" and "redFlags") with the shipped red-flag head beside the phrase
# screen (docs/triage.md, fourth and fifth tries) and prints counts only, per file and in total, never a sentence or a
# sign: ordinary texts alerted by the phrase screen alone / the combined screen / added; red flags caught at their tier
# or higher, likewise; emergencies at emergency, likewise. For the ship decision on parts nobody has read: files may lie
# anywhere, given by path (relative to where you run it, or absolute).
#   scripts/redflag-head-score.sh tests/PainCoach.Tests/RedFlags/corpus-tuning9.json /some/where/part.json ...
set -euo pipefail
if (($# == 0)); then
  echo "usage: scripts/redflag-head-score.sh <corpus file>..." >&2
  exit 2
fi
files=()
for file in "$@"; do
  if [[ ! -f "$file" ]]; then
    echo "no such file: $file" >&2
    exit 2
  fi
  files+=("$(realpath "$file")")
done
cd "$(dirname "${BASH_SOURCE[0]}")/.."
project=tools/PainCoach.FaqTuning
dotnet build "$project" -c Release --nologo -v q -clp:ErrorsOnly >/dev/null
dotnet run --project "$project" -c Release --no-build -- redflag-head-score "${files[@]}"
