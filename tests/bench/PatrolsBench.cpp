// The walk-throughs on the demo database of BenchFixture.h (ten years of three rounds a school day by each
// administrator): the patrol list as the 队伍建设 tab opens it (first page with its findings), the
// "administrator without round n today" filter behind the dashboard (each round counted whatever the time,
// and against the same SQL through sqlite3), the mentor-pair item, and the module's attention items together.
#include "BenchFixture.h"
#include "domain/staff/Mentoring.h"
#include "domain/staff/Patrols.h"
#include "domain/staff/StaffKind.h"
#include "storage/AttentionService.h"
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

void BM_Patrols_Repo_FirstPage(benchmark::State& s) {
    const RecordRepository r(db(), staff::patrolsKind());
    for (auto _ : s)
        benchmark::DoNotOptimize(r.list(page())->size());
}
void BM_Patrols_Raw_FirstPage(benchmark::State& s) {
    const char* sql =
        "SELECT id, created_at, created_by, updated_at, updated_by, date, round, administrator, "
        "campus, areas, notes FROM patrols ORDER BY date DESC, id DESC LIMIT 200";
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery(sql, {}));
}
void BM_Patrols_Repo_CountWithoutRound(benchmark::State& s) {
    const RecordRepository r(db(), staff::staffKind());
    const ListQuery q = page(staff::withoutRoundFilterKey(int(s.range(0))));
    for (auto _ : s)
        benchmark::DoNotOptimize(*r.count(q));
}
void BM_Patrols_Raw_CountWithoutRound(benchmark::State& s) {
    const char* sql =
        "SELECT COUNT(*) FROM staff WHERE post = 'administrator' AND status = 'active' AND NOT "
        "EXISTS (SELECT 1 FROM patrols AS t1 WHERE t1.administrator = staff.name AND t1.date = ? "
        "AND t1.round = ?)";
    const std::string round = std::to_string(s.range(0));
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery(sql, {kNow.date().toString(Qt::ISODate).toStdString(), round}));
}
void BM_Patrols_Repo_MentorPairsWithoutReview(benchmark::State& s) {
    const RecordRepository r(db(), staff::mentorPairsKind());
    const ListQuery q = page(staff::mentoring::kWithoutReviewFilter);
    for (auto _ : s)
        benchmark::DoNotOptimize(*r.count(q));
}
void BM_Patrols_AttentionItems(benchmark::State& s) {
    const AttentionService service(db());
    for (auto _ : s)
        for (const AttentionItem& item : staff::patrolAttentionItems())
            benchmark::DoNotOptimize(service.evaluate(item)->count);
}

} // namespace

BENCHMARK(BM_Patrols_Repo_FirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Patrols_Raw_FirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Patrols_Repo_CountWithoutRound)->DenseRange(1, 3)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Patrols_Raw_CountWithoutRound)->DenseRange(1, 3)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Patrols_Repo_MentorPairsWithoutReview)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Patrols_AttentionItems)->Unit(benchmark::kMicrosecond);
