// Importing a CSV file of 10,000 valid food samples into an empty database, whole (read, check every row,
// write the rows and their audit entries in one transaction). Each iteration starts from a new database,
// made while the clock is paused. This replaces a timed assertion that used to sit in tests/io.
#include "domain/Actor.h"
#include "domain/canteen/FoodSamples.h"
#include "io/RecordCsv.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QDate>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

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

} // namespace

BENCHMARK(BM_Import_10000FoodSamples)->Unit(benchmark::kMillisecond)->Iterations(2);
