#!/usr/bin/env bash
# Runs a helper's probe sets (tools/PainCoach.RedFlagReplay/probes/NAME-ordinary.txt and NAME-red-flags.txt) through the
# free-text screen with a phrase file. Red-flag lines are "tier|sentence" (tier: emergency, urgent or see_clinician), or
# a bare sentence, which counts as caught at any alert level (most helpers' probe files have no tiers).
#   scripts/redflag-probes.sh NAME [PHRASES.json]      e.g. scripts/redflag-probes.sh rf-recall4
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
name=$1
phrases=${2:-src/PainCoach/RedFlags/red-flag-phrases.json}
project=tools/PainCoach.RedFlagReplay
probes=$project/probes
dotnet build "$project" -c Release --nologo -v q -clp:ErrorsOnly >/dev/null
mapfile -t ordinary < "$probes/$name-ordinary.txt"
tiered='^(emergency|urgent|see_clinician)\|'
mapfile -t tiers < <(sed -E "/$tiered/!s/.*/any/; s/\|.*//" "$probes/$name-red-flags.txt")
mapfile -t signs < <(sed -E "s/$tiered//" "$probes/$name-red-flags.txt")
ask() { dotnet run --project "$project" -c Release --no-build -- "$phrases" --ask "$@" | tail -n +2; }
mapfile -t read_ordinary < <(ask "${ordinary[@]}")
alerts=0
for line in "${read_ordinary[@]}"; do
  if [[ $line != "no alert"* ]]; then alerts=$((alerts + 1)); echo "  FALSE ALERT $line"; fi
done
mapfile -t read_signs < <(ask "${signs[@]}")
caught=0
for i in "${!read_signs[@]}"; do
  case "${tiers[$i]}:${read_signs[$i]%% *}" in
    *:Emergency | urgent:Urgent | see_clinician:Urgent | see_clinician:SeeClinician | any:Urgent | any:SeeClinician) caught=$((caught + 1)) ;;
    *) echo "  MISSED ${tiers[$i]}: ${read_signs[$i]}" ;;
  esac
done
echo "$name probes: ordinary ${#ordinary[@]}, alerts $alerts; red flags ${#signs[@]}, caught at tier or higher $caught"
