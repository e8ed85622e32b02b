#!/usr/bin/env bash
# Builds and lints infra/main.bicep with the Bicep CLI from NuGet; any warning or error fails (Bicep reports
# type errors as warnings). Usage: infra/bicep.sh [output-dir]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

dotnet restore tools/BicepCli.csproj --nologo -v quiet >/dev/null
packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
bicep="$packages/azure.bicep.commandline.linux-x64/0.49.2/tools/bicep"
chmod +x "$bicep"

out=${1:-$(mktemp -d)}
findings=0
for step in build lint; do
  log=$(mktemp)
  if [[ $step == build ]]; then
    "$bicep" build main.bicep --outfile "$out/main.json" --diagnostics-format default >"$log" 2>&1 || findings=1
  else
    "$bicep" lint main.bicep --diagnostics-format default >"$log" 2>&1 || findings=1
  fi
  if grep -Eq ': (Warning|Error) ' "$log"; then findings=1; fi
  if [[ -s $log ]]; then cat "$log"; fi
  rm -f "$log"
done

if ((findings)); then
  echo "bicep: findings in infra/ (warnings count as errors)." >&2
  exit 1
fi
echo "bicep: main.bicep builds and lints clean ($out/main.json)."
node check-template.mjs "$out/main.json"
