// The staff and training module on the demo database of BenchFixture.h: what the appraisal month screen
// reads (the month's appraisals, each with its item lines) against the same SQL through sqlite3, and the
// module's three attention items together (each is also measured alone by BM_Attention/<key>).
#include "BenchFixture.h"
#include "domain/Attention.h"
#include "domain/staff/TrainingKinds.h"
#include "storage/AttentionService.h"
#include "storage/RecordRepository.h"

#include <benchmark/benchmark.h>

using namespace houqin;
using namespace houqin::bench;

namespace {

namespace t = houqin::staff::training;

QDate month() {
    return QDate(kNow.date().year(), kNow.date().month(), 1).addMonths(-1); // a complete month
}

// As AppraisalMonthPage::load(): the month's appraisals by person, then each whole (with its lines).
void BM_AppraisalMonth_Repo(benchmark::State& s) {
    const RecordRepository r(db(), staff::appraisalsKind());
    ListQuery q;
    q.equals << qMakePair(t::kMonth, QVariant(month()));
    q.sortField = t::kPerson;
    q.sortDescending = false;
    for (auto _ : s) {
        int lines = 0;
        for (const Record& a : *r.list(q))
            lines += int(r.get(a.id)->lines.size());
        benchmark::DoNotOptimize(lines);
    }
}
void BM_AppraisalMonth_Raw(benchmark::State& s) {
    const std::string m = month().toString(Qt::ISODate).toStdString();
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery(
            "SELECT a.id, a.person, i.item, i.weight, i.score FROM appraisals a JOIN appraisal_items i "
            "ON i.appraisal_id = a.id WHERE a.month = ? ORDER BY a.person, i.line_no",
            {m}));
}
void BM_Staff_AttentionItems(benchmark::State& s) {
    const AttentionService service(db());
    for (auto _ : s)
        for (const AttentionItem& item : staff::attentionItems())
            benchmark::DoNotOptimize(service.evaluate(item)->count);
}

BENCHMARK(BM_AppraisalMonth_Repo)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_AppraisalMonth_Raw)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Staff_AttentionItems)->Unit(benchmark::kMicrosecond);

} // namespace
