#!/usr/bin/env bash
# Texts the local DevServer as Twilio would: a signed inbound-message webhook.
# Usage: scripts/text.sh +13125550123 "JOIN HEEL"   (env: URL, TOKEN = Twilio__AuthToken of the server)
# Reminders and other outgoing SMS land in the local outbox table (no Twilio credentials) and the console log.
set -euo pipefail
from=${1:?phone number in E.164, e.g. +13125550123}
body=${2:?message text}
url=${URL:-http://localhost:7071/api/sms/inbound}
token=${TOKEN:-local-dev-token}
sid="SM$(openssl rand -hex 16)"
# Twilio's signature: HMAC-SHA1 over the URL followed by each form key and value, keys sorted.
signature=$(printf '%s' "${url}Body${body}From${from}MessageSid${sid}" | openssl dgst -sha1 -hmac "$token" -binary | base64)
curl -sS -X POST "$url" -H "X-Twilio-Signature: $signature" \
  --data-urlencode "Body=${body}" --data-urlencode "From=${from}" --data-urlencode "MessageSid=${sid}"
echo
