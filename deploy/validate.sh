#!/usr/bin/env bash
# deploy/validate.sh — checks the manifests without a cluster:
#   1. kustomize renders deploy/ (kubectl kustomize, when kubectl is installed);
#   2. every document against the Kubernetes API schema of its apiVersion/kind, strict about unknown fields
#      (deploy/validate/validate.mjs: kubernetes-models' JSON schemas and TypeScript interfaces, both
#      generated from the official OpenAPI spec). Needs node and npm (the npm registry).
# With a cluster at hand, `kubectl apply --dry-run=server -k deploy/` is the stronger check.
set -euo pipefail
cd "$(dirname "$0")"
if command -v kubectl >/dev/null; then
  kubectl kustomize . > /dev/null
  echo "kustomize: deploy/ renders"
fi
cd validate
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
node validate.mjs "$@"
