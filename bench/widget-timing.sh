#!/usr/bin/env bash
# The widget's figures (README "Widget"): widget.js gzipped, page load to widget ready, Enter to answer shown, in
# headless Chromium against a DevServer on Azurite, each the median of RUNS (default 20). Azurite and the DevServer
# run on free loopback ports and are stopped at the end. Usage: bench/widget-timing.sh   (RUNS=50 for more)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/common.sh

ensure_node_packages
ensure_chromium
dotnet build src/PainCoach.DevServer --nologo -v quiet -clp:ErrorsOnly

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
blob=$(free_port); queue=$(free_port); table=$(free_port); app=$(free_port)
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

(cd "$work" && exec "$OLDPWD/node_modules/.bin/azurite" --inMemoryPersistence --skipApiVersionCheck --disableTelemetry --silent \
  --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" --tableHost 127.0.0.1 --tablePort "$table") &
pids+=($!)
wait_for_port "$table" 30

key=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==
AzureWebJobsStorage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;" \
Logging__LogLevel__Default=Warning \
  dotnet src/PainCoach.DevServer/bin/Debug/net10.0/PainCoach.DevServer.dll --urls "http://127.0.0.1:$app" > "$work/devserver.log" 2>&1 &
pids+=($!)
wait_for_port "$app" 60

PAINCOACH_APP_URL="http://127.0.0.1:$app" node bench/widget/timing.mjs
