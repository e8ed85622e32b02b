#!/usr/bin/env bash
# Regenerates the FAQ's precomputed data after any change to src/PainCoach/Faq/knowledge-base.json (questions or
# phrasings), to the sentence model, to the ranking features or to the evaluation sets' tuning parts:
#   1. the knowledge base's sentence vectors (src/PainCoach/Faq/Semantic/faq-vectors.json);
#   2. the calibrated score, fitted on the tuning parts only (src/PainCoach/Faq/Ranking/faq-calibration.json).
# The unit test FaqVectorsTests fails while the vectors are stale. Commit both files.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
project=tools/PainCoach.FaqTuning
dotnet build "$project" -c Release --nologo -v q -clp:ErrorsOnly
# Twice: the vectors are embedded in the library, and calibration reads the fresh file directly.
dotnet run --project "$project" -c Release --no-build -- vectors
dotnet run --project "$project" -c Release --no-build -- calibrate \
  tests/PainCoach.Tests/Faq/faq-evaluation-v2.tuning.json tests/PainCoach.Tests/Faq/faq-evaluation-v2.tuning-more.json \
  tests/PainCoach.Tests/Faq/faq-evaluation-v2.consumed.json tests/PainCoach.Tests/Faq/faq-evaluation-v3.tuning.json \
  tests/PainCoach.Tests/Faq/faq-evaluation-v3.tuning4.json --folds 5 --by-part
