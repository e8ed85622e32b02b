#!/usr/bin/env bash
# Publishes the Functions app the way `azd deploy` does (dotnet publish -c Release) and checks the output: host.json,
# functions.metadata and the worker config are there, and our assemblies are ReadyToRun for linux-x64.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet publish src/PainCoach.Functions -c Release -o "$out" --nologo -v q -clp:ErrorsOnly
dotnet run scripts/check-publish.cs -- "$out"
