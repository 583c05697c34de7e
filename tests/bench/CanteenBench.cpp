// The canteen's lists and the dashboard's attention items on the demo database of BenchFixture.h: the
// pesticide-test list as the canteen tab opens it (first page, default sort, status filters, counts), and
// every attention item's COUNT(*) on its own, including the staff filters that look into morning checks
// and health certificates (NotExists subqueries). Repository against the same SQL through sqlite3.
#include "BenchFixture.h"
#include "domain/Attention.h"
#include "domain/canteen/PesticideTests.h"
#include "domain/staff/StaffKind.h"
#include "storage/AttentionService.h"
#include "storage/RecordRepository.h"

#include <benchmark/benchmark.h>

using namespace houqin;
using namespace houqin::bench;

namespace {

const char* kPesticideColumns = "id, created_at, created_by, updated_at, updated_by, date, sample, supplier, "
                                "batch, inhibition_pct, tester, handling, retest_pct, notes";

RecordRepository pesticideRepo() {
    return RecordRepository(db(), canteen::pesticideTestsKind());
}

ListQuery page(const QString& filter = {}) {
    ListQuery q;
    q.filter = filter;
    q.limit = 200; // RecordTableModel's page
    return q;
}

std::string pesticideSql(const char* where, bool countOnly) {
    if (countOnly)
        return std::string("SELECT COUNT(*) FROM pesticide_tests") + where;
    return std::string("SELECT ") + kPesticideColumns + " FROM pesticide_tests" + where +
           " ORDER BY date DESC, id DESC LIMIT 200";
}
// The threshold is the default setting, 50%.
const char* kPositive = " WHERE inhibition_pct >= 50.0";
const char* kUnhandled = " WHERE inhibition_pct >= 50.0 AND handling IS NULL";

void BM_Pesticide_Repo_FirstPage(benchmark::State& s) {
    const RecordRepository r = pesticideRepo();
    for (auto _ : s)
        benchmark::DoNotOptimize(r.list(page())->size());
}
void BM_Pesticide_Raw_FirstPage(benchmark::State& s) {
    const std::string sql = pesticideSql("", false);
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery(sql.c_str(), {}));
}
// What the table shows: the page plus each row's derived result (合格/不合格), as RecordTableModel does.
void BM_Pesticide_Repo_FirstPageWithResults(benchmark::State& s) {
    const RecordRepository r = pesticideRepo();
    const RuleContext ctx = db().ruleContext();
    for (auto _ : s) {
        const QList<Record> rows = *r.list(page());
        for (const Record& row : rows)
            benchmark::DoNotOptimize(deriveValues(r.kind(), row, ctx).size());
    }
}
void BM_Pesticide_Repo_PositiveFirstPage(benchmark::State& s) {
    const RecordRepository r = pesticideRepo();
    for (auto _ : s)
        benchmark::DoNotOptimize(r.list(page(QStringLiteral("positive")))->size());
}
void BM_Pesticide_Raw_PositiveFirstPage(benchmark::State& s) {
    const std::string sql = pesticideSql(kPositive, false);
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery(sql.c_str(), {}));
}
void BM_Pesticide_Repo_UnhandledFirstPage(benchmark::State& s) {
    const RecordRepository r = pesticideRepo();
    for (auto _ : s)
        benchmark::DoNotOptimize(r.list(page(QStringLiteral("unhandled")))->size());
}
void BM_Pesticide_Raw_UnhandledFirstPage(benchmark::State& s) {
    const std::string sql = pesticideSql(kUnhandled, false);
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery(sql.c_str(), {}));
}
void BM_Pesticide_Repo_Count(benchmark::State& s) {
    const RecordRepository r = pesticideRepo();
    for (auto _ : s)
        benchmark::DoNotOptimize(*r.count());
}
void BM_Pesticide_Raw_Count(benchmark::State& s) {
    const std::string sql = pesticideSql("", true);
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery(sql.c_str(), {}));
}
void BM_Pesticide_Repo_CountPositive(benchmark::State& s) {
    const RecordRepository r = pesticideRepo();
    ListQuery q;
    q.filter = QStringLiteral("positive");
    for (auto _ : s)
        benchmark::DoNotOptimize(*r.count(q));
}
void BM_Pesticide_Raw_CountPositive(benchmark::State& s) {
    const std::string sql = pesticideSql(kPositive, true);
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery(sql.c_str(), {}));
}
void BM_Pesticide_Repo_CountUnhandled(benchmark::State& s) {
    const RecordRepository r = pesticideRepo();
    ListQuery q;
    q.filter = QStringLiteral("unhandled");
    for (auto _ : s)
        benchmark::DoNotOptimize(*r.count(q));
}
void BM_Pesticide_Raw_CountUnhandled(benchmark::State& s) {
    const std::string sql = pesticideSql(kUnhandled, true);
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery(sql.c_str(), {}));
}

