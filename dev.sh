#!/usr/bin/env bash
# Dossier developer entry point, for a fresh Debian 12 (bookworm) machine as root.
#   ./dev.sh run     install what is missing, build, start Dossier on the bundled sample briefing
#   ./dev.sh test    install what is missing, build, run the whole test suite twice:
#                    plain, then under AddressSanitizer + UndefinedBehaviorSanitizer
#   ./dev.sh bench   install, build (release), run the benchmarks and print their table
set -euo pipefail
cd "$(dirname "$0")"

BUILD_PACKAGES=(
  meson ninja-build pkg-config gcc libc6-dev gettext libglib2.0-dev libglib2.0-dev-bin
  libgtk-4-dev libadwaita-1-dev libjson-glib-dev libpoppler-glib-dev libxml2-dev
  libstemmer-dev libpango1.0-dev desktop-file-utils appstream-util
)
RUN_PACKAGES=(adwaita-icon-theme fonts-cantarell dbus-x11)
TEST_PACKAGES=(xvfb xauth dbus xfonts-base fonts-dejavu-core libgtk-4-bin time)

install_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

configure() { # dir, extra meson args...
  local dir=$1; shift
  if [ -f "$dir/build.ninja" ]; then
    meson configure "$dir" "$@" >/dev/null
  else
    meson setup "$dir" "$@"
  fi
}

case "${1:-}" in
  run)
    install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}"
    configure _build --buildtype=debugoptimized
    ninja -C _build
    # Schemas and resources are found in the build tree; no install needed to try it.
    export GSETTINGS_SCHEMA_DIR="$PWD/_build/data"
    exec ./_build/src/ui/dossier --sample
    ;;
  test)
    install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    configure _build-test --buildtype=debugoptimized -Dwerror=true
    ninja -C _build-test
    meson test -C _build-test --print-errorlogs --num-processes 2
    # The same suite under ASan + UBSan; leak detection is on for the core and the CLI
    # (the UI suite disables it: GTK and fontconfig keep caches until exit).
    configure _build-asan --buildtype=debug -Dwerror=true -Db_sanitize=address,undefined -Db_lundef=false
    ninja -C _build-asan
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      meson test -C _build-asan --print-errorlogs --num-processes 2 --timeout-multiplier 3
    ;;
  bench)
    install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    configure _build-release --buildtype=release
    ninja -C _build-release
    ./bench/run-bench.sh _build-release
    ;;
  *)
    echo "usage: $0 run|test|bench" >&2
    exit 2
    ;;
esac
