#!/usr/bin/env bash
# Stops a pipeline started by deploy/local/run.sh (services, Kafka, PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")"
pidfile=state/runner.pid
if [ ! -f "$pidfile" ]; then echo "[nianbao] nothing running (no $pidfile)"; exit 0; fi
pid=$(cat "$pidfile")
if ! kill -0 "$pid" 2>/dev/null; then echo "[nianbao] runner $pid is gone"; rm -f "$pidfile"; exit 0; fi
kill -TERM "$pid"
for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || { echo "[nianbao] stopped"; exit 0; }; sleep 0.5; done
echo "[nianbao] runner $pid still alive after 60 s" >&2; exit 1
