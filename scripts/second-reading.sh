#!/usr/bin/env bash
# The red-flag screen's second reading (docs/triage.md, "Second reading"):
#   scripts/second-reading.sh build            re-encode the read corpus parts and probe sets → src/PainCoach/RedFlags/red-flag-neighbours.bin
#                                              (after a round reads new parts or adds probes, or the model changes; ~2 min on 2 cores)
#   scripts/second-reading.sh measure [PART|FILE]...  the rule's figures with each read part and probe set left out of the bank, then
#                                              counts only on fresh parts or a writer's private file
# The unit test SecondReadingTests fails while the bank is stale. Commit the file. When a round consumes held-out parts,
# move them from "fresh" to "read" in tests/PainCoach.Tests/RedFlags/parts.json (the tests and both tools read it), then build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
project=tools/PainCoach.SecondReading
dotnet build "$project" -c Release --nologo -v q -clp:ErrorsOnly
dotnet run --project "$project" -c Release --no-build -- "$@"
