#!/usr/bin/env bash
# `make dist-check` (CI runs it after `make test`, after `make dist`):
#   1. the desktop entry and the AppStream metainfo validate;
#   2. the wheel and sdist build; the wheel, installed in a fresh venv outside the checkout,
#      runs `coldcare --version`, `limits`, `demo` and `export`;
#   3. the bundle dist/ColdCare: every Qt plugin finds its libraries, the commands run
#      (a PDF export proves QtGui and its plugins load), and the app starts offscreen: it is
#      ready when it logs "running on the data in", then a second start must be answered by
#      it (proving its event loop runs), and it is then terminated.
# Each step prints how long it took. Needs desktop-file-utils and appstream (apt).
# Usage: packaging/check.sh [VENV]
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
venv=$(realpath "${1:-.venv}")
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' coldcare/__init__.py)
app_id=org.coldcare.ColdCare
work=$(mktemp -d "${TMPDIR:-/tmp}/coldcare-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
# QtMultimedia logs each library it probes for; the app's own warnings still show.
export QT_LOGGING_RULES="qt.multimedia.*=false"
unset PYTHONPATH COLDCARE_DATA_DIR

fail() {
  echo "dist-check: $*" >&2
  exit 1
}

timed() {
  local name=$1 start=$SECONDS
  shift
  echo "== $name"
  "$@"
  echo "== $name: $((SECONDS - start)) s"
}

# Runs "$@" and requires exit code 0 and the text $expected in its output.
expect() {
  local expected=$1 output
  shift
  output=$("$@" 2>&1) || fail "'$*' failed: $output"
  grep -qF -- "$expected" <<<"$output" || fail "'$*' did not print '$expected': $output"
}

metadata() {
  desktop-file-validate packaging/$app_id.desktop
  appstreamcli validate --no-net packaging/$app_id.metainfo.xml
}

# The commands every installed ColdCare must run; $1 is the program, $2 a fresh data folder.
commands() {
  local program=$1 data=$2
  expect "coldcare $version" "$program" --version
  expect "Recommended 15 min" \
    "$program" limits --site knee-left --modality gel-pack --age 45 --barrier damp-cloth
  expect "30 days of history" "$program" --data-dir "$data" demo --days 30
  expect "Wrote" "$program" --data-dir "$data" export --format csv -o "$data/diary.csv"
  grep -q "^pain," "$data/diary.csv" || fail "the CSV export has no pain ratings"
  expect "Wrote" "$program" --data-dir "$data" export --format pdf -o "$data/summary.pdf"
  [ "$(head -c 5 "$data/summary.pdf")" = "%PDF-" ] || fail "the PDF export is not a PDF"
}

wheel() {
  "$venv/bin/python" -m build --no-isolation --outdir "$work/dist" . >"$work/build.log" 2>&1 \
    || { cat "$work/build.log"; fail "python -m build failed"; }
  ls "$work/dist"
  python3 -m venv "$work/venv"
  "$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    --require-hashes -r requirements.lock
  "$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps \
    "$work/dist/coldcare-$version-py3-none-any.whl"
  cd "$work"
  expect "$work/venv/" "$work/venv/bin/python" -c "import coldcare; print(coldcare.__file__)"
  expect "coldcare_de.qm" "$work/venv/bin/python" -c \
    "from coldcare.resource_locator import resource_path as r; print(r('translations', 'coldcare_de.qm'))"
  commands "$work/venv/bin/coldcare" "$work/wheel-data"
  cd "$repo"
}

plugins() {
  local internal=dist/ColdCare/_internal missing
  # The Wayland client libraries come with every Wayland desktop; the bundle does not carry them.
  missing=$(find "$internal/PySide6/Qt/plugins" -name '*.so' -exec env LD_LIBRARY_PATH="$internal" ldd {} + \
    | grep "not found" | grep -v "libwayland-" || true)
  [ -z "$missing" ] || fail "libraries missing from the bundle: $missing"
}

gui() {
  local program=$repo/dist/ColdCare/coldcare data=$work/bundle-data log=$work/gui.log pid
  "$program" --data-dir "$data" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 120); do
    grep -q "running on the data in" "$log" && break
    kill -0 "$pid" 2>/dev/null || { cat "$log"; fail "the app exited at start"; }
    sleep 0.5
  done
  grep -q "running on the data in" "$log" || { kill "$pid"; cat "$log"; fail "the app did not get ready in 60 s"; }
  expect "already running" "$program" --data-dir "$data"
  grep -q "asked to show by a second start" "$log" || { kill "$pid"; cat "$log"; fail "the app did not answer a second start"; }
  kill "$pid"
  wait "$pid" || true
  ! grep -q "Traceback" "$log" || { cat "$log"; fail "the app logged an exception"; }
}

bundle() {
  [ -x dist/ColdCare/coldcare ] || fail "no bundle: run make dist first"
  du -sh dist/ColdCare
  plugins
  commands dist/ColdCare/coldcare "$work/bundle-data"
  gui
}

timed "desktop entry and metainfo" metadata
timed "wheel and sdist" wheel
timed "bundle" bundle
echo "dist-check: all good"
