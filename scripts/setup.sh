#!/usr/bin/env bash
# Sets up everything Kiem needs on a Debian machine, only what is missing (--tests: also what
# the tests need):
# the Debian packages for Qt, WeasyPrint and the browser tests (as root), a virtualenv in .venv and the Python
# packages from pyproject.toml. Safe to run again: a prepared machine pays almost nothing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

# Debian packages, from ../shared/STACK-NOTES.md (seen working on a bare Debian 12);
# faketime runs the date tests under shifted clocks.
apt_packages=(
  python3 python3-venv ca-certificates
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  fonts-dejavu-core fonts-liberation
  libnss3 libnspr4 libasound2 libxcomposite1 libxdamage1 libxext6 libxfixes3 libxrandr2 libxtst6
  libbrotli1 libgbm1 libxcb1 libxcb-dri3-0 libxkbfile1
  libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
  libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 poppler-utils
  chromium libatomic1
  faketime
)
# With --tests (scripts/test.sh): PostgreSQL, whose initdb and pg_ctl the hub's tests run to
# start a throwaway server of their own. A studio never needs it: a team's hub is its server.
# Node and npm run the xAPI statement validator of the cmi5 and xAPI browser tests; asked for only
# when missing (a Node from elsewhere carries its own npm, which Debian's would conflict with).
if [[ "${1:-}" == "--tests" ]]; then
  apt_packages+=(postgresql)
  command -v node >/dev/null 2>&1 || apt_packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || apt_packages+=(npm)
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${apt_packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
  done
fi
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "kiem setup: installing ${#missing[@]} Debian packages: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "kiem setup: these Debian packages are missing and only root can install them:" >&2
    echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    echo "Run that (or this script as root), then run the same command again." >&2
    exit 1
  fi
fi

# Python: a virtualenv, reinstalled only when pyproject.toml changed.
py=${KIEM_PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  "$py" -m venv .venv
fi
stamp=.venv/.kiem-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "kiem setup: installing Python packages into .venv" >&2
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[test]'
  echo "$want" >"$stamp"
fi

# Interface translations: compile each .ts source to the .qm Qt loads, when it changed.
for ts in resources/translations/*.ts; do
  [[ -e "$ts" ]] || continue
  qm="${ts%.ts}.qm"
  if [[ ! -f "$qm" || "$ts" -nt "$qm" ]]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done

# With --tests: a real Learning Record Store (Ralph, in a virtualenv of its own: its pins differ
# from ours) and the npm xAPI statement validator, for the cmi5 and xAPI browser tests. Both live
# in the user's cache (tests/lrs.py looks there), so every checkout of the project shares them.
if [[ "${1:-}" == "--tests" ]]; then
  tools="${KIEM_TEST_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/kiem/test-tools}"
  ralph="$tools/ralph-5.1.0"
  if [[ ! -f "$ralph/.kiem-installed" ]]; then
    echo "kiem setup: installing the Ralph LRS into $ralph" >&2
    rm -rf "$ralph"
    "$py" -m venv "$ralph"
    "$ralph/bin/python" -m pip install -q "ralph-malph[lrs,cli]==5.1.0" requests
    touch "$ralph/.kiem-installed"
  fi
  validator="$tools/xapi-validation-3.0.0"
  if [[ ! -f "$validator/.kiem-installed" ]]; then
    echo "kiem setup: installing the xAPI statement validator into $validator" >&2
    mkdir -p "$validator"
    npm install --silent --no-audit --no-fund --prefix "$validator" \
      @learninglocker/xapi-validation@3.0.0 >/dev/null
    touch "$validator/.kiem-installed"
  fi
fi
