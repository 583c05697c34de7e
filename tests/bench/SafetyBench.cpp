// The safety module on the demo database of BenchFixture.h: the hazard register as the 安全 tab opens it
// (first page sorted by found_on, with the derived 逾期 column), the `overdue` filter the dashboard opens
// (page and count), and the module's attention items together, each against the same SQL through sqlite3.
// Every item is also measured on its own by BM_Attention/<key> (CanteenBench.cpp).
//
// HOUQIN_BENCH_PLANS=1 prints, before the timings, the query plan (EXPLAIN QUERY PLAN) of every statement
// these benchmarks and the safety attention items prepare, to check that they search through indexes.
#include "BenchFixture.h"
#include "domain/Attention.h"
#include "domain/safety/Hazards.h"
#include "domain/safety/SafetyKinds.h"
#include "storage/AttentionService.h"
#include "storage/RecordRepository.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <functional>
#include <sqlite3.h>

using namespace houqin;
using namespace houqin::bench;

namespace {

const char* kHazardSelect =
    "SELECT id, created_at, created_by, updated_at, updated_by, found_on, campus, place, "
    "category, description, severity, reported_by, state, owner, deadline, measures, "
    "verified_by, source FROM hazards";
// The overdue filter: not closed and the deadline before today (the clock of BenchFixture.h).
const char* kOverdueWhere = " WHERE state <> 'closed' AND deadline < ?";

std::string today() {
    return kNow.date().toString(Qt::ISODate).toStdString();
}

ListQuery page(const QString& filter = {}) {
    ListQuery q;
    q.filter = filter;
    q.limit = 200; // RecordTableModel's page
    return q;
}

RecordRepository hazards() {
    return RecordRepository(db(), safety::hazardsKind());
}

void BM_Hazards_Repo_FirstPage(benchmark::State& s) {
    const RecordRepository r = hazards();
    for (auto _ : s)
        benchmark::DoNotOptimize(r.list(page())->size());
}
void BM_Hazards_Raw_FirstPage(benchmark::State& s) {
    const std::string sql = std::string(kHazardSelect) + " ORDER BY found_on DESC, id DESC LIMIT 200";
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery(sql.c_str(), {}));
}
// What the table shows: the page plus each row's derived 逾期, as RecordTableModel does.
void BM_Hazards_Repo_FirstPageWithOverdue(benchmark::State& s) {
    const RecordRepository r = hazards();
    const RuleContext ctx = db().ruleContext();
    for (auto _ : s) {
        const QList<Record> rows = *r.list(page());
        for (const Record& row : rows)
            benchmark::DoNotOptimize(deriveValues(r.kind(), row, ctx).size());
    }
}
void BM_Hazards_Repo_OverdueFirstPage(benchmark::State& s) {
    const RecordRepository r = hazards();
    for (auto _ : s)
        benchmark::DoNotOptimize(r.list(page(QStringLiteral("overdue")))->size());
}
void BM_Hazards_Raw_OverdueFirstPage(benchmark::State& s) {
    const std::string sql =
        std::string(kHazardSelect) + kOverdueWhere + " ORDER BY found_on DESC, id DESC LIMIT 200";
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery(sql.c_str(), {today()}));
}
void BM_Hazards_Repo_CountOverdue(benchmark::State& s) {
    const RecordRepository r = hazards();
    const ListQuery q = page(QStringLiteral("overdue"));
    for (auto _ : s)
        benchmark::DoNotOptimize(*r.count(q));
}
void BM_Hazards_Raw_CountOverdue(benchmark::State& s) {
    const std::string sql = std::string("SELECT COUNT(*) FROM hazards") + kOverdueWhere;
    for (auto _ : s)
        benchmark::DoNotOptimize(rawQuery(sql.c_str(), {today()}));
}
// The seven safety items one after the other, as the dashboard evaluates them among the others.
void BM_Safety_AttentionItems(benchmark::State& s) {
    const AttentionService service(db());
    for (auto _ : s)
        for (const AttentionItem& item : safety::attentionItems())
            benchmark::DoNotOptimize(service.evaluate(item)->count);
}

BENCHMARK(BM_Hazards_Repo_FirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Hazards_Raw_FirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Hazards_Repo_FirstPageWithOverdue)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Hazards_Repo_OverdueFirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Hazards_Raw_OverdueFirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Hazards_Repo_CountOverdue)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Hazards_Raw_CountOverdue)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Safety_AttentionItems)->Unit(benchmark::kMicrosecond);

// The statements the connection prepares while `run` runs (sqlite3_trace_v2).
QStringList statementsOf(const std::function<void()>& run) {
    QStringList statements;
    sqlite3_trace_v2(
        db().handle(), SQLITE_TRACE_STMT,
        [](unsigned, void* ctx, void* stmt, void*) {
            static_cast<QStringList*>(ctx)->append(
                QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt*>(stmt))));
            return 0;
        },
        &statements);
    run();
    sqlite3_trace_v2(db().handle(), 0, nullptr, nullptr);
    return statements;
}

void printPlan(const QString& what, const QString& sql) {
    std::fprintf(stderr, "%s\n  %s\n", qPrintable(what), qPrintable(sql));
    sqlite3_stmt* st = nullptr;
    const QByteArray explain = "EXPLAIN QUERY PLAN " + sql.toUtf8();
    if (sqlite3_prepare_v2(db().handle(), explain.constData(), -1, &st, nullptr) != SQLITE_OK)
        std::fprintf(stderr, "  (cannot explain: %s)\n", sqlite3_errmsg(db().handle()));
    while (st && sqlite3_step(st) == SQLITE_ROW)
        std::fprintf(stderr, "  -> %s\n", reinterpret_cast<const char*>(sqlite3_column_text(st, 3)));
    sqlite3_finalize(st);
}

} // namespace

namespace houqin::bench {

void printSafetyPlans() {
    if (qEnvironmentVariableIntValue("HOUQIN_BENCH_PLANS") == 0)
        return;
    const RecordRepository r = hazards();
    auto explainAll = [](const QString& what, const std::function<void()>& run) {
        for (const QString& sql : statementsOf(run))
            printPlan(what, sql);
    };
    explainAll(QStringLiteral("hazards: first page"), [&] { (void)r.list(page()); });
    explainAll(QStringLiteral("hazards: overdue, first page"),
               [&] { (void)r.list(page(QStringLiteral("overdue"))); });
    explainAll(QStringLiteral("hazards: overdue, count"),
               [&] { (void)r.count(page(QStringLiteral("overdue"))); });
    const AttentionService service(db());
    for (const AttentionItem& item : safety::attentionItems())
        explainAll(item.key, [&] { (void)service.evaluate(item); });
}

} // namespace houqin::bench
