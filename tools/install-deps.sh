#!/usr/bin/env bash
# Installs, from Debian 12's packages, what building and testing peacekeeping needs and the
# machine lacks. Does nothing when everything is there. Uses sudo when not root.
set -euo pipefail
# libclang-rt-16-dev holds the sanitizer and libFuzzer runtimes: clang-16 only recommends it,
# and --no-install-recommends (below) leaves it out.
packages=(cmake ninja-build g++ clang-16 libclang-rt-16-dev libboost-dev catch2 libbenchmark-dev
          libpoppler-cpp-dev pkg-config libfmt-dev python3 poppler-utils valgrind)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
