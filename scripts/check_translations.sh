#!/usr/bin/env bash
# Fails when a compiled translation (.qm) is not what its source (.ts) compiles to: a .ts edited and not released.
# Used by pre-commit; tests/qt/test_translations.py checks the same in the test run.
set -euo pipefail
cd "$(dirname "$0")/.."
LRELEASE=${LRELEASE:-.venv/bin/pyside6-lrelease}
[ -x "$LRELEASE" ] || LRELEASE=pyside6-lrelease
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in resources/translations/*.ts; do
  qm=${ts%.ts}.qm
  "$LRELEASE" -silent "$ts" -qm "$tmp/out.qm"
  if ! cmp -s "$tmp/out.qm" "$qm"; then
    echo "$qm is out of date with $ts: run python scripts/translations.py (or pyside6-lrelease $ts -qm $qm)" >&2
    status=1
  fi
done
exit $status
