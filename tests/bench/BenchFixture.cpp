#include "BenchFixture.h"

#include "cli/demo/DemoData.h"

#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <memory>
#include <sqlite3.h>

namespace houqin::bench {

namespace {
struct Fixture {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
    Fixture() {
        path = dir.filePath(QStringLiteral("bench.sqlite"));
        // A copy of a demo database made beforehand (`houqin demo-data --years 30` takes many minutes), so
        // tests/bench/growth.sh can compare 1, 10 and 30 years; its records are dated from its own day.
        const QString given = qEnvironmentVariable("HOUQIN_BENCH_DB");
        if (!given.isEmpty() && !QFile::copy(given, path))
            qFatal("HOUQIN_BENCH_DB: cannot copy %s", qPrintable(given));
        auto opened = Database::open(path);
        if (!opened)
            qFatal("open: %s", qPrintable(opened.error().message));
        db = std::move(opened.value());
        db->setClock([] { return kNow; });
        if (!given.isEmpty())
            return;
        const int years = qEnvironmentVariableIsSet("HOUQIN_BENCH_YEARS")
                              ? qEnvironmentVariableIntValue("HOUQIN_BENCH_YEARS")
                              : 10;
        auto summary = demo::generate(*db, {years, 42}, {QStringLiteral("bench")});
        if (!summary)
            qFatal("demo-data: %s", qPrintable(summary.error().message));
    }
};

Fixture& fixture() {
    static Fixture f;
    return f;
}
} // namespace

Database& db() {
    return *fixture().db;
}

QString dbPath() {
    return fixture().path;
}

int64_t rawQuery(const char* sql, const std::vector<std::string>& binds) {
    sqlite3* h = db().handle();
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(h, sql, -1, &st, nullptr);
    for (size_t i = 0; i < binds.size(); ++i)
        sqlite3_bind_text(st, int(i + 1), binds[i].c_str(), -1, SQLITE_TRANSIENT);
    int64_t n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const int cols = sqlite3_column_count(st);
        for (int c = 0; c < cols; ++c)
            benchmark::DoNotOptimize(sqlite3_column_text(st, c));
        ++n;
    }
    sqlite3_finalize(st);
    return n;
}

} // namespace houqin::bench
