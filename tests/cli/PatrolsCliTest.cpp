// The walk-throughs from the command line: `houqin attention --date D` sees a past day as over, so every
// round missed that day is listed; the weekly form prints filled and blank as real PDFs.
#include "CliHarness.h"
#include "TestSupport.h"
#include "domain/safety/Hazards.h"
#include "domain/staff/Patrols.h"
#include "domain/staff/StaffKind.h"
#include "storage/RecordRepository.h"
#include "storage/WorkflowService.h"
#include "storage/safety/LineHazards.h"

#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace houqin;
using houqin::test::runCli;
namespace pt = houqin::staff::patrol;

namespace {
const QDate kWednesday(2026, 11, 18); // before the machine's today (the CLI reads the real date)

class PatrolsCliTest : public ::testing::Test {
protected:
    test::TempDb t;
    void SetUp() override {
        Record admin;
        admin.set(QStringLiteral("name"), QStringLiteral("王芳"));
        admin.set(QStringLiteral("post"), QStringLiteral("administrator"));
        admin.set(QStringLiteral("campus"), t->settings().campuses.first());
        admin.set(QStringLiteral("status"), QStringLiteral("active"));
        ASSERT_TRUE(RecordRepository(t.db(), staff::staffKind()).insert(admin, test::tester()).ok());
    }
    void record(int round, const QString& problem = {}) {
        Record r;
        r.set(pt::kDate, kWednesday);
        r.set(pt::kRound, pt::roundKey(round));
        r.set(pt::kAdministrator, QStringLiteral("王芳"));
        r.set(pt::kCampus, t->settings().campuses.first());
        r.set(pt::kAreas, QStringLiteral("校园、教室、食堂"));
        if (!problem.isEmpty()) {
            Record line;
            line.set(pt::kFinding, pt::kProblem);
            line.set(pt::kArea, QStringLiteral("食堂"));
            line.set(pt::kNote, problem);
            r.lines << line;
        }
        auto id = RecordRepository(t.db(), staff::patrolsKind()).insert(r, test::tester());
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    }
    QString attentionOn(QDate day) {
        auto r = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("attention"),
                         QStringLiteral("--date"), day.toString(Qt::ISODate)});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return r.out;
    }
};
} // namespace

TEST_F(PatrolsCliTest, APastSchoolDayListsEveryRoundMissed) {
    ASSERT_LT(kWednesday, QDate::currentDate());
    QString out = attentionOn(kWednesday);
    for (int n = 1; n <= 3; ++n)
        EXPECT_TRUE(out.contains(QStringLiteral("staff.patrol-round-%1-missing\t1\t").arg(n)))
            << out.toStdString();
    record(1);
    record(2);
    out = attentionOn(kWednesday);
    EXPECT_FALSE(out.contains(QStringLiteral("staff.patrol-round-1-missing"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("staff.patrol-round-2-missing"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("staff.patrol-round-3-missing\t1\t"))) << out.toStdString();
    record(3);
    EXPECT_FALSE(attentionOn(kWednesday).contains(QStringLiteral("staff.patrol-"))) << out.toStdString();
}

TEST_F(PatrolsCliTest, AWeekendAsksForNoRound) {
    EXPECT_FALSE(attentionOn(QDate(2026, 11, 21)).contains(QStringLiteral("staff.patrol-")));
}

TEST_F(PatrolsCliTest, TheWeeklyFormPrintsFilledAndBlank) {
    record(1, QStringLiteral("生熟砧板混放"));
    QTemporaryDir dir;
    for (const bool blank : {false, true}) {
        SCOPED_TRACE(blank);
        const QString pdf = dir.filePath(blank ? QStringLiteral("blank.pdf") : QStringLiteral("filled.pdf"));
        QStringList args{QStringLiteral("--db"),   t.path(),
                         QStringLiteral("print"),  QStringLiteral("patrol-weekly"),
                         QStringLiteral("--week"), QStringLiteral("2026-W47"),
                         QStringLiteral("-o"),     pdf};
        if (blank)
            args << QStringLiteral("--blank");
        auto r = runCli(args);
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        ASSERT_TRUE(text.waitForFinished(30000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput());
        EXPECT_TRUE(printed.contains(QStringLiteral("王芳"))) << printed.toStdString();
        EXPECT_EQ(printed.contains(QStringLiteral("生熟砧板混放")), !blank) << printed.toStdString();
        EXPECT_EQ(printed.contains(QStringLiteral("not registered")), !blank) << printed.toStdString();
    }
    // Registered and assigned: the follow-up names the hazard's number, state and owner.
    auto patrols = RecordRepository(t.db(), staff::patrolsKind()).list();
    ASSERT_TRUE(patrols.ok() && patrols->size() == 1);
    auto opened =
        safety::openHazardsForLines(t.db(), staff::patrolsKind(), patrols->first().id, test::tester());
    ASSERT_TRUE(opened.ok() && opened->hazardIds.size() == 1);
    const qint64 hazard = opened->hazardIds.first();
    ASSERT_TRUE(WorkflowService(t.db())
                    .take(safety::hazardsKind(), hazard, QStringLiteral("assign"),
                          {{QStringLiteral("owner"), QStringLiteral("刘师傅")},
                           {QStringLiteral("deadline"), kWednesday.addDays(3)}},
                          {}, test::tester())
                    .ok());
    const QString pdf = dir.filePath(QStringLiteral("followed.pdf"));
    auto r =
        runCli({QStringLiteral("--db"), t.path(), QStringLiteral("print"), QStringLiteral("patrol-weekly"),
                QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("-o"), pdf});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(printed.contains(QStringLiteral("#%1 Being rectified 刘师傅").arg(hazard)))
        << printed.toStdString();
}
