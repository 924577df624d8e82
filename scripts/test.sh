#!/usr/bin/env bash
# Sets up what is missing, then runs the whole test suite (extra arguments go to pytest).
# Without arguments, the tests that touch dates run twice more with the clock moved 400 days
# ahead and 30 days back (faketime), so that no test only passes on the day it was written.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh" --tests
cd "$here"
export QT_QPA_PLATFORM=offscreen  # no display needed; nothing else differs from scripts/start.sh
if (($#)); then
  exec .venv/bin/python -m pytest "$@"
fi
.venv/bin/python -m pytest
dated=(tests/review tests/app/studio tests/app/review tests/app/test_cli_review.py
       tests/app/test_review_screens.py tests/app/test_library_view.py
       tests/app/test_module_settings.py tests/authoring/test_check.py
       tests/authoring/test_library.py tests/authoring/test_services.py)
for shift in "+400d" "-30d"; do
  echo "kiem tests: the tests that touch dates, with the clock moved $shift" >&2
  faketime -f "$shift" .venv/bin/python -m pytest "${dated[@]}"
done
