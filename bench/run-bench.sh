#!/usr/bin/env bash
# Runs the Dossier benchmarks of an existing build and prints their table; builds nothing.
#   ./bench/run-bench.sh BUILD_DIR [dossier-bench options: --quick, --sizes 1,5,20, --docs 10,100,1000,
#     --corpus-mb 5,10,20, --keep DIR]
# The timeline rows need bench-timeline (a UI build) and xvfb-run; without them they say skipped.
# Use a release build (meson setup BUILD_DIR --buildtype=release): other builds measure the
# optimizer, not the code.
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 BUILD_DIR [options]" >&2
  exit 2
fi
build_dir=$1
shift

runner="$build_dir/bench/dossier-bench"
if [ ! -x "$runner" ]; then
  echo "$0: $runner not found; build it first (ninja -C $build_dir)" >&2
  exit 1
fi

buildtype=$(meson introspect --buildoptions "$build_dir" 2>/dev/null \
  | python3 -c 'import json,sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "buildtype"))' \
  2>/dev/null || echo unknown)
echo "Dossier benchmarks: $build_dir (buildtype $buildtype), $(nproc) CPU, $(uname -srm)"
if [ "$buildtype" != "release" ]; then
  echo "warning: not a release build; figures are not representative" >&2
fi
exec "$runner" --build-dir "$build_dir" "$@"
