#!/usr/bin/env bash
# Refits the semantic red-flag channel (src/PainCoach/RedFlags/Semantic/red-flag-semantic.json) after any change to
# the seen red-flag corpora, the FAQ's v2 tuning questions, the phrase data (its negation guard and clause exemplars
# read it) or the sentence model: embeds every seen text and its clauses, chooses the slack leaving each writer out,
# fits the softmax. A few minutes; never at start-up. The unit test SemanticRedFlagChannelTests fails while it is
# stale. Commit the file. The leave-writer-out experiment of docs/triage.md:
#   dotnet run --project tools/PainCoach.FaqTuning -c Release --no-build -- redflag-semantic --by-writer --all-variants
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
project=tools/PainCoach.FaqTuning
dotnet build "$project" -c Release --nologo -v q -clp:ErrorsOnly
dotnet run --project "$project" -c Release --no-build -- redflag-model
