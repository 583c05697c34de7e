// Kinds with item lines on the demo database of BenchFixture.h: the first page of deliveries and of
// menus as the canteen tab opens them (200 records and, in one more query, all their lines), opening
// one delivery (get() with its lines), and the food-samples check against two weeks of menus.
#include "BenchFixture.h"
#include "domain/canteen/Deliveries.h"
#include "domain/canteen/Menus.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/canteen/MenuSampleCheck.h"

#include <benchmark/benchmark.h>

using namespace houqin;
using namespace houqin::bench;

namespace {

ListQuery firstPage() {
    ListQuery q;
    q.limit = 200; // RecordTableModel's page
    return q;
}

void BM_Deliveries_FirstPageWithLines(benchmark::State& s) {
    const RecordRepository r(db(), canteen::deliveriesKind());
    for (auto _ : s)
        benchmark::DoNotOptimize(r.list(firstPage())->size());
}

void BM_Menus_FirstPageWithLines(benchmark::State& s) {
    const RecordRepository r(db(), canteen::menusKind());
    for (auto _ : s)
        benchmark::DoNotOptimize(r.list(firstPage())->size());
}

void BM_Deliveries_GetOne(benchmark::State& s) {
    const RecordRepository r(db(), canteen::deliveriesKind());
    const qint64 id = r.list(firstPage())->first().id;
    for (auto _ : s)
        benchmark::DoNotOptimize(r.get(id)->lines.size());
}

void BM_MealsWithoutSamples_TwoWeeks(benchmark::State& s) {
    const QDate today = db().now().date();
    for (auto _ : s)
        benchmark::DoNotOptimize(canteen::mealsWithoutSamples(db(), today.addDays(-13), today)->size());
}

BENCHMARK(BM_Deliveries_FirstPageWithLines)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Menus_FirstPageWithLines)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Deliveries_GetOne)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_MealsWithoutSamples_TwoWeeks)->Unit(benchmark::kMicrosecond);

} // namespace
