// Stocktakes from the command line: the demo's two stocktakes a semester per campus (with missing, moved
// and unknown codes), the reminder in week 5 before and after the demo's count, and the stocktake reports
// with their own options, which other reports refuse.
#include "CliHarness.h"
#include "TestSupport.h"
#include "cli/demo/DemoData.h"
#include "domain/SemesterCalendar.h"
#include "domain/assets/AssetKinds.h"
#include "storage/RecordRepository.h"

#include <QFile>
#include <QProcess>
#include <gtest/gtest.h>

using namespace houqin;
namespace s = houqin::assets::stocktake;

TEST(StocktakeCli, TheDemoCountsEachCampusTwiceASemesterAndTheReportsPrint) {
    test::TempDb t{QDateTime(QDate(2026, 11, 24), QTime(16, 0))};
    auto summary = demo::generate(t.db(), {1, 7}, test::tester());
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    RecordRepository repo(t.db(), houqin::assets::stocktakesKind());
    auto list = repo.list({});
    ASSERT_TRUE(list.ok());
    const QStringList campuses = t->settings().campuses;
    ASSERT_EQ(campuses.size(), 2);
    EXPECT_GE(list->size(), 2 * campuses.size()); // week 5 of this semester at least, every campus
    EXPECT_EQ(list->size(), summary->value(QStringLiteral("stocktakes")));
    int missing = 0, moved = 0, unknown = 0, found = 0;
    for (const Record& r : *list) {
        auto full = repo.get(r.id); // kept: a range-for over a temporary's member would dangle
        ASSERT_TRUE(full.ok());
        for (const Record& line : full->lines) {
            const QString result = line.value(s::kResult).toString();
            found += result == s::kFound;
            missing += result == s::kMissing;
            moved += line.value(s::kExtraKind).toString() == s::kMoved;
            unknown += line.value(s::kExtraKind).toString() == s::kUnknown;
        }
    }
    EXPECT_GT(found, 100);
    EXPECT_GE(missing, list->size());
    EXPECT_GT(moved, 0);
    EXPECT_EQ(unknown, list->size());

    // Week 5: due on its Monday (the demo counts on Tuesday), not after.
    const SemesterCalendar calendar(t->settings().semesterStart);
    ASSERT_TRUE(calendar.isValid());
    auto attention = [&](QDate day) {
        const auto r = test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("attention"),
                                     QStringLiteral("--date"), day.toString(Qt::ISODate)});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return r.out;
    };
    const QDate monday = calendar.mondayOfWeek(5);
    EXPECT_TRUE(attention(monday).contains(QStringLiteral("assets.stocktake-due\t2\t")))
        << attention(monday).toStdString();
    EXPECT_FALSE(attention(monday.addDays(2)).contains(QStringLiteral("assets.stocktake-due")));
    EXPECT_FALSE(attention(monday.addDays(7)).contains(QStringLiteral("assets.stocktake-due"))); // week 6

    auto print = [&](const QStringList& args, const QString& name, int code = 0) {
        const QString pdf = t.dir() + QLatin1Char('/') + name;
        const auto r = test::runCli(QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("print")} +
                                    args + QStringList{QStringLiteral("-o"), pdf});
        EXPECT_EQ(r.code, code) << r.err.toStdString();
        if (code != 0)
            return r.err;
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        EXPECT_TRUE(p.waitForFinished(60000));
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString sheet =
        print({QStringLiteral("stocktake-sheet"), QStringLiteral("--campus"), campuses.at(1)},
              QStringLiteral("sheet.pdf"));
    EXPECT_TRUE(sheet.contains(QStringLiteral("Stocktake sheet"))) << sheet.left(400).toStdString();
    EXPECT_TRUE(sheet.contains(campuses.at(1)));
    EXPECT_FALSE(sheet.contains(campuses.at(0)));
    const QString result =
        print({QStringLiteral("stocktake-result"), QStringLiteral("--id"), QString::number(list->first().id)},
              QStringLiteral("result.pdf"));
    EXPECT_TRUE(result.contains(QStringLiteral("Stocktake result"))) << result.left(400).toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral("ZC-2019-")));
    const QString labels = print({QStringLiteral("asset-labels"), QStringLiteral("--campus"), campuses.at(0),
                                  QStringLiteral("--room"), QStringLiteral("大一班")},
                                 QStringLiteral("labels.pdf"));
    EXPECT_TRUE(labels.contains(QStringLiteral("大一班"))) << labels.left(400).toStdString();
    // An option of another report is a usage error naming it.
    const QString refused = print({QStringLiteral("asset-register"), QStringLiteral("--date"),
                                   QStringLiteral("2026-11-24"), QStringLiteral("--campus"), campuses.at(0)},
                                  QStringLiteral("no.pdf"), 2);
    EXPECT_TRUE(refused.contains(QStringLiteral("--campus"))) << refused.toStdString();
}
