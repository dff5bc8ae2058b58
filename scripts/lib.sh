# shellcheck shell=bash
# Shared helpers for berth's engine scripts (docker-engine, podman-engine, test-image,
# engines). Sourced, not executed; the caller sets BERTH_NAME and `set -euo pipefail`.

# shellcheck disable=SC2034 # (these are used by the scripts that source this file)
BERTH_RUN=/run/berth                      # PID files and daemon logs
BERTH_DOCKER_SOCK=${BERTH_DOCKER_SOCK:-/var/run/docker.sock}
BERTH_PODMAN_SOCK=${BERTH_PODMAN_SOCK:-/run/podman/podman.sock}
BERTH_TEST_IMAGE=${BERTH_TEST_IMAGE:-localhost/berth-test:busybox}
BERTH_SCRIPTS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

die() { echo "$BERTH_NAME: error: $*" >&2; exit 1; }

# die_log LOG MESSAGE: fail, showing the tail of a daemon log
die_log() {
  local log=$1; shift
  echo "$BERTH_NAME: error: $*" >&2
  if [[ -s $log ]]; then echo "--- last lines of $log:" >&2; tail -n 25 "$log" >&2; fi
  exit 1
}

now() { echo "$EPOCHREALTIME"; }
since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1fs", b - a }'; }

# Debian packages each engine needs (docker.io only when no dockerd is installed at all).
docker_pkgs() { command -v dockerd >/dev/null || echo docker.io; echo busybox-static curl iptables; }
podman_pkgs() { echo podman runc netavark aardvark-dns iptables busybox-static curl ca-certificates; }

# missing_pkgs PKG...: print the ones that are not installed, on one line
missing_pkgs() {
  local p s; local -A have=()
  while read -r p s; do [[ $s == ii ]] && have[$p]=1; done \
    < <(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "$@" 2>/dev/null || true)
  for p in "$@"; do [[ -n ${have[$p]:-} ]] || echo "$p"; done | sort -u | paste -sd ' '
}

# apt_ensure PKG...: install the missing ones in one apt-get call; no `apt-get update` otherwise
apt_ensure() {
  local missing log=$BERTH_RUN/apt.log
  missing=$(missing_pkgs "$@")
  [[ -z $missing ]] && return 0
  [[ $(id -u) -eq 0 ]] || die "must be root to install: $missing"
  mkdir -p "$BERTH_RUN"
  # shellcheck disable=SC2086 # word splitting of the package list is intended
  { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
  } >"$log" 2>&1 || die_log "$log" "apt-get install failed: $missing"
}

# ping_headers SOCK: HTTP status line + headers + body of GET /_ping ("" if nothing answers)
ping_headers() { curl -s -i --max-time 3 --unix-socket "$1" http://d/_ping 2>/dev/null | tr -d '\r' || true; }
answers() { grep -q '^HTTP/[0-9.]* 200' <<<"$1"; }
header() { sed -n "s/^$2: *//Ip" <<<"$1" | head -n 1; }       # header PING_OUTPUT NAME
server_version() { header "$1" Server | sed 's|^[^/]*/||; s| .*||'; }   # "Docker/20.10.24 (linux)" -> 20.10.24

# alive PID: running and not a zombie
alive() { [[ -r /proc/$1/status ]] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status"; }

# our_pid PIDFILE REGEX: print the PID from PIDFILE if it is alive and its cmdline matches REGEX
our_pid() {
  local pid
  [[ -f $1 ]] && pid=$(<"$1") && [[ $pid =~ ^[0-9]+$ ]] && alive "$pid" &&
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -Eq -- "$2" && echo "$pid"
  return 0
}

# serves PID SOCK: the process was started for this socket (its cmdline names unix://SOCK)
serves() { tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -qF -- "unix://$2"; }

# start_bg PIDFILE LOG CMD...: start CMD detached in its own session, record its PID
start_bg() {
  local pidfile=$1 log=$2; shift 2
  mkdir -p "$BERTH_RUN"
  setsid "$@" >"$log" 2>&1 </dev/null &
  echo $! >"$pidfile"
}

# wait_ping SOCK PIDFILE LOG SECONDS: poll /_ping until it answers; fail early if the daemon dies
wait_ping() {
  local sock=$1 pid log=$3 deadline=$((SECONDS + $4))
  pid=$(<"$2")
  until answers "$(ping_headers "$sock")"; do
    alive "$pid" || die_log "$log" "daemon (pid $pid) exited before answering on $sock"
    ((SECONDS < deadline)) || die_log "$log" "nothing answers on $sock after $4 s (pid $pid still running)"
    sleep 0.2
  done
}

# stop_ours PIDFILE REGEX WHAT: stop the daemon we started (never anything else)
stop_ours() {
  local pid i
  pid=$(our_pid "$1" "$2")
  if [[ -z $pid ]]; then
    rm -f "$1"; echo "$BERTH_NAME: nothing to stop (no $3 started by berth is running)"; return 0
  fi
  kill "$pid"
  for ((i = 0; i < 200; i++)); do alive "$pid" || break; sleep 0.1; done
  alive "$pid" && die "$3 (pid $pid) did not exit within 20 s after SIGTERM"
  rm -f "$1"; echo "$BERTH_NAME: stopped $3 (pid $pid)"
}
