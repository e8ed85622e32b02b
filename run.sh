#!/usr/bin/env bash
# Runs PainCoach locally: Azurite in memory on loopback (unless AzureWebJobsStorage points elsewhere), then the
# DevServer on http://localhost:7071 (pass --urls to change it). Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/common.sh

settings=src/PainCoach.Functions/local.settings.json
if [[ ! -f $settings ]]; then
  cp src/PainCoach.Functions/local.settings.sample.json "$settings"
  echo "Created $settings from the sample (it is git-ignored: local secrets go there)."
fi

# npm and the .NET build run side by side: one waits on the network, the other on the CPU.
ensure_node_packages &
npm_pid=$!
dotnet build src/PainCoach.DevServer --nologo -v quiet -clp:ErrorsOnly
wait "$npm_pid"

storage=${AzureWebJobsStorage:-$(node -e 'try{const v=require(process.argv[1]).Values||{};process.stdout.write(v.AzureWebJobsStorage||"")}catch{}' "./$settings")}
azurite_pid=
cleanup() {
  if [[ -n $azurite_pid ]]; then kill "$azurite_pid" 2>/dev/null || true; wait "$azurite_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ $storage == *UseDevelopmentStorage=true* || $storage == *127.0.0.1:10002* || $storage == *localhost:10002* ]]; then
  if port_in_use 10002; then
    echo "Something already listens on 127.0.0.1:10002; using it as Azurite."
  else
    echo "Starting Azurite in memory on 127.0.0.1:10000-10002..."
    node_modules/.bin/azurite --inMemoryPersistence --skipApiVersionCheck --disableTelemetry --silent \
      --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 &
    azurite_pid=$!
    wait_for_port 10002 30
  fi
else
  echo "AzureWebJobsStorage points elsewhere; not starting Azurite."
fi

dotnet src/PainCoach.DevServer/bin/Debug/net10.0/PainCoach.DevServer.dll "$@"
