// Signing in: Argon2id checking a password with the parameters Houqin stores (libsodium's interactive
// limits, 64 MiB and two passes). The check is most of the time between Return in the sign-in dialog and the
// main window (docs/performance.md), and its 64 MiB is the process's peak memory.
#include "storage/access/PasswordHash.h"

#include <benchmark/benchmark.h>

using namespace houqin;

namespace {

void BM_Access_VerifyPassword(benchmark::State& s) {
    const auto stored = PasswordHash::hash(QStringLiteral("bench-pass-1"));
    if (!stored) {
        s.SkipWithError("libsodium could not hash");
        return;
    }
    for (auto _ : s)
        benchmark::DoNotOptimize(PasswordHash::verify(*stored, QStringLiteral("bench-pass-1")));
}

} // namespace

BENCHMARK(BM_Access_VerifyPassword)->Unit(benchmark::kMillisecond);
