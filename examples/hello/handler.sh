#!/bin/sh
# A tiny "function" for berth's busybox test image: it greets whoever $GREETING_NAME names,
# shows what berth set up (its code mount, its memory limit), answers ONE HTTP request on port
# 8080 and returns, the way a function handles one invocation.
set -eu

name=${GREETING_NAME:-world}
limit=$(cat /sys/fs/cgroup/memory.max 2>/dev/null || cat /sys/fs/cgroup/memory/memory.limit_in_bytes)
case $limit in
  max | 9223372036854*) limit="none" ;;
  *) limit="$((limit / 1024 / 1024)) MB" ;;
esac

echo "hello: invoked in $(pwd) with code: $(echo *)"
echo "hello: GREETING_NAME=$name, memory limit: $limit"

body="Hello, $name! Greetings from a berth container."
printf 'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %s\r\nConnection: close\r\n\r\n%s\n' \
  "$((${#body} + 1))" "$body" | nc -l -p 8080 >/dev/null

echo "hello: answered one request on :8080, done"
