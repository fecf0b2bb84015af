#!/usr/bin/env python3
"""Writes the openAPIV3Schema of one version of a CustomResourceDefinition as a JSON schema file.

Usage (see ../SOURCES.md):  extract-crd-schema.py <crd.yaml> <version> <out.json> <source note>
Descriptions are dropped (size); nothing else is changed. Strictness (no unknown fields) and the
OpenAPI extensions (nullable, x-kubernetes-int-or-string, x-kubernetes-preserve-unknown-fields) are
handled when the schemas are loaded (io.nianbao.k8s.validate.StrictSchema).
"""
import json
import sys

import yaml


def clean(node):
    if isinstance(node, dict):
        return {k: clean(v) for k, v in node.items() if k != "description"}
    if isinstance(node, list):
        return [clean(v) for v in node]
    return node


crd_file, version, out, source = sys.argv[1:5]
with open(crd_file) as f:
    crd = yaml.safe_load(f)
spec = crd["spec"]
match = [v for v in spec["versions"] if v["name"] == version]
if not match:
    sys.exit(f"{crd_file} has no version {version}")
schema = clean(match[0]["schema"]["openAPIV3Schema"])
bundle = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$comment": f"{spec['group']}/{version} {spec['names']['kind']}: openAPIV3Schema of {source}",
}
bundle.update(schema)
with open(out, "w") as f:
    json.dump(bundle, f, separators=(",", ":"), sort_keys=False)
    f.write("\n")
print(out, len(json.dumps(bundle)), "chars")
