#!/usr/bin/env bash
# Builds the container images the Kubernetes manifests run, nianbao/<service>:<project version>, for the
# four services: packages them (./mvnw -B package -DskipTests, Quarkus fast-jar in target/quarkus-app),
# then builds each <service>/src/main/docker/Dockerfile.jvm with docker or podman, whichever answers.
#
#   deploy/k8s/build-images.sh                                     # package, build the four images
#   deploy/k8s/build-images.sh --push registry.example.org/nianbao # ... and push <prefix>/<service>:<version>
#   deploy/k8s/build-images.sh --skip-package                      # images from the existing target/quarkus-app
#   deploy/k8s/build-images.sh --engine podman                     # docker is tried first, then podman
#   deploy/k8s/build-images.sh --base-image my.mirror/ubi9/openjdk-17-runtime:1.23
#   deploy/k8s/build-images.sh --dry-run                           # print the commands, run none
#
# The version is the root pom.xml's; the manifests' image tags must equal it (DeploymentFactsTest).
# Ends with the kustomize `images:` entries for the names it made (README.md, "Images").
# Exit status: 0 done, 2 bad arguments, 3 no container engine answers, 4 a package is missing, else the
# failing command's.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
services=(ingest-service parse-service validate-service store-service)

usage() {
  sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
}

push_prefix=""
engine=""
skip_package=false
dry_run=false
base_image=""
while [ "$#" -gt 0 ]; do
  case "$1" in
    --push)
      if [ "$#" -lt 2 ] || [ -z "$2" ]; then echo "--push needs a registry prefix, e.g. registry.example.org/nianbao" >&2; exit 2; fi
      push_prefix="${2%/}"; shift 2 ;;
    --engine)
      if [ "$#" -lt 2 ]; then echo "--engine needs docker or podman" >&2; exit 2; fi
      case "$2" in docker|podman) engine="$2" ;; *) echo "--engine: docker or podman, not '$2'" >&2; exit 2 ;; esac
      shift 2 ;;
    --base-image)
      if [ "$#" -lt 2 ] || [ -z "$2" ]; then echo "--base-image needs an image reference" >&2; exit 2; fi
      base_image="$2"; shift 2 ;;
    --skip-package) skip_package=true; shift ;;
    --dry-run) dry_run=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

# the root pom's own <version> (it has no <parent>; a <parent> block would be skipped)
version="$(sed -n '/<parent>/,/<\/parent>/d; s:.*<version>\([^<$]*\)</version>.*:\1:p' "$root/pom.xml" | head -n 1)"
[ -n "$version" ] || { echo "no <version> in $root/pom.xml" >&2; exit 4; }

# A container engine that answers: the CLI alone is not enough (a docker client without a reachable daemon
# is common on build machines).
engine_answers() {
  "$1" info >/dev/null 2>&1
}
find_engine() {
  local candidates=(docker podman) c why=""
  if [ -n "$engine" ]; then candidates=("$engine"); fi
  for c in "${candidates[@]}"; do
    if ! command -v "$c" >/dev/null 2>&1; then
      why="$why"$'\n'"  $c: not on the PATH"
    elif engine_answers "$c"; then
      echo "$c"; return 0
    else
      local answer
      answer="$("$c" info 2>&1 || true)"
      answer="$(grep -m 1 -i 'error\|cannot\|denied' <<<"$answer" || true)"
      why="$why"$'\n'"  $c: installed, but '$c info' fails: ${answer:-no answer}"
    fi
  done
  echo "no container engine answers:$why" >&2
  echo "Install and start Docker or Podman (or build on a machine that has one: the packages in" >&2
  echo "<service>/target/quarkus-app and the Dockerfiles are all an image build needs)." >&2
  return 1
}

run() {
  printf '+'; printf ' %q' "$@"; printf '\n'
  if ! $dry_run; then "$@"; fi
}

if $dry_run; then
  engine="${engine:-docker}"
else
  engine="$(find_engine)" || exit 3
fi
echo "engine: $engine; version: $version (root pom.xml)"

if ! $skip_package; then
  modules="$(IFS=,; echo "${services[*]}")"
  run "$root/mvnw" -B -f "$root/pom.xml" package -DskipTests -pl "$modules" -am
fi

build_args=()
if [ -n "$base_image" ]; then build_args+=(--build-arg "BASE_IMAGE=$base_image"); fi

for s in "${services[@]}"; do
  dockerfile="$root/$s/src/main/docker/Dockerfile.jvm"
  [ -f "$dockerfile" ] || { echo "$s: no $dockerfile" >&2; exit 4; }
  if ! $dry_run && [ ! -f "$root/$s/target/quarkus-app/quarkus-run.jar" ]; then
    echo "$s: no target/quarkus-app/quarkus-run.jar; run without --skip-package" >&2; exit 4
  fi
  ignore=()
  # BuildKit finds Dockerfile.jvm.dockerignore by itself; podman is told
  if [ "$engine" = podman ]; then ignore=(--ignorefile "$dockerfile.dockerignore"); fi
  run "$engine" build "${build_args[@]}" "${ignore[@]}" -f "$dockerfile" -t "nianbao/$s:$version" "$root/$s"
  if [ -n "$push_prefix" ]; then
    run "$engine" tag "nianbao/$s:$version" "$push_prefix/$s:$version"
    run "$engine" push "$push_prefix/$s:$version"
  fi
done

echo
if [ -n "$push_prefix" ]; then
  if $dry_run; then echo -n "Would push. "; else echo -n "Pushed. "; fi
  echo "In the overlay's kustomization.yaml (overlays/production has this block with registry.example.org):"
  name_prefix="$push_prefix"
else
  echo "Built locally as nianbao/<service>:$version, the names the base uses; on kind load them with"
  for s in "${services[@]}"; do
    if [ "$engine" = podman ]; then
      echo "  podman save nianbao/$s:$version -o /tmp/$s.tar && kind load image-archive /tmp/$s.tar"
    else
      echo "  kind load docker-image nianbao/$s:$version"
    fi
  done
  echo "After pushing them elsewhere (--push PREFIX), map them in the overlay's kustomization.yaml:"
  name_prefix="<registry>/nianbao"
fi
echo "images:"
for s in "${services[@]}"; do
  echo "  - name: nianbao/$s"
  echo "    newName: $name_prefix/$s"
  echo "    newTag: $version"
done
