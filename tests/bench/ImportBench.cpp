// Importing a CSV file of 10,000 valid food samples into an empty database, streamed (read, check every row,
// write the rows and their audit entries in one transaction). Each iteration starts from a new database,
// made while the clock is paused. This replaces a timed assertion that used to sit in tests/io.
#include "domain/Actor.h"
#include "domain/canteen/FoodSamples.h"
#include "io/RecordCsv.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <sqlite3.h>

using namespace houqin;

namespace {

QByteArray tenThousandSamples() {
    QByteArray csv = "date,meal,dish,weight_g,stored_at,fridge_temp_c,sampled_by\r\n";
    const QDate first(2026, 1, 1);
    for (int i = 0; i < 10000; ++i) {
        const QDate d = first.addDays(i / 20);
        csv += QStringLiteral("%1,lunch,菜%2,130,%1 11:30,4,王老师\r\n")
                   .arg(d.toString(Qt::ISODate))
                   .arg(i)
                   .toUtf8();
    }
    return csv;
}

void BM_Import_10000FoodSamples(benchmark::State& s) {
    const QByteArray csv = tenThousandSamples();
    int n = 0;
    for (auto _ : s) {
        s.PauseTiming();
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("import%1.sqlite").arg(n++)));
        if (!db) {
            s.SkipWithError("cannot create the database");
            break;
        }
        RecordRepository repo(**db, canteen::foodSamplesKind());
        s.ResumeTiming();
        auto r = io::importCsv(repo, csv, Actor::systemUser());
        if (!r || !r->ok() || r->imported != 10000) {
            s.SkipWithError("the import failed");
            break;
        }
        s.PauseTiming();
        db->reset(); // close before the folder goes
        s.ResumeTiming();
    }
    s.SetItemsProcessed(s.iterations() * 10000);
}

// The same rows from a file, read as the import streams it (io::importCsvFile), which is what `houqin import`
// and the GUI do.
void BM_Import_10000FoodSamplesFromFile(benchmark::State& s) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("samples.csv"));
    {
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        f.write(tenThousandSamples());
    }
    int n = 0;
    for (auto _ : s) {
        s.PauseTiming();
        auto db = Database::open(dir.filePath(QStringLiteral("file%1.sqlite").arg(n++)));
        if (!db) {
            s.SkipWithError("cannot create the database");
            break;
        }
        RecordRepository repo(**db, canteen::foodSamplesKind());
        s.ResumeTiming();
        auto r = io::importCsvFile(repo, file, Actor::systemUser());
        if (!r || !r->ok() || r->imported != 10000) {
            s.SkipWithError("the import failed");
            break;
        }
        s.PauseTiming();
        db->reset();
        s.ResumeTiming();
    }
    s.SetItemsProcessed(s.iterations() * 10000);
}

// The floor: the same rows and one audit row each with its JSON, in one transaction, through the sqlite3 C
// API with two prepared statements, into a Houqin file; no parsing of cells, no rules, no hash chain.
void BM_Import_10000FoodSamplesCApiFloor(benchmark::State& s) {
    QTemporaryDir dir;
    int n = 0;
    for (auto _ : s) {
        s.PauseTiming();
        const QString path = dir.filePath(QStringLiteral("floor%1.sqlite").arg(n++));
        Database::open(path).value().reset(); // the schema
        sqlite3* db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
        s.ResumeTiming();
        sqlite3_stmt *insert = nullptr, *audit = nullptr;
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_prepare_v2(
            db,
            "INSERT INTO food_samples(created_at, created_by, updated_at, updated_by, date, meal, "
            "dish, weight_g, stored_at, fridge_temp_c, sampled_by) "
            "VALUES(?1, 'floor', ?1, 'floor', ?2, 'lunch', ?3, 130, ?4, 4, '王老师')",
            -1, &insert, nullptr);
        sqlite3_prepare_v2(db,
                           "INSERT INTO audit_log(at, actor, kind, record_id, action, after_json) "
                           "VALUES(?1, 'floor', 'food-samples', ?2, 'insert', ?3)",
                           -1, &audit, nullptr);
        const QByteArray now = QDateTime::currentDateTime().toString(Qt::ISODate).toUtf8();
        const QDate first(2026, 1, 1);
        for (int i = 0; i < 10000; ++i) {
            const QString d = first.addDays(i / 20).toString(Qt::ISODate);
            const QByteArray date = d.toUtf8(), dish = QStringLiteral("菜%1").arg(i).toUtf8(),
                             stored = (d + QStringLiteral("T11:30:00")).toUtf8();
            sqlite3_bind_text(insert, 1, now.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 2, date.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 3, dish.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 4, stored.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_step(insert);
            sqlite3_reset(insert);
            const QByteArray json =
                QJsonDocument(QJsonObject{{QStringLiteral("date"), d},
                                          {QStringLiteral("meal"), QStringLiteral("lunch")},
                                          {QStringLiteral("dish"), QString::fromUtf8(dish)},
                                          {QStringLiteral("weight_g"), QStringLiteral("130")},
                                          {QStringLiteral("stored_at"), QString::fromUtf8(stored)},
                                          {QStringLiteral("fridge_temp_c"), QStringLiteral("4")},
                                          {QStringLiteral("sampled_by"), QStringLiteral("王老师")}})
                    .toJson(QJsonDocument::Compact);
            sqlite3_bind_text(audit, 1, now.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(audit, 2, sqlite3_last_insert_rowid(db));
            sqlite3_bind_text(audit, 3, json.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_step(audit);
            sqlite3_reset(audit);
        }
        sqlite3_finalize(insert);
        sqlite3_finalize(audit);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        s.PauseTiming();
        sqlite3_close(db);
        s.ResumeTiming();
    }
    s.SetItemsProcessed(s.iterations() * 10000);
}

} // namespace

BENCHMARK(BM_Import_10000FoodSamples)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_Import_10000FoodSamplesFromFile)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_Import_10000FoodSamplesCApiFloor)->Unit(benchmark::kMillisecond)->Iterations(2);
