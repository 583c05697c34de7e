// Facility checks and utility readings from the command line: the demo data (every level on both campuses,
// a few failures sent to repair or the hazard register, monthly readings that only count up),
// `attention --date` on both sides of the two facility items, and the two reports as real PDFs.
#include "CliHarness.h"
#include "TestSupport.h"
#include "cli/demo/DemoData.h"
#include "domain/assets/AssetKinds.h"
#include "domain/safety/Checklists.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"
#include "storage/assets/LineRepairs.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace houqin;
namespace f = houqin::assets::facility;
namespace u = houqin::assets::utility;
namespace cl = houqin::safety::checklist;

namespace {

QList<Record> all(Database& db, const RecordKind& kind, const QString& filter = {}) {
    ListQuery q;
    q.filter = filter;
    auto list = RecordRepository(db, kind).list(q);
    EXPECT_TRUE(list.ok());
    return list.ok() ? *list : QList<Record>{};
}

QString pdfText(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST(FacilityDemo, ChecksOfEveryLevelOnBothCampusesAndReadingsThatCountUp) {
    test::TempDb t{QDateTime(QDate(2026, 11, 24), QTime(16, 0))};
    auto summary = demo::generate(t.db(), {1, 7}, test::tester());
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    const QList<Record> checks = all(t.db(), houqin::assets::facilityChecksKind());
    EXPECT_EQ(checks.size(), summary->value(QStringLiteral("facility-checks")));
    QSet<QString> campuses, levels;
    for (const Record& r : checks) {
        campuses << r.value(f::kCampus).toString();
        levels << r.value(f::kLevel).toString();
    }
    EXPECT_EQ(campuses.size(), 2);
    EXPECT_EQ(levels, (QSet<QString>{f::kDaily, f::kWeekly, f::kMonthly}));
    EXPECT_GT(all(t.db(), houqin::assets::facilityChecksKind(), QStringLiteral("with-failed-items")).size(),
              3);
    // Some failures opened repairs.
    int repairs = 0;
    for (const Record& r :
         all(t.db(), houqin::assets::facilityChecksKind(), QStringLiteral("with-failed-items"))) {
        auto full = RecordRepository(t.db(), houqin::assets::facilityChecksKind()).get(r.id);
        ASSERT_TRUE(full.ok());
        for (const Record& line : full->lines)
            repairs += line.isEmpty(cl::kRepairId) ? 0 : 1;
    }
    EXPECT_GT(repairs, 0);
    // Readings of water and electricity on both campuses, every one valid as stored (never below the one
    // before unless the meter was replaced).
    const QList<Record> readings = all(t.db(), houqin::assets::utilityReadingsKind());
    QSet<QString> meters;
    RecordRepository repo(t.db(), houqin::assets::utilityReadingsKind());
    for (const Record& r : readings) {
        meters << r.value(u::kCampus).toString() + QLatin1Char('/') + r.value(u::kMeterType).toString();
        ASSERT_FALSE(hasErrors(repo.validate(r))) << r.id;
    }
    EXPECT_EQ(meters.size(), 4);
    double use = 0;
    for (const houqin::assets::MonthlyUse& m : houqin::assets::monthlyUse(readings)) {
        EXPECT_GT(m.use, 0) << m.meter.toStdString();
        use += m.use;
    }
    EXPECT_GT(use, 0);
}

TEST(FacilityCli, AttentionRaisesAnUnhandledFailureUntilARepairIsOpened) {
    test::TempDb t{QDateTime(QDate(2026, 11, 16), QTime(10, 0))};
    auto on = [&](const char* day) {
        const auto r = test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("attention"),
                                     QStringLiteral("--date"), QString::fromLatin1(day)});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return r.out;
    };
    EXPECT_FALSE(on("2026-11-16").contains(QStringLiteral("assets.facility-failed-unhandled")));
    const RecordKind& kind = houqin::assets::facilityChecksKind();
    Record r = newRecord(kind, nullptr, t->ruleContext());
    r.set(f::kChecker, QStringLiteral("王师傅"));
    r.lines[2].set(cl::kResult, cl::kFail);
    auto id = RecordRepository(t.db(), kind).insert(r, test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_TRUE(on("2026-11-16").contains(QStringLiteral("assets.facility-failed-unhandled\t1\t")));
    ASSERT_TRUE(houqin::assets::openRepairsForLines(t.db(), kind, *id, test::tester()).ok());
    EXPECT_FALSE(on("2026-11-16").contains(QStringLiteral("assets.facility-failed-unhandled")));
}

TEST(FacilityCli, AttentionRaisesTheFrostProtectionFromWeek18) {
    test::TempDb t{QDateTime(QDate(2026, 11, 16), QTime(10, 0))};
    KindergartenSettings s = t->settings();
    s.semesterStart = QDate(2026, 9, 7);
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    auto on = [&](const char* day) {
        const auto r = test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("attention"),
                                     QStringLiteral("--date"), QString::fromLatin1(day)});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return r.out;
    };
    EXPECT_FALSE(on("2027-01-03").contains(QStringLiteral("assets.winter-frost-protection")));
    EXPECT_TRUE(on("2027-01-04").contains(QStringLiteral("assets.winter-frost-protection\t")));
    Record r = newRecord(houqin::assets::facilityChecksKind(), nullptr, t->ruleContext());
    r.set(f::kDate, QDate(2027, 1, 4));
    r.set(f::kChecker, QStringLiteral("王师傅"));
    r.set(f::kFrostProtected, true);
    ASSERT_TRUE(
        RecordRepository(t.db(), houqin::assets::facilityChecksKind()).insert(r, test::tester()).ok());
    EXPECT_FALSE(on("2027-01-04").contains(QStringLiteral("assets.winter-frost-protection")));
}

