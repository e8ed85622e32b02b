#!/usr/bin/env bash
# The red-flag screen's second reading (docs/triage.md, "Second reading"):
#   scripts/second-reading.sh build            re-encode the read corpus parts → src/PainCoach/RedFlags/red-flag-neighbours.bin
#                                              (after a round reads new parts, or the sentence model changes; ~2.5 min on 2 cores)
#   scripts/second-reading.sh measure [PART|FILE]...  the rule's figures with each read part left out of the bank, then
#                                              counts only on fresh parts or a writer's private file
# The unit test SecondReadingBankTests fails while the bank is stale. Commit the file.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
project=tools/PainCoach.SecondReading
dotnet build "$project" -c Release --nologo -v q -clp:ErrorsOnly
dotnet run --project "$project" -c Release --no-build -- "$@"
