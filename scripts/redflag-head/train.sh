#!/usr/bin/env bash
# Trains the red-flag head (docs/triage.md, fourth and fifth tries) and writes src/PainCoach/RedFlags/Head/red-flag-head.{onnx,json}:
# dumps the training texts' token states with the service's own sentence model (C#, artifacts/redflag-head, git-ignored),
# trains leaving each writer out to choose the thresholds (PyTorch), prints counts per writer, then checks that the
# exported head gives in C# what it gave in PyTorch. Dev-time only: PyTorch is never needed to build, test or run the
# service. Needs Debian's PyTorch:  sudo apt-get update && sudo apt-get install -y python3-torch python3-numpy
#   scripts/redflag-head/train.sh            (about 40 minutes on 2 idle cores; --fresh recomputes the dump and the folds;
#                                            --thresholds-only: after the phrases changed, only the guard, thresholds and tables)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
python=/usr/bin/python3
if ! "$python" -c 'import torch, numpy' 2>/dev/null; then
  echo "PyTorch is missing: sudo apt-get update && sudo apt-get install -y python3-torch python3-numpy" >&2
  exit 2
fi
dump=artifacts/redflag-head
project=tools/PainCoach.FaqTuning
dotnet build "$project" -c Release --nologo -v q -clp:ErrorsOnly >/dev/null
if [[ "${1:-}" == "--fresh" ]]; then
  rm -rf "$dump"
fi
if [[ "${1:-}" == "--thresholds-only" ]]; then
  # The phrase screen changed: new phrase levels and guards, the same token states, folds and shipped head.
  dotnet run --project "$project" -c Release --no-build -- redflag-head-relabel "$dump"
  "$python" scripts/redflag-head/train.py --dump "$dump" --out src/PainCoach/RedFlags/Head --thresholds-only
  exit 0
fi
if [[ ! -f "$dump/states.f32" ]]; then
  dotnet run --project "$project" -c Release --no-build -- redflag-head-dump "$dump"
fi
"$python" scripts/redflag-head/train.py --dump "$dump" --out src/PainCoach/RedFlags/Head
dotnet build "$project" -c Release --nologo -v q -clp:ErrorsOnly >/dev/null
dotnet run --project "$project" -c Release --no-build -- redflag-head-check "$dump"
