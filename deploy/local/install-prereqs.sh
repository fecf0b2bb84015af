#!/usr/bin/env bash
# Installs what a fresh machine of the project's kind (JDK 17, Maven Central, Debian packages, no Docker)
# lacks for the run command and the tests: the PostgreSQL server binaries, a CJK font (PDF rendering in
# tests) and Chromium with its WebDriver (store-service's browser test). Idempotent: does nothing when
# everything is there.
set -euo pipefail

need=()
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || command -v pg_ctl >/dev/null 2>&1 || need+=(postgresql)
if ! ls /usr/share/fonts/truetype/wqy/wqy-microhei.ttc >/dev/null 2>&1; then
  need+=(fonts-wqy-microhei)
fi
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || [ -x /usr/bin/chromedriver ] || need+=(chromium-driver)

if ! command -v java >/dev/null 2>&1; then
  echo "nianbao: a JDK 17 or newer is required (java not found)" >&2
  exit 1
fi

if [ ${#need[@]} -gt 0 ]; then
  echo "nianbao: installing ${need[*]} (Debian packages)"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "nianbao: please install as root: apt-get install -y ${need[*]}" >&2; exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
