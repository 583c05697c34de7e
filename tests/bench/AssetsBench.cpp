// The assets module on the demo database of BenchFixture.h (ten years by default): the register list as the
// 资产 tab opens it (first page in code order, with the derived class and amount), the fixed-asset filter
// (page and count), the register search, and the printed register, the list's page against the same SQL
// through sqlite3.
#include "BenchFixture.h"
#include "domain/assets/AssetKinds.h"
#include "reports/assets/AssetReports.h"
#include "storage/RecordRepository.h"

#include <benchmark/benchmark.h>

using namespace houqin;
using namespace houqin::bench;

namespace {

const char* kAssetSelect = "SELECT id, created_at, created_by, updated_at, updated_by, code, name, category, "
                           "model, unit, quantity, unit_price, acquired_on, source, campus, location, "
                           "department, custodian, status, note FROM assets";

ListQuery page(const QString& filter = {}) {
    ListQuery q;
    q.filter = filter;
    q.limit = 200; // RecordTableModel's page
    return q;
}

RecordRepository register_() {
    return RecordRepository(db(), assets::assetsKind());
}

void BM_Assets_Repo_FirstPage(benchmark::State& s) {
    const RecordRepository r = register_();
    for (auto _ : s)
        benchmark::DoNotOptimize(r.list(page())->size());
}
void BM_Assets_Raw_FirstPage(benchmark::State& s) {
    const std::string sql = std::string(kAssetSelect) + " ORDER BY code ASC, id ASC LIMIT 200";
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery(sql.c_str(), {}));
}
// What the table shows: the page plus each row's derived class and amount.
void BM_Assets_Repo_FirstPageWithDerived(benchmark::State& s) {
    const RecordRepository r = register_();
    const RuleContext ctx = db().ruleContext();
    for (auto _ : s) {
        const auto records = r.list(page());
        qint64 n = 0;
        for (const Record& rec : *records)
            n += deriveValues(assets::assetsKind(), rec, ctx).size();
        benchmark::DoNotOptimize(n);
    }
}
void BM_Assets_Repo_LastPage(benchmark::State& s) {
    const RecordRepository r = register_();
    ListQuery q = page();
    q.offset = int(qMax<qint64>(0, *r.count() - 200));
    for (auto _ : s)
        benchmark::DoNotOptimize(r.list(q)->size());
}
void BM_Assets_Repo_FixedAssetsPage(benchmark::State& s) {
    const RecordRepository r = register_();
    for (auto _ : s)
        benchmark::DoNotOptimize(r.list(page(QStringLiteral("fixed-assets")))->size());
}
void BM_Assets_Repo_FixedAssetsCount(benchmark::State& s) {
    const RecordRepository r = register_();
    for (auto _ : s)
        benchmark::DoNotOptimize(*r.count(page(QStringLiteral("fixed-assets"))));
}
void BM_Assets_Repo_Search(benchmark::State& s) {
    const RecordRepository r = register_();
    ListQuery q = page();
    q.search = QStringLiteral("空调");
    for (auto _ : s)
        benchmark::DoNotOptimize(r.list(q)->size());
}
void BM_Assets_RegisterReport(benchmark::State& s) {
    for (auto _ : s)
        benchmark::DoNotOptimize(reports::assets::buildAssetRegister(db(), {})->rows.size());
}

} // namespace

BENCHMARK(BM_Assets_Repo_FirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Assets_Raw_FirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Assets_Repo_FirstPageWithDerived)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Assets_Repo_LastPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Assets_Repo_FixedAssetsPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Assets_Repo_FixedAssetsCount)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Assets_Repo_Search)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Assets_RegisterReport)->Unit(benchmark::kMillisecond);
