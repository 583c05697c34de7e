#pragma once

// Two processes writing one file for a bounded time (TwoCliImportsTest.cpp, GuiWhileImportTest.cpp): no
// busy error may reach anybody, no row may be lost. The figures are printed for docs/reliability.md;
// HOUQIN_CONCURRENCY_SECONDS makes the runs longer (default 8 seconds each).
#include "DbState.h"
#include "ImportLoop.h"
#include "TestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "domain/staff/StaffKind.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>
#include <gtest/gtest.h>

namespace houqin::reliability {

inline const QString kSampler = QStringLiteral("王老师");
inline const QString kCampus = QStringLiteral("滨豪园区");

inline int boundSeconds() {
    const int s = qEnvironmentVariableIntValue("HOUQIN_CONCURRENCY_SECONDS");
    return s > 0 ? s : 8;
}

inline void waitFor(const QList<ImportLoop*>& loops, int seconds) {
    QDeadlineTimer guard(std::chrono::seconds(seconds + 120));
    const auto allDone = [&] {
        return std::all_of(loops.begin(), loops.end(), [](ImportLoop* l) { return l->done(); });
    };
    while (!allDone() && !guard.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    ASSERT_TRUE(allDone()) << "an import did not end";
}

// A file with a sampler the import files name, as a person would have it.
class Concurrency : public ::testing::Test {
protected:
    void SetUp() override {
        Record p;
        p.set(QStringLiteral("name"), kSampler);
        p.set(QStringLiteral("post"), QStringLiteral("canteen"));
        p.set(QStringLiteral("campus"), kCampus);
        p.set(QStringLiteral("status"), QStringLiteral("active"));
        ASSERT_TRUE(RecordRepository(t.db(), staff::staffKind()).insert(p, test::tester()).ok());
    }

    qint64 samples(const QString& condition = QStringLiteral("1")) {
        DbState db(t.path());
        return db.count(QStringLiteral("food_samples"), condition);
    }

    // Every acknowledged import is in the file with all of its rows, an import that failed with none.
    void expectEveryImportWhole(const ImportLoop& loop) {
        DbState db(t.path());
        for (const ImportLoop::Run& r : loop.runs())
            EXPECT_EQ(db.count(QStringLiteral("food_samples"), markerCondition(r.marker)),
                      r.result.exitCode == 0 ? r.rows : 0)
                << r.marker.toStdString();
    }

    // The file is sound, and its audit trail's chain unbroken although two processes appended to it.
    void expectSoundFile() {
        {
            DbState db(t.path());
            EXPECT_EQ(db.integrityCheck(), QStringLiteral("ok"));
        }
        const RunResult verify = houqin.run(t.path(), {QStringLiteral("audit"), QStringLiteral("verify")});
        EXPECT_EQ(verify.exitCode, 0) << verify.err.toStdString() << verify.out.toStdString();
    }

    test::TempDb t{QDateTime::currentDateTime()};
    HouqinProcess houqin{QStringLiteral(HOUQIN_BINARY), t.dir() + QStringLiteral("/home")};
};

} // namespace houqin::reliability
