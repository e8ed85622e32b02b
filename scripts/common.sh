# Shared by run.sh, test.sh and .ci/run. Sourced, not executed.

# Installs the pinned Azurite unless node_modules already matches package-lock.json.
ensure_node_packages() {
  if [[ -x node_modules/.bin/azurite && node_modules/.package-lock.json -nt package-lock.json ]]; then
    return 0
  fi
  echo "Installing Azurite from package-lock.json (npm ci)..."
  npm ci --no-audit --no-fund --loglevel=error
}

# Waits until something accepts TCP connections on 127.0.0.1:$1, for at most $2 seconds.
wait_for_port() {
  local port=$1 deadline=$((SECONDS + $2))
  until port_in_use "$port"; do
    if ((SECONDS >= deadline)); then
      echo "Nothing answered on 127.0.0.1:$port after $2 s." >&2
      return 1
    fi
    sleep 0.2
  done
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
