#!/usr/bin/env bash
# Refits the semantic red-flag channel (src/PainCoach/RedFlags/Semantic/red-flag-semantic.json) after any change to
# the training corpora, the FAQ's tuning questions, the phrase data (the guard and the clause exemplars read it) or the
# sentence model: embeds every seen text and its clauses (cached in the temp directory), fits one model per writer
# left out, chooses the slack by the third try's rule (docs/triage.md) and refits on every writer. It prints the
# leave-writer-out figures per slack and per writer. About 10 minutes on 2 cores; never at start-up. The unit test
# SemanticRedFlagChannelTests fails while the file is stale. Commit the file. Never reads heldout9 to heldout12.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
project=tools/PainCoach.FaqTuning
dotnet build "$project" -c Release --nologo -v q -clp:ErrorsOnly
dotnet run --project "$project" -c Release --no-build -- redflag-model
