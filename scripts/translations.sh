#!/usr/bin/env bash
# Collects the interface's strings (self.tr(...) in app/) into resources/translations/*.ts,
# keeping existing translations. Translate with pyside6-linguist; set-up compiles to .qm.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mapfile -t sources < <(find app -name '*.py' | sort)
for lang in nl fr de; do
  .venv/bin/pyside6-lupdate -no-obsolete -locations none "${sources[@]}" \
    -ts "resources/translations/kiem_${lang}.ts"
done