// The staff list the two new dashboard items open: every row runs one NotExists probe.
void staffList(benchmark::State& s, const char* filter) {
    const RecordRepository r(db(), staff::staffKind());
    ListQuery q = page(QString::fromLatin1(filter));
    for (auto _ : s)
        benchmark::DoNotOptimize(r.list(q)->size());
}
void BM_Staff_Repo_NoMorningCheckList(benchmark::State& s) {
    staffList(s, "canteen-no-morning-check");
}
void BM_Staff_Raw_NoMorningCheckCount(benchmark::State& s) {
    const std::string today = kNow.date().toString(Qt::ISODate).toStdString();
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery("SELECT COUNT(*) FROM staff WHERE post = 'canteen' AND status = "
                                          "'active' AND NOT EXISTS (SELECT 1 FROM morning_checks AS t1 "
                                          "WHERE t1.person = staff.name AND t1.date = ?)",
                                          {today}));
}
void BM_Staff_Repo_NoCertificateList(benchmark::State& s) {
    staffList(s, "canteen-no-certificate");
}
void BM_Staff_Raw_NoCertificateCount(benchmark::State& s) {
    const std::string today = kNow.date().toString(Qt::ISODate).toStdString();
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery(
            "SELECT COUNT(*) FROM staff WHERE post = 'canteen' AND status = 'active' AND NOT EXISTS "
            "(SELECT 1 FROM health_certificates AS t1 WHERE t1.person = staff.name AND t1.superseded "
            "= 0 AND t1.issue_date <= ?1 AND t1.expiry_date >= ?1)",
            {today}));
}

BENCHMARK(BM_Pesticide_Repo_FirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Pesticide_Raw_FirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Pesticide_Repo_FirstPageWithResults)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Pesticide_Repo_PositiveFirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Pesticide_Raw_PositiveFirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Pesticide_Repo_UnhandledFirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Pesticide_Raw_UnhandledFirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Pesticide_Repo_Count)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Pesticide_Raw_Count)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Pesticide_Repo_CountPositive)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Pesticide_Raw_CountPositive)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Pesticide_Repo_CountUnhandled)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Pesticide_Raw_CountUnhandled)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Staff_Repo_NoMorningCheckList)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Staff_Raw_NoMorningCheckCount)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Staff_Repo_NoCertificateList)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Staff_Raw_NoCertificateCount)->Unit(benchmark::kMicrosecond);

} // namespace

namespace houqin::bench {

// One benchmark per attention item (BM_Attention/<key>), so a slow item shows by name; the list comes
// from the modules at run time, so new items are measured without touching this file.
void registerAttentionBenchmarks() {
    for (const AttentionItem& item : allAttentionItems())
        benchmark::RegisterBenchmark(("BM_Attention/" + item.key).toStdString().c_str(),
                                     [&item](benchmark::State& s) {
                                         const AttentionService service(db());
                                         for (auto _ : s)
                                             benchmark::DoNotOptimize(service.evaluate(item)->count);
                                     })
            ->Unit(benchmark::kMicrosecond);
}

} // namespace houqin::bench
