// Bundles JSON schemas out of the npm packages of kubernetes-models-ts (versions whose modules still
// carry the schema as data: kubernetes-models 4.3.1, @kubernetes-models/apimachinery 1.2.2,
// @kubernetes-models/keda 0.3.2, @kubernetes-models/prometheus-operator 4.0.0).
//
// Usage (see ../SOURCES.md):
//   node extract-kubernetes-models.cjs <dir with node_modules> <out dir>
// The modules register their schemas with @kubernetes-models/validate; this script puts a recording
// stand-in for that package (and for @kubernetes-models/base) in front of the real one, loads the
// modules of the kinds we deploy, and writes one self-contained schema per kind: the kind's schema
// plus every schema it references under "definitions", references rewritten to "#/definitions/<id>".
// Descriptions are dropped (size); nothing else is changed. Strictness (no unknown fields) is added
// when the schemas are loaded (io.nianbao.k8s.validate.StrictSchema), not here.
"use strict";
const fs = require("fs");
const path = require("path");
const Module = require("module");

const [root, out] = process.argv.slice(2);
const registry = new Map();
const stubs = {
  "@kubernetes-models/validate": {
    register: (id, schema) => registry.set(id, schema),
    addSchema: () => {},
  },
  "@kubernetes-models/base": {
    Model: class {},
    createTypeMetaGuard: () => () => true,
    setSchema: (cls, id, add) => add(),
  },
  tslib: require(path.join(root, "node_modules", "tslib")),
};
const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (Object.prototype.hasOwnProperty.call(stubs, request)) return stubs[request];
  return originalLoad.call(this, request, parent, isMain);
};

// file name (under root/node_modules) -> [apiVersion, kind, id]
const kinds = [
  ["kubernetes-models/_schemas/IoK8sApiCoreV1Namespace.js", "v1", "Namespace", "io.k8s.api.core.v1.Namespace"],
  ["kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMap.js", "v1", "ConfigMap", "io.k8s.api.core.v1.ConfigMap"],
  ["kubernetes-models/_schemas/IoK8sApiCoreV1Secret.js", "v1", "Secret", "io.k8s.api.core.v1.Secret"],
  ["kubernetes-models/_schemas/IoK8sApiCoreV1Service.js", "v1", "Service", "io.k8s.api.core.v1.Service"],
  ["kubernetes-models/_schemas/IoK8sApiAppsV1Deployment.js", "apps/v1", "Deployment", "io.k8s.api.apps.v1.Deployment"],
  ["kubernetes-models/_schemas/IoK8sApiPolicyV1PodDisruptionBudget.js", "policy/v1", "PodDisruptionBudget", "io.k8s.api.policy.v1.PodDisruptionBudget"],
  ["@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta.js", "meta/v1", "ObjectMeta", "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"],
  ["@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject.js", "keda.sh/v1alpha1", "ScaledObject", "keda.sh.v1alpha1.ScaledObject"],
  ["@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor.js", "monitoring.coreos.com/v1", "ServiceMonitor", "monitoring.coreos.com.v1.ServiceMonitor"],
  ["@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor.js", "monitoring.coreos.com/v1", "PodMonitor", "monitoring.coreos.com.v1.PodMonitor"],
];

function versionOf(pkg) {
  return JSON.parse(fs.readFileSync(path.join(root, "node_modules", pkg, "package.json"), "utf8")).version;
}

function clean(node, refs) {
  if (Array.isArray(node)) return node.map((n) => clean(n, refs));
  if (node === null || typeof node !== "object") return node;
  const res = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "description") continue;
    if (k === "$ref" && typeof v === "string") {
      const id = v.replace(/#$/, "");
      refs.add(id);
      res[k] = "#/definitions/" + id;
      continue;
    }
    res[k] = clean(v, refs);
  }
  return res;
}

fs.mkdirSync(out, { recursive: true });
for (const [file, apiVersion, kind, id] of kinds) {
  const mod = require(path.join(root, "node_modules", file));
  if (typeof mod.addSchema === "function") mod.addSchema();
  const pkg = file.startsWith("@") ? file.split("/").slice(0, 2).join("/") : file.split("/")[0];
  const definitions = {};
  const todo = [id];
  while (todo.length) {
    const cur = todo.pop();
    if (definitions[cur]) continue;
    const s = registry.get(cur);
    if (!s) throw new Error("schema not registered: " + cur + " (needed by " + id + ")");
    const refs = new Set();
    definitions[cur] = clean(s, refs);
    for (const r of refs) if (!definitions[r]) todo.push(r);
  }
  const sorted = {};
  for (const k of Object.keys(definitions).sort()) sorted[k] = definitions[k];
  const bundle = {
    $schema: "http://json-schema.org/draft-07/schema#",
    $comment: `${apiVersion} ${kind} from npm ${pkg}@${versionOf(pkg)} (${file}), bundled by tools/extract-kubernetes-models.cjs`,
    $ref: "#/definitions/" + id,
    definitions: sorted,
  };
  const name = (apiVersion.replace(/\//g, "_") + "_" + kind).toLowerCase() + ".json";
  fs.writeFileSync(path.join(out, name), JSON.stringify(bundle) + "\n");
  console.log(name, Object.keys(sorted).length, "definitions");
}
