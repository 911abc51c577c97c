#!/usr/bin/env bash
# PC/SC test environment: pcscd, the vpcd virtual reader, and what building pyscard needs.
# Safe to re-run: installs only what is missing.
#
#   scripts/pcsc_test_env.sh           install + check (what CI runs before the tests)
#   scripts/pcsc_test_env.sh install   apt packages only (run it before `pip install pyscard`)
#   scripts/pcsc_test_env.sh check     start a private pcscd + vpcd, list its readers, stop it
#   scripts/pcsc_test_env.sh start     a background `pcscd -f` on the default socket with vpcd on
#                                      TCP 35963, for trying the CLI by hand:
#                                        python -m drivers.idcard.vpcd_card &
#                                        python -m drivers.idcard --driver pcsc \
#                                          --reader "Virtual PCD 00 00" --wait 5 read
#   scripts/pcsc_test_env.sh stop      stop that pcscd
#
# The tests do not need `start`: they run their own pcscd on a private socket and free ports
# (drivers/idcard/pcscd_env.py), so a developer's system pcscd and real readers stay untouched.
# `pcscd -f` (foreground) because the packaged unit's --auto-exit stops it after 60 s idle.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
say() { printf '\033[1m[pcsc]\033[0m %s\n' "$*"; }

# runtime: pcscd + vpcd; build of pyscard==2.3.1 (source-only on PyPI): swig, a C compiler,
# the pcsc-lite headers and Python's headers.
APT_PACKAGES=(pcscd vsmartcard-vpcd libpcsclite1 libpcsclite-dev swig gcc python3-dev)
PIDFILE="${TMPDIR:-/tmp}/kiosk-pcscd.pid"
PYTHON="${PYTHON:-}"
if [[ -z "$PYTHON" ]]; then
  if [[ -x .venv/bin/python ]]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi

install() {
  local missing=() pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  if ((${#missing[@]} == 0)); then
    say "apt packages present: ${APT_PACKAGES[*]}"
    return
  fi
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  say "installing: ${missing[*]}"
  $sudo apt-get update -qq
  # policy-rc.d may refuse to start the packaged service in containers: that is fine, the
  # tests and `start` run pcscd themselves.
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
}

check() {
  say "checking a private pcscd with vpcd ($PYTHON)"
  "$PYTHON" -m drivers.idcard.pcscd_env
}

start() {
  if [[ -f "$PIDFILE" ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    say "pcscd already running (pid $(cat "$PIDFILE"))"
    return
  fi
  if pidof pcscd >/dev/null; then
    say "a pcscd is already running (not ours): using it"
    return
  fi
  [[ -f /etc/reader.conf.d/vpcd ]] || { echo "vsmartcard-vpcd is not installed: run install" >&2; exit 1; }
  mkdir -p /run/pcscd 2>/dev/null || true
  nohup pcscd --foreground >"${TMPDIR:-/tmp}/kiosk-pcscd.log" 2>&1 &
  echo $! >"$PIDFILE"
  for _ in $(seq 50); do
    [[ -S /run/pcscd/pcscd.comm ]] && { say "pcscd running (pid $(cat "$PIDFILE")), vpcd on 35963"; return; }
    sleep 0.1
  done
  echo "pcscd did not come up; see ${TMPDIR:-/tmp}/kiosk-pcscd.log" >&2
  exit 1
}

stop() {
  if [[ -f "$PIDFILE" ]]; then
    kill "$(cat "$PIDFILE")" 2>/dev/null || true
    rm -f "$PIDFILE"
    say "pcscd stopped"
  fi
}

case "${1:-all}" in
  all) install; check ;;
  install) install ;;
  check) check ;;
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 [all|install|check|start|stop]" >&2; exit 2 ;;
esac
