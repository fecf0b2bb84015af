#!/usr/bin/env bash
# Hostile inputs and fault injection against the real pipeline (issue 12, items 4 and 5).
#
#   deploy/local/faults.sh [--hostile | --faults] [--quick] [--docs N] [--build]
#
# Starts Kafka, PostgreSQL and the four packaged services exactly as the run command does (LocalPipeline, free
# ports on 127.0.0.1 only, state and logs in deploy/local/state/faults/), then
#   --hostile  writes the hostile corpus (deploy/local/hostile/make-corpus.sh -> deploy/local/state/hostile/),
#              posts each file to ingest (X-API-Key), records where it stopped: ingest's refusal (status +
#              problem type), a dead letter on reports.{parse,validate,store}.dlq (with its reason header) or
#              stored; checks that no service died and none logged an OutOfMemoryError, and measures how long a
#              good document (a data/samples text made distinct by an appended line) sent right after takes to
#              be stored. Prints: input, bytes, where it stopped, answer, good-doc-after latency.
#   --faults   streams N distinct good documents (default 2000; --quick 250) in five phases; in each, once a
#              third of the phase is accepted: kill -9 ingest / parse / validate / store (a replacement process of
#              the same jar with the same command and environment is launched) or a restart of the broker.
#              Senders retry until ingest answers 202/200. Then counts per phase in PostgreSQL (reports table):
#              stored, lost, duplicated (a second row, or a second distinct STORED(new) event); over the run: every
#              outbox row on reports.changes by ce_id, repeated ce_ids, dead letters, consumer lag back to zero,
#              no partition of raw/parsed/validated left unconsumed. Prints: fault, sent, accepted, stored, lost,
#              duplicated, retries, ready after (fault -> service ready), all stored (fault -> phase drained).
#   (neither)  both, on one pipeline.
# --build rebuilds the four services first (./mvnw package -DskipTests); otherwise the jars in */target are used.
# Bounded: each phase drains for at most 8 min (--quick 4), each hostile input 120 s, its good doc 180 s; about
# 15-20 min in all on 2 cores by default, ~6 min with --quick. Stops everything it started, also on failure or
# Ctrl-C (the JVM's shutdown hook); the tables are also written to deploy/local/state/faults/report.txt.
# Exit status: 0 no problem, 1 problems listed at the end, 2 aborted.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
ARGS=()
BUILD=0
HOSTILE=1
for a in "$@"; do
  case "$a" in
    --build) BUILD=1 ;;
    --faults) HOSTILE=0; ARGS+=("$a") ;;
    *) ARGS+=("$a") ;;
  esac
done
deploy/local/install-prereqs.sh
if [ "$BUILD" = 1 ]; then ./mvnw -B -q package -DskipTests; fi
for s in ingest-service parse-service validate-service store-service; do
  [ -f "$s/target/quarkus-app/quarkus-run.jar" ] || { echo "[faults] $s not built: run with --build" >&2; exit 2; }
done
# The broker's classpath (written by local-infra's build); other engineers may be rebuilding that module, so
# take it from the first place that has it, and compile local-infra's sources (the launchers and this suite)
# into a folder of our own instead of running from deploy/local-infra/target/classes.
find_kcp() {
  local f=deploy/local-infra/target/classes/nianbao-kafka.classpath
  if [ -s "$f" ]; then cat "$f"; return; fi
  for j in deploy/local-infra/target/local-infra-0.1.0-SNAPSHOT.jar ~/.m2/repository/io/nianbao/local-infra/0.1.0-SNAPSHOT/local-infra-0.1.0-SNAPSHOT.jar; do
    if [ -f "$j" ] && unzip -p "$j" nianbao-kafka.classpath 2>/dev/null | grep -q kafka; then unzip -p "$j" nianbao-kafka.classpath; return; fi
  done
}
KCP="$(find_kcp)"
if [ -z "$KCP" ]; then
  ./mvnw -B -q -pl deploy/local-infra install -DskipTests
  KCP="$(find_kcp)"
fi
OUT=deploy/local/state/faults-classes
rm -rf "$OUT" && mkdir -p "$OUT"
printf '%s' "$KCP" > "$OUT/nianbao-kafka.classpath"
javac -nowarn -d "$OUT" -cp "$KCP" $(find deploy/local-infra/src/main/java -name '*.java')
# the corpus is written once (make-corpus.sh leaves a .complete marker); delete the folder to write it again
if [ "$HOSTILE" = 1 ] && [ ! -f deploy/local/state/hostile/.complete ]; then deploy/local/hostile/make-corpus.sh deploy/local/state/hostile; fi
rm -rf deploy/local/state/faults
# The services run from a copy of their packaged apps: a module rebuilt meanwhile by someone else (its
# target/quarkus-app replaced under a running JVM) must not fail our run with missing jars.
SNAP=deploy/local/state/faults-root
rm -rf "$SNAP"
for s in ingest-service parse-service validate-service store-service; do
  mkdir -p "$SNAP/$s/target"
  cp -r "$s/target/quarkus-app" "$SNAP/$s/target/"
  [ -f "$SNAP/$s/target/quarkus-app/quarkus-run.jar" ] || { echo "[faults] $s: copy incomplete (being rebuilt?)" >&2; exit 2; }
done
exec java -Xmx1g -cp "$OUT:$KCP" io.nianbao.localinfra.faults.FaultsMain \
  --root "$SNAP" --samples data/samples --state deploy/local/state/faults --corpus deploy/local/state/hostile "${ARGS[@]}"
