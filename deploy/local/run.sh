#!/usr/bin/env bash
# The main job: builds the project, starts Kafka, PostgreSQL and the four services on this machine, feeds
# the sample reports in data/samples, waits until all are stored and prints a summary. Keeps running until
# Ctrl-C (or deploy/local/stop.sh from another terminal), then stops everything it started.
#   deploy/local/run.sh [--exit] [--base-port 8081] [--kafka-port 9092] [--pg-port 5433] [--samples DIR]
# Writes (ingest's POSTs, store's admin endpoints) need an API key: a random one is generated at each start and
# printed in the summary ("API key for writes: ..."); NIANBAO_SECURITY_API_KEYS=k1[,k2] chooses it instead.
# The summary ends with one document's trace: its trace id (OpenTelemetry, carried in the Kafka headers) and the
# line each service logged for it with that id, ingest -> parse -> validate -> store. NIANBAO_OTLP_ENDPOINT=URL
# (an OTLP/gRPC collector) makes the services export their spans as well; by default nothing is exported.
set -euo pipefail
cd "$(dirname "$0")/../.."
deploy/local/install-prereqs.sh
echo "[nianbao] building (./mvnw package -DskipTests) ..."
./mvnw -B -q package -DskipTests
CP="deploy/local-infra/target/classes:$(cat deploy/local-infra/target/runtime.classpath)"

# One line of a service's log, shortened to: time, span id, message (document ids to their first 12 digits).
short() {
    sed -E -e 's/^[0-9-]+ ([0-9:,]+) +[A-Z]+ +traceId=[0-9a-f]* spanId=([0-9a-f]*) \[[^]]*\] \([^)]*\) (.*)$/\1  span \2  \3/' \
        -e 's/([0-9a-f]{12})[0-9a-f]{52}/\1/g'
}

# The path of one document through the four services' logs, by the trace id of ingest's "accepted <id>" line.
show_trace() {
    local id=$1 logs=$2 line trace step svc verb found tries
    line=$(grep -a -F ") accepted $id" "$logs/ingest-service.log" 2>/dev/null | tail -n 1 || true)
    trace=$(sed -n -E 's/.* traceId=([0-9a-f]{32}) .*/\1/p' <<<"$line")
    echo
    if [ -z "$trace" ]; then
        echo "One document's trace: no line 'accepted ${id:0:12}...' with a trace id in $logs/ingest-service.log"
        return 0
    fi
    echo "One document's trace: document ${id:0:12}, trace id $trace (W3C traceparent in the Kafka headers)"
    for step in ingest-service:accepted parse-service:parsed validate-service:validated store-service:stored; do
        svc=${step%%:*}
        verb=${step#*:}
        found=""
        for tries in 1 2 3 4 5; do
            found=$(grep -a -F "traceId=$trace " "$logs/$svc.log" 2>/dev/null | grep -a -F ") $verb $id" | tail -n 1 || true)
            [ -n "$found" ] && break
            sleep 1
        done
        printf '  %-17s %s\n' "$svc" "$( [ -n "$found" ] && short <<<"$found" || echo "(no '$verb' line with this trace id)")"
    done
    echo "  every line of it: grep -h 'traceId=$trace' $logs/*.log"
}

# The runner's output passes through here so that the trace can follow its summary. Ctrl-C reaches the runner,
# which stops the pipeline and prints its last lines; this reader ignores it and reads on until the end.
java -cp "$CP" io.nianbao.localinfra.PipelineMain --root . "$@" | {
    trap '' INT
    first_id=""
    while IFS= read -r line; do
        printf '%s\n' "$line"
        case $line in
            "  one report  "*) first_id=${line##*/api/reports/} ;;
            "  logs        "*) [ -n "$first_id" ] && show_trace "$first_id" "${line#  logs        }" ;;
        esac
    done
}
