// Listing and filtering food samples through the repository, against the same SQL through the sqlite3 C API,
// on the demo database of BenchFixture.h. The ratio repo/raw is the repository's overhead (Record
// building, QVariant conversion); the raw figure is SQLite's own cost with our indexes.
#include "BenchFixture.h"
#include "domain/canteen/FoodSamples.h"
#include "storage/AttentionService.h"
#include "storage/LocalDateTimes.h"
#include "storage/RecordRepository.h"
#include "storage/plan/PlanService.h"

#include <benchmark/benchmark.h>

using namespace houqin;
using namespace houqin::bench;

namespace {
RecordRepository repo() {
    return RecordRepository(db(), canteen::foodSamplesKind());
}

const char* kColumns =
    "id, created_at, created_by, updated_at, updated_by, date, meal, dish, weight_g, stored_at, "
    "fridge_temp_c, sampled_by, disposed_at, disposed_by, notes";

std::string cutoff(int hours) {
    return kNow.addSecs(-qint64(hours) * 3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toStdString();
}

void BM_Repo_FirstPage(benchmark::State& s) {
    const RecordRepository r = repo();
    ListQuery q;
    q.limit = 200;
    for (auto _ : s)
        benchmark::DoNotOptimize(r.list(q)->size());
}
// The same page with the date-times converted afresh each time, as a page read for the first time is
// (storage/LocalDateTimes remembers the values of pages read before).
void BM_Repo_FirstPageCold(benchmark::State& s) {
    const RecordRepository r = repo();
    ListQuery q;
    q.limit = 200;
    for (auto _ : s) {
        localdatetimes::clear();
        benchmark::DoNotOptimize(r.list(q)->size());
    }
}
// The page as the list shows it: read, then the list columns of the rows a 1366x768 screen shows (about
// 30) read as the table view reads them to draw, each cell once. The cells of the other rows are never
// converted.
void BM_Repo_FirstPageShown(benchmark::State& s) {
    const RecordRepository r = repo();
    const QStringList columns = canteen::foodSamplesKind().columns();
    ListQuery q;
    q.limit = 200;
    for (auto _ : s) {
        const auto page = r.list(q);
        for (qsizetype i = 0; i < 30 && i < page->size(); ++i)
            for (const QString& key : columns)
                benchmark::DoNotOptimize(page->at(i).value(key));
    }
}
// Every value of every row converted (what an export or a report does with each record it reads).
void BM_Repo_FirstPageEveryValue(benchmark::State& s) {
    const RecordRepository r = repo();
    ListQuery q;
    q.limit = 200;
    for (auto _ : s)
        for (const Record& rec : *r.list(q))
            benchmark::DoNotOptimize(rec.values.toMap().size());
}
void BM_Raw_FirstPage(benchmark::State& s) {
    const std::string sql =
        std::string("SELECT ") + kColumns + " FROM food_samples ORDER BY stored_at DESC, id DESC LIMIT 200";
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery(sql.c_str(), {}));
}

void BM_Repo_Count(benchmark::State& s) {
    const RecordRepository r = repo();
    for (auto _ : s)
        benchmark::DoNotOptimize(*r.count());
}
void BM_Raw_Count(benchmark::State& s) {
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery("SELECT COUNT(*) FROM food_samples", {}));
}

void BM_Repo_Month(benchmark::State& s) {
    const RecordRepository r = repo();
    ListQuery q;
    q.from = QDate(2026, 9, 1);
    q.to = QDate(2026, 9, 30);
    for (auto _ : s)
        benchmark::DoNotOptimize(r.list(q)->size());
}
void BM_Raw_Month(benchmark::State& s) {
    const std::string sql =
        std::string("SELECT ") + kColumns +
        " FROM food_samples WHERE date >= ? AND date < ? ORDER BY stored_at DESC, id DESC";
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery(sql.c_str(), {"2026-09-01", "2026-10-01"}));
}

void BM_Repo_DueFilter(benchmark::State& s) {
    const RecordRepository r = repo();
    ListQuery q;
    q.filter = QStringLiteral("due");
    for (auto _ : s)
        benchmark::DoNotOptimize(*r.count(q));
}
void BM_Raw_DueFilter(benchmark::State& s) {
    const std::string c = cutoff(48);
    for (auto _ : s)
        benchmark::DoNotOptimize(
            rawQuery("SELECT COUNT(*) FROM food_samples WHERE disposed_at IS NULL AND stored_at <= ?", {c}));
}

void BM_Repo_SearchFirstPage(benchmark::State& s) {
    const RecordRepository r = repo();
    ListQuery q;
    q.search = QStringLiteral("青菜");
    q.limit = 200;
    for (auto _ : s)
        benchmark::DoNotOptimize(r.list(q)->size());
}
void BM_Raw_SearchFirstPage(benchmark::State& s) {
    const std::string sql =
        std::string("SELECT ") + kColumns +
        " FROM food_samples WHERE (dish LIKE ?1 ESCAPE '\\' OR sampled_by LIKE ?1 ESCAPE '\\' OR "
        "disposed_by LIKE ?1 ESCAPE '\\' OR notes LIKE ?1 ESCAPE '\\') ORDER BY stored_at DESC, id "
        "DESC LIMIT 200";
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery(sql.c_str(), {"%青菜%"}));
}

void BM_OpenDatabase(benchmark::State& s) {
    const QString path = dbPath();
    for (auto _ : s) {
        auto db = Database::open(path);
        benchmark::DoNotOptimize(db.ok());
    }
}

// The dashboard: every module's attention counts, this week's tasks and the overdue ones.
void BM_Dashboard_Attention(benchmark::State& s) {
    const AttentionService service(db());
    for (auto _ : s)
        benchmark::DoNotOptimize(service.evaluateAll()->size());
}
void BM_Dashboard_ThisWeekAndOverdue(benchmark::State& s) {
    const plan::PlanService service(db());
    for (auto _ : s) {
        benchmark::DoNotOptimize(service.thisWeek()->size());
        benchmark::DoNotOptimize(service.overdue()->size());
    }
}
void BM_Dashboard_Upcoming(benchmark::State& s) {
    const plan::PlanService service(db());
    for (auto _ : s)
        benchmark::DoNotOptimize(service.upcoming(3)->size());
}

BENCHMARK(BM_Dashboard_Attention)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Dashboard_ThisWeekAndOverdue)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Dashboard_Upcoming)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Repo_FirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Repo_FirstPageCold)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Repo_FirstPageShown)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Repo_FirstPageEveryValue)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Raw_FirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Repo_Count)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Raw_Count)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Repo_Month)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Raw_Month)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Repo_DueFilter)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Raw_DueFilter)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Repo_SearchFirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Raw_SearchFirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_OpenDatabase)->Unit(benchmark::kMicrosecond);
} // namespace
