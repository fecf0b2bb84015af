#!/usr/bin/env bash
# Renders overlays to deploy/k8s/target/<overlay>.yaml and validates every manifest offline against the
# vendored schemas (exit 1 on a schema problem).
#   deploy/k8s/render.sh                 # local and production
#   deploy/k8s/render.sh production
# Same output as `kubectl kustomize deploy/k8s/overlays/<overlay>` (KubectlParityTest checks that where
# kubectl exists); needs only Java and the Maven wrapper.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ "$#" -eq 0 ]; then set -- local production; fi
for o in "$@"; do
  if [ ! -f "$here/overlays/$o/kustomization.yaml" ]; then
    have=("$here"/overlays/*/); have=("${have[@]%/}"); have=("${have[@]##*/}")
    echo "no overlay '$o' (have: ${have[*]})" >&2; exit 2
  fi
done
"$root/mvnw" -B -q -f "$root/pom.xml" -pl deploy/k8s compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
exec java -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" io.nianbao.k8s.Main "$here" "$@"