TEST(FacilityCli, TheFacilitySheetAndTheUtilitiesReportPrintAsRealPdfs) {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_FAIL() << "poppler-utils (pdftotext) is in scripts/debian-packages.txt; install it";
    test::TempDb t{QDateTime(QDate(2026, 11, 24), QTime(16, 0))};
    ASSERT_TRUE(demo::generate(t.db(), {1, 7}, test::tester()).ok());
    auto print = [&](const QStringList& args, const QString& name) {
        const QString pdf = t.dir() + QLatin1Char('/') + name;
        const auto r = test::runCli(QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("print")} +
                                    args + QStringList{QStringLiteral("-o"), pdf});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_TRUE(QFile::exists(pdf)) << name.toStdString();
        return pdfText(pdf);
    };
    const QString blank = print({QStringLiteral("facility-inspection-weekly"), QStringLiteral("--week"),
                                 QStringLiteral("2026-W47"), QStringLiteral("--blank")},
                                QStringLiteral("facility-blank.pdf"));
    EXPECT_TRUE(blank.contains(QStringLiteral("Weekly facility inspection sheet")))
        << blank.left(400).toStdString();
    EXPECT_TRUE(blank.contains(QStringLiteral("Daily small check")));
    EXPECT_FALSE(blank.contains(QStringLiteral("√")) && blank.count(QStringLiteral("√")) > 1);
    const QString filled = print(
        {QStringLiteral("facility-inspection-weekly"), QStringLiteral("--week"), QStringLiteral("2026-W47")},
        QStringLiteral("facility-filled.pdf"));
    EXPECT_GT(filled.count(QStringLiteral("√")), 20) << filled.left(400).toStdString();
    const QString utilities =
        print({QStringLiteral("utilities-monthly"), QStringLiteral("--month"), QStringLiteral("2026-11")},
              QStringLiteral("utilities.pdf"));
    EXPECT_TRUE(utilities.contains(QStringLiteral("Monthly water and electricity use")))
        << utilities.left(400).toStdString();
    EXPECT_TRUE(utilities.contains(QStringLiteral("kWh")));
    EXPECT_TRUE(utilities.contains(QStringLiteral("m³")));
}
