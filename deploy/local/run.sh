#!/usr/bin/env bash
# The main job: builds the project, starts Kafka, PostgreSQL and the four services on this machine, feeds
# the sample reports in data/samples, waits until all are stored and prints a summary. Keeps running until
# Ctrl-C (or deploy/local/stop.sh from another terminal), then stops everything it started.
#   deploy/local/run.sh [--exit] [--base-port 8081] [--kafka-port 9092] [--pg-port 5433] [--samples DIR]
# Writes (ingest's POSTs, store's admin endpoints) need an API key: a random one is generated at each start and
# printed in the summary ("API key for writes: ..."); NIANBAO_SECURITY_API_KEYS=k1[,k2] chooses it instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
deploy/local/install-prereqs.sh
echo "[nianbao] building (./mvnw package -DskipTests) ..."
./mvnw -B -q package -DskipTests
CP="deploy/local-infra/target/classes:$(cat deploy/local-infra/target/runtime.classpath)"
exec java -cp "$CP" io.nianbao.localinfra.PipelineMain --root . "$@"
