#!/usr/bin/env bash
# ctest's browser_ui test: copies the test and its locked npm dependencies into WORK (in the build
# tree), runs `npm ci` there when node_modules is missing or the lock file changed, then the test.
#   run.sh WORK   with DOSSIER_CLI, DOSSIER_SOURCE_DIR, DOSSIER_MODELS, DOSSIER_ARTIFACTS set
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$1
mkdir -p "$work"
cp "$here/ui_test.mjs" "$work/"
if [ ! -d "$work/node_modules" ] || ! cmp -s "$here/package-lock.json" "$work/package-lock.json"; then
  cp "$here/package.json" "$here/package-lock.json" "$work/"
  (cd "$work" && npm ci --no-audit --no-fund --loglevel=error)
fi
cd "$work"
exec node ui_test.mjs
