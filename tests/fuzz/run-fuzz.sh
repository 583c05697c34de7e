#!/bin/sh
# Builds the libFuzzer target with clang in a build directory of its own and runs it for a while (issue 14).
#   tests/fuzz/run-fuzz.sh SOURCE_DIR BUILD_DIR [SECONDS]
# Exits 77 (ctest: skipped) when clang or its fuzzer runtime is not installed, 1 when the fuzzer found a
# crash, a hang or a sanitizer report (the input is kept in BUILD_DIR/findings), 0 otherwise.
set -eu
src=$(cd "$1" && pwd)
mkdir -p "$2"
build=$(cd "$2" && pwd)
seconds=${3:-60}
CLANG=${CLANG:-clang}
CLANGXX=${CLANGXX:-clang++}

if ! command -v "$CLANGXX" >/dev/null 2>&1; then
    echo "SKIP: $CLANGXX is not installed (apt-get install clang libclang-rt-14-dev)"
    exit 77
fi
# The fuzzer runtime comes apart from the compiler in Debian 12 (libclang-rt-14-dev).
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }\n' > "$probe/p.cpp"
if ! "$CLANGXX" -fsanitize=fuzzer,address,undefined "$probe/p.cpp" -o "$probe/p" >/dev/null 2>&1; then
    echo "SKIP: $CLANGXX cannot link -fsanitize=fuzzer (apt-get install libclang-rt-14-dev)"
    exit 77
fi

launcher=
command -v ccache >/dev/null 2>&1 && launcher=-DCMAKE_CXX_COMPILER_LAUNCHER=ccache
flags="-fsanitize=address,undefined -fsanitize=fuzzer-no-link -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
CC=$CLANG CXX=$CLANGXX cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DHOUQIN_BUILD_TESTS=OFF -DHOUQIN_FUZZ=ON $launcher \
    -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$build" --parallel 2 --target fuzz_import

# New inputs go to a scratch corpus seeded from the checked-in one, which stays as it is.
corpus="$build/corpus"
mkdir -p "$corpus" "$build/findings"
cp "$src/tests/fuzz/corpus/"* "$corpus/"
cd "$build/findings"
ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
    "$build/tests/fuzz/fuzz_import" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 "$corpus"
