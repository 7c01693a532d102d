#!/bin/sh
# Builds Kindling's native kernels (kindling_kernels.c) for the runtime's jar:
#   build.sh JAVA_HOME OUTPUT_DIR
# Only on x86-64 Linux with a C compiler (cc); anywhere else it says so and succeeds, and Kindling
# runs the Java forms of the same kernels (dev.kindling.tensor.cpu.bits.NativeKernels decides at run time).
set -u
java_home=$1
out=$2
here=$(dirname "$0")
if [ "$(uname -s)" != Linux ] || [ "$(uname -m)" != x86_64 ]; then
  echo "kindling_kernels: not x86-64 Linux; the Java kernels will run"
  exit 0
fi
if ! command -v cc >/dev/null 2>&1; then
  echo "kindling_kernels: no C compiler (cc); the Java kernels will run"
  exit 0
fi
mkdir -p "$out"
# Quiet when it builds, as the rest of a quiet build.
# -ffp-contract=off: no multiply-add is fused unless the source says so (results must equal Java's).
if ! cc -O2 -std=c11 -Wall -Werror -fPIC -shared -ffp-contract=off -fno-fast-math \
    -I"$java_home/include" -I"$java_home/include/linux" \
    "$here/kindling_kernels.c" -o "$out/libkindling_kernels.so"; then
  rm -f "$out/libkindling_kernels.so"
  echo "kindling_kernels: the C build failed; the Java kernels will run"
fi
