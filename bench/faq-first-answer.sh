#!/usr/bin/env bash
# Process start to first FAQ answer, in fresh processes (each one a cold start), two ways:
#   jit  - `dotnet build -c Release`: every method of ours is JIT-compiled on first call;
#   r2r  - `dotnet publish -c Release`: precompiled for linux-x64 by src/ReadyToRunPublish.props, the same settings the
#          Functions app is published with for Azure.
# Prints every run and the median of each way. Usage: bench/faq-first-answer.sh [runs]   (default 11)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-11}"
project=bench/PainCoach.FirstAnswer/PainCoach.FirstAnswer.csproj
out="${TMPDIR:-/tmp}/paincoach-first-answer"
rm -rf "$out"
dotnet build "$project" -c Release --nologo -v q -clp:ErrorsOnly -o "$out/jit" >/dev/null
dotnet publish "$project" -c Release --nologo -v q -clp:ErrorsOnly -o "$out/r2r" >/dev/null

for way in jit r2r; do
  dotnet "$out/$way/PainCoach.FirstAnswer.dll" >/dev/null # warm the OS file cache once; not counted
  times=()
  for _ in $(seq "$runs"); do
    line=$(dotnet "$out/$way/PainCoach.FirstAnswer.dll")
    echo "$way: $line"
    times+=("$(sed -E "s/.* ([0-9]+) ms after process start.*/\1/" <<<"$line")")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$way: median $median ms over $runs runs (target 800 ms)"
done
