#!/usr/bin/env bash
# Process start to first FAQ answer, Release build, in fresh processes (each one a cold start).
# Usage: bench/faq-first-answer.sh [runs]   (default 10)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-10}"
dotnet build bench/PainCoach.Benchmarks -c Release --nologo -v q -clp:ErrorsOnly >/dev/null
dll=bench/PainCoach.Benchmarks/bin/Release/net10.0/PainCoach.Benchmarks.dll
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  line=$(dotnet "$dll" first-answer)
  end=$(date +%s%N)
  echo "$line; whole process incl. runtime shutdown $(( (end - start) / 1000000 )) ms"
done
