#!/usr/bin/env bash
# Every test: unit tests, integration tests against a real Kafka broker and PostgreSQL, and the system
# test of the four packaged services. Installs what a fresh machine lacks first.
set -euo pipefail
cd "$(dirname "$0")/../.."
deploy/local/install-prereqs.sh
exec ./mvnw -B verify "$@"
