#!/usr/bin/env bash
# Sets up what is missing, then runs the whole test suite (extra arguments go to pytest).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh"
cd "$here"
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
exec .venv/bin/python -m pytest "$@"
