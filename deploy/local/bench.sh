#!/usr/bin/env bash
# The end-to-end benchmark: builds the project as run.sh does, generates distinct synthetic reports with
# test-support's generator (many agencies, some as three-year series; HTML, DOCX, PDF and TXT layouts mixed,
# plus ~5% near-duplicates = a copy with one sentence changed), starts Kafka, PostgreSQL and the four services
# on 127.0.0.1 (free ports; state in deploy/local/state/bench/, the services run from a copy of their packages
# in deploy/local/state/bench-apps/ so that a rebuild during the run does not disturb them), and prints in one run:
#   1. plain Tika extraction of a sample of the documents in one JVM, one thread (docs/s per format)
#   2. parse-service alone on the same sample (POST /api/parse, one client; docs/s per format, ratio to Tika)
#   3. the whole pipeline end to end: N reports posted to ingest, docs/s from the first accepted to the last
#      stored (its STORED change event received from reports.changes, as another team's consumer learns it; every
#      stored report is then fetched once by store's GET /api/reports/{documentId})
#   4. p50/p95/p99 latency ingest accepted -> stored at fixed offered rates (20 and 50 docs/s, 30 s each)
#   5. peak RSS of each service and of the broker (VmRSS sampled each second per phase, and VmHWM)
#   6. consumer lag per stage over time (AdminClient, every 3 s: groups parse-service, validate-service,
#      store-service against the end offsets of reports.raw, reports.parsed, reports.validated)
#   7. the end-to-end run again with 2 and 3 parse-service instances in one consumer group (cores printed;
#      says from which instance count the curve is flat)
#   8. the projection: hours to re-check one million reports on this machine
# with the number of cores and the load average next to the figures. Stops by itself (every wait is bounded,
# a global deadline of --max-minutes, default 30) and stops every process it started, also on failure or Ctrl-C.
# How long it takes depends on the pipeline: each end-to-end run ends when all are stored or at --e2e-timeout.
#
#   deploy/local/bench.sh [--quick] [--reports 1000] [--sample 300] [--latency-seconds 30] [--rates 20,50]
#                         [--instances 3] [--clients 4] [--e2e-timeout 300] [--max-minutes 30] [--no-build]
#   --quick       200 reports per run, 100-document sample, 10 s per rate, 180 s timeout per end-to-end run
#   --reports N   reports per end-to-end run (three runs: 1, 2, 3 parse-service instances; default 1000)
#   --sample N    documents for the Tika / parse-service-alone comparison (the first N of the first run's set)
#   --no-build    use the packaged services as they are (builds only deploy/local-infra and test-support's classpath)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=1
ARGS=()
for a in "$@"; do
  if [ "$a" = "--no-build" ]; then BUILD=0; else ARGS+=("$a"); fi
done
deploy/local/install-prereqs.sh
if [ "$BUILD" = 1 ]; then
  echo "[bench] building (./mvnw package -DskipTests) ..."
  ./mvnw -B -q package -DskipTests
else
  echo "[bench] --no-build: packaging deploy/local-infra and test-support only"
  ./mvnw -B -q -pl deploy/local-infra,test-support -am package -DskipTests
fi
# a snapshot of the packaged services, so that a rebuild in the checkout during the run cannot pull the jars
# from under the running services
APPS=deploy/local/state/bench-apps
rm -rf "$APPS"
for s in ingest-service parse-service validate-service store-service; do
  [ -f "$s/target/quarkus-app/quarkus-run.jar" ] || { echo "[bench] $s is not packaged: run without --no-build" >&2; exit 1; }
  mkdir -p "$APPS/$s/target"
  cp -a "$s/target/quarkus-app" "$APPS/$s/target/"
done
TS_CP_FILE=deploy/local/state/test-support.classpath
# in one reactor with its siblings (contract, template-model, local-infra), which need not be installed in ~/.m2;
# each module writes the file in turn, test-support (the last) wins
./mvnw -B -q -pl test-support -am package dependency:build-classpath -DskipTests -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$PWD/$TS_CP_FILE"
TS_JAR=$(ls test-support/target/test-support-*.jar | grep -v -e sources -e tests | head -1)
INFRA=deploy/local-infra/target/classes
# the bench JVM: local-infra + its runtime classpath (Jackson) + the broker's classpath (kafka-clients for the AdminClient)
CP="$INFRA:$(cat deploy/local-infra/target/runtime.classpath):$(cat $INFRA/nianbao-kafka.classpath)"
# the corpus JVM: test-support's generator; the Tika JVM: parse-service's own libraries
CORPUS_CP="$INFRA:$TS_JAR:$(cat "$TS_CP_FILE")"
TIKA_CP="$INFRA:$APPS/parse-service/target/quarkus-app/lib/main/*"
# C1 only, as the services: the bench's own clients share the two cores with the pipeline (its C2 compiler
# threads took an eighth of a core during the end-to-end runs); plain Tika runs in a JVM of its own, with C2
exec java -Xmx1g -XX:TieredStopAtLevel=1 -cp "$CP" io.nianbao.localinfra.bench.BenchMain --root . --apps "$APPS" \
  --corpus-cp "$CORPUS_CP" --tika-cp "$TIKA_CP" ${ARGS[@]+"${ARGS[@]}"}
