#!/usr/bin/env bash
# Sets up what is missing, then starts Kiem (the GUI, or the command given: start.sh list).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh"
exec "$here/.venv/bin/kiem" "$@"
