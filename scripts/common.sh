# Shared by run.sh, test.sh and .ci/run. Sourced, not executed.

# Installs the pinned npm packages (Azurite; puppeteer-core and axe-core for the widget's browser tests) unless
# node_modules already matches package-lock.json.
ensure_node_packages() {
  if [[ -x node_modules/.bin/azurite && -d node_modules/puppeteer-core && -d node_modules/axe-core \
        && node_modules/.package-lock.json -nt package-lock.json ]]; then
    return 0
  fi
  echo "Installing the pinned npm packages from package-lock.json (npm ci)..."
  npm ci --no-audit --no-fund --loglevel=error
}

# The widget's browser tests drive Debian's Chromium (puppeteer-core never downloads a browser). On CI (CI=true)
# it is installed with apt-get when missing; elsewhere a missing browser stops the tests with how to install it.
ensure_chromium() {
  if [[ -n ${PAINCOACH_CHROMIUM:-} && -x ${PAINCOACH_CHROMIUM} ]] || [[ -x /usr/bin/chromium ]]; then
    return 0
  fi
  if [[ ${CI:-} == true ]]; then
    echo "Installing Chromium from Debian's packages (apt-get)..."
    local sudo=
    if [[ $(id -u) -ne 0 ]]; then sudo=sudo; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
    return 0
  fi
  echo "Chromium is not installed: the widget's browser tests need it." >&2
  echo "Install it with:  sudo apt-get update && sudo apt-get install -y chromium" >&2
  echo "(or set PAINCOACH_CHROMIUM to a Chromium binary)." >&2
  return 1
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
