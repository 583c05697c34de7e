// A stocktake of 2,000 codes: the register read once (the demo database's), then 2,000 scans classified
// against it (found, moved, unknown) and the stocktake's lines made, as the stocktake screen does it.
#include "BenchFixture.h"
#include "domain/assets/AssetKinds.h"
#include "domain/assets/StocktakeCount.h"
#include "storage/assets/StocktakeService.h"

#include <benchmark/benchmark.h>

using namespace houqin;
using namespace houqin::bench;

namespace {

// 2,000 codes: the campus's registered codes first (found), some of the other campuses' (moved), and codes
// not in the register (unknown) up to 2,000.
QStringList twoThousandCodes(const QList<assets::RegisterEntry>& reg, const QString& campus) {
    QStringList codes;
    for (const assets::RegisterEntry& e : reg)
        if (e.campus == campus && codes.size() < 1900)
            codes << e.code;
    for (const assets::RegisterEntry& e : reg)
        if (e.campus != campus && codes.size() < 1950)
            codes << e.code;
    for (int i = 0; codes.size() < 2000; ++i)
        codes << QStringLiteral("ZC-2019-%1").arg(i, 4, 10, QLatin1Char('0'));
    return codes;
}

void BM_Stocktake_LoadRegister(benchmark::State& s) {
    for (auto _ : s)
        benchmark::DoNotOptimize(assets::loadRegister(db())->size());
}

void BM_Stocktake_Count2000Codes(benchmark::State& s) {
    const auto reg = assets::loadRegister(db());
    const QString campus = db().settings().campuses.first();
    const QStringList codes = twoThousandCodes(*reg, campus);
    for (auto _ : s) {
        assets::StocktakeCount count(*reg, campus, {});
        for (const QString& code : codes)
            count.scan(code, QStringLiteral("大一班"));
        benchmark::DoNotOptimize(count.lines().size());
    }
    s.counters["codes"] = double(codes.size());
}

// The screen's whole cost from Start to the last scan: the register read, then the 2,000 scans.
void BM_Stocktake_LoadAndCount2000Codes(benchmark::State& s) {
    const QString campus = db().settings().campuses.first();
    const QStringList codes = twoThousandCodes(*assets::loadRegister(db()), campus);
    for (auto _ : s) {
        assets::StocktakeCount count(*assets::loadRegister(db()), campus, {});
        for (const QString& code : codes)
            count.scan(code);
        benchmark::DoNotOptimize(count.foundCount());
    }
}

} // namespace

BENCHMARK(BM_Stocktake_LoadRegister)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Stocktake_Count2000Codes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Stocktake_LoadAndCount2000Codes)->Unit(benchmark::kMillisecond);
