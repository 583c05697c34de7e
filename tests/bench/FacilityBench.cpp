// Facility checks and utility readings on the demo database of BenchFixture.h: the facility checks' first
// page with each row's derived outcome (it reads the page's lines), the "failed items not yet handled" count
// (an EXISTS over the lines per check), and the utility readings' first page with each row's derived use
// (one query per row for the meter's readings), and the monthly utilities report over twelve months.
#include "BenchFixture.h"
#include "domain/assets/AssetKinds.h"
#include "reports/assets/AssetReports.h"
#include "storage/RecordRepository.h"

#include <benchmark/benchmark.h>

using namespace houqin;
using namespace houqin::bench;

namespace {

ListQuery page(const QString& filter = {}) {
    ListQuery q;
    q.filter = filter;
    q.limit = 200; // RecordTableModel's page
    return q;
}

void firstPageWithDerived(benchmark::State& s, const RecordKind& kind) {
    const RecordRepository r(db(), kind);
    const RuleContext ctx = db().ruleContext();
    for (auto _ : s) {
        const auto records = r.list(page());
        qint64 n = 0;
        for (const Record& rec : *records)
            n += deriveValues(kind, rec, ctx).size();
        benchmark::DoNotOptimize(n);
    }
}

void BM_FacilityChecks_Repo_FirstPageWithDerived(benchmark::State& s) {
    firstPageWithDerived(s, assets::facilityChecksKind());
}
void BM_FacilityChecks_Repo_FailedUnhandledCount(benchmark::State& s) {
    const RecordRepository r(db(), assets::facilityChecksKind());
    for (auto _ : s)
        benchmark::DoNotOptimize(*r.count(page(assets::facility::kFailedUnhandled)));
}
void BM_UtilityReadings_Repo_FirstPageWithDerived(benchmark::State& s) {
    firstPageWithDerived(s, assets::utilityReadingsKind());
}
void BM_Utilities_MonthlyReport(benchmark::State& s) {
    for (auto _ : s)
        benchmark::DoNotOptimize(reports::assets::buildUtilitiesMonthly(db(), {})->rows.size());
}

} // namespace

BENCHMARK(BM_FacilityChecks_Repo_FirstPageWithDerived)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FacilityChecks_Repo_FailedUnhandledCount)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_UtilityReadings_Repo_FirstPageWithDerived)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Utilities_MonthlyReport)->Unit(benchmark::kMillisecond);
