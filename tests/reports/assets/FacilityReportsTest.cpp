// The facility sheet (blank and filled, one section per level) and the monthly utilities report, from the
// database to the printed PDF's text.
#include "../PdfText.h"
#include "TestSupport.h"
#include "domain/assets/AssetKinds.h"
#include "domain/safety/Checklists.h"
#include "reports/Printer.h"
#include "reports/ReportRegistry.h"
#include "reports/assets/AssetReports.h"
#include "storage/RecordRepository.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::reports;
namespace f = houqin::assets::facility;
namespace u = houqin::assets::utility;
namespace cl = houqin::safety::checklist;

namespace {

class FacilityReportsTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(QDate(2026, 11, 29), QTime(10, 0))};
    QTemporaryDir dir;

    QString campus(int i) { return t->settings().campuses.value(i); }
    qint64 check(QDate date, int campusIndex, const QString& level, int failLine = -1, qint64 repairId = 0) {
        Record r;
        r.set(f::kLevel, level);
        houqin::assets::facilityChecksKind().fillLines(r, t->ruleContext());
        r.set(f::kDate, date);
        r.set(f::kCampus, campus(campusIndex));
        r.set(f::kChecker, QStringLiteral("王师傅"));
        r.set(f::kFrostProtected, false);
        if (failLine >= 0) {
            r.lines[failLine].set(cl::kResult, cl::kFail);
            r.lines[failLine].set(cl::kNote, QStringLiteral("滑梯扶手螺丝松动"));
            if (repairId)
                r.lines[failLine].set(cl::kRepairId, repairId);
        }
        auto id = RecordRepository(t.db(), houqin::assets::facilityChecksKind()).insert(r, test::tester());
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }
    void reading(int campusIndex, const QString& meter, const QString& type, QDate date, double value) {
        Record r;
        r.set(u::kCampus, campus(campusIndex));
        r.set(u::kMeter, meter);
        r.set(u::kMeterType, type);
        r.set(u::kDate, date);
        r.set(u::kReading, value);
        r.set(u::kReset, false);
        auto id = RecordRepository(t.db(), houqin::assets::utilityReadingsKind()).insert(r, test::tester());
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
    }
    Result<TableDocument> build(const QString& key, Period::Kind kind, const QString& text,
                                bool blank = false) {
        const ReportDef* r = findReport(key);
        EXPECT_NE(r, nullptr) << key.toStdString();
        auto period = Period::parse(kind, text);
        EXPECT_TRUE(period.ok());
        return r->make(t.db(), *period, blank);
    }
    QString printed(const TableDocument& doc, const QString& name) {
        const QString path = dir.filePath(name);
        auto pages = writePdf(doc, path);
        EXPECT_TRUE(pages.ok()) << pages.error().message.toStdString();
        test::keepPdf(path);
        return test::pdfText(path);
    }
    int rowOf(const TableDocument& doc, const QString& first, int from = 0) {
        for (int i = from; i < doc.rows.size(); ++i)
            if (doc.rows[i].value(0) == first)
                return i;
        return -1;
    }
};

} // namespace

TEST_F(FacilityReportsTest, TheWeeklySheetHasASectionPerLevelAndMarksTheDays) {
    check(QDate(2026, 11, 16), 0, f::kDaily);
    check(QDate(2026, 11, 17), 0, f::kDaily, 2, 7);
    check(QDate(2026, 11, 20), 0, f::kWeekly);
    check(QDate(2026, 11, 23), 0, f::kDaily, 2); // next week
    auto doc =
        build(QStringLiteral("facility-inspection-weekly"), Period::Kind::Week, QStringLiteral("2026-W47"));
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    ASSERT_EQ(doc->columns.size(), 9);
    const int campusRow = rowOf(*doc, QStringLiteral("Campus: %1").arg(campus(0)));
    const int daily = rowOf(*doc, QStringLiteral("Daily small check"), campusRow);
    const int weekly = rowOf(*doc, QStringLiteral("Weekly big check"), campusRow);
    const int monthly = rowOf(*doc, QStringLiteral("Monthly full check"), campusRow);
    ASSERT_EQ(campusRow, 0);
    ASSERT_EQ(daily, 1);
    ASSERT_EQ(weekly, daily + 7);   // the daily checklist's 6 items
    ASSERT_EQ(monthly, weekly + 8); // the weekly one's 7
    const QStringList toys = doc->rows[daily + 3];
    EXPECT_EQ(toys[1], QStringLiteral("大型玩具"));
    EXPECT_EQ(toys.mid(3, 5), (QStringList{QStringLiteral("√"), QStringLiteral("×"), {}, {}, {}}));
    EXPECT_EQ(toys[8], QStringLiteral("Tue 滑梯扶手螺丝松动 (repair #7)"));
    // The weekly big check on Friday only.
    EXPECT_EQ(doc->rows[weekly + 1].mid(3, 5), (QStringList{{}, {}, {}, {}, QStringLiteral("√")}));
    EXPECT_TRUE(doc->rows[monthly + 1].mid(3, 5).join(QString()).isEmpty());
    EXPECT_EQ(doc->signatureLines, (QStringList{QStringLiteral("Inspector (signature):"),
                                                QStringLiteral("Reviewer (signature):")}));
    const QString text = printed(*doc, QStringLiteral("facility-weekly.pdf"));
    for (const QString& s :
         {QStringLiteral("Weekly facility inspection sheet"), QStringLiteral("滑梯扶手螺丝松动"),
          QStringLiteral("Monthly full check"), QStringLiteral("Inspector (signature): __")})
        EXPECT_TRUE(text.contains(s)) << s.toStdString();
}

TEST_F(FacilityReportsTest, TheBlankSheetHasEveryLevelsItemsAndNoMarks) {
    check(QDate(2026, 11, 17), 0, f::kDaily, 2);
    auto doc = build(QStringLiteral("facility-inspection-weekly"), Period::Kind::Week,
                     QStringLiteral("2026-W47"), true);
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    int items = 0;
    for (const QStringList& row : doc->rows) {
        for (int c = 3; c < row.size(); ++c)
            EXPECT_TRUE(row[c].isEmpty()) << row.join(QLatin1Char('|')).toStdString();
        items += row[2].isEmpty() ? 0 : 1;
    }
    EXPECT_EQ(items, int(t->settings().campuses.size()) * (6 + 7 + 9));
    const QString text = printed(*doc, QStringLiteral("facility-weekly-blank.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("户外大型器械防冻保护")));
    EXPECT_FALSE(text.contains(QStringLiteral("滑梯扶手螺丝松动")));
    // Without a week it is a usage error.
    auto none = findReport(QStringLiteral("facility-inspection-weekly"))->make(t.db(), Period(), true);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, Error::Code::Usage);
}

TEST_F(FacilityReportsTest, UtilitiesMonthlyHasEachMetersMonthsAndTheCampusTotals) {
    reading(0, QStringLiteral("总电表"), u::kElectricity, QDate(2026, 9, 1), 1000.0);
    reading(0, QStringLiteral("总电表"), u::kElectricity, QDate(2026, 10, 1), 1500.0);
    reading(0, QStringLiteral("总电表"), u::kElectricity, QDate(2026, 11, 1), 2100.0);
    reading(0, QStringLiteral("厨房电表"), u::kElectricity, QDate(2026, 10, 1), 100.0);
    reading(0, QStringLiteral("厨房电表"), u::kElectricity, QDate(2026, 11, 1), 160.0);
    reading(0, QStringLiteral("总水表"), u::kWater, QDate(2026, 10, 1), 50.0);
    reading(0, QStringLiteral("总水表"), u::kWater, QDate(2026, 11, 1), 80.5);
    auto doc = build(QStringLiteral("utilities-monthly"), Period::Kind::Month, QStringLiteral("2026-11"));
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    // Campus, meter, unit, twelve months (2025-12 to 2026-11), total.
    ASSERT_EQ(doc->columns.size(), 16);
    EXPECT_EQ(doc->columns[3].title, QStringLiteral("25-12"));
    EXPECT_EQ(doc->columns[14].title, QStringLiteral("26-11"));
    ASSERT_EQ(doc->rows.size(), 4); // water, two electricity meters, the electricity total
    EXPECT_EQ(doc->rows[0][1], QStringLiteral("总水表"));
    EXPECT_EQ(doc->rows[0][14], QStringLiteral("30.5"));
    const QStringList total = doc->rows[3];
    EXPECT_EQ(total[13], QStringLiteral("500.0"));
    EXPECT_EQ(total[14], QStringLiteral("660.0"));
    EXPECT_EQ(total[15], QStringLiteral("1,160.0"));
    const QString text = printed(*doc, QStringLiteral("utilities-monthly.pdf"));
    for (const QString& s : {QStringLiteral("Monthly water and electricity use"), QStringLiteral("厨房电表"),
                             QStringLiteral("kWh"), QStringLiteral("1,160.0")})
        EXPECT_TRUE(text.contains(s)) << s.toStdString();
}

TEST_F(FacilityReportsTest, UtilitiesMonthlyCoversTheTwelveMonthsEndingWithThePeriod) {
    const auto [first, last] = reports::assets::utilitiesMonths(
        *Period::parse(Period::Kind::Month, QStringLiteral("2027-01")), QDate(2026, 11, 29));
    EXPECT_EQ(first, QDate(2026, 2, 1));
    EXPECT_EQ(last, QDate(2027, 1, 1));
    auto doc = build(QStringLiteral("utilities-monthly"), Period::Kind::Month, QStringLiteral("2026-11"));
    ASSERT_TRUE(doc.ok());
    EXPECT_TRUE(doc->rows.isEmpty());
    EXPECT_TRUE(doc->footnote.contains(QStringLiteral("No meter readings")));
}

// --campus prints one campus's block, of the filled sheet and of the blank one, so each campus's inspector
// signs their own sheet; an unknown campus is a usage error that names the campuses. The weekly safety
// inspection sheet takes the same option.
TEST_F(FacilityReportsTest, TheWeeklySheetsPrintOneCampusWhenAsked) {
    ASSERT_GE(t->settings().campuses.size(), 2);
    check(QDate(2026, 11, 17), 0, f::kDaily, 2);
    check(QDate(2026, 11, 18), 1, f::kDaily, 3);
    auto period = Period::parse(Period::Kind::Week, QStringLiteral("2026-W47"));
    ASSERT_TRUE(period.ok());
    const ReportDef* facility = findReport(QStringLiteral("facility-inspection-weekly"));
    ASSERT_NE(facility, nullptr);
    const ReportOptions second{{QStringLiteral("campus"), campus(1)}};
    for (const bool blank : {false, true}) {
        auto doc = facility->make(t.db(), *period, blank, second);
        ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
        EXPECT_EQ(rowOf(*doc, QStringLiteral("Campus: %1").arg(campus(0))), -1) << blank;
        EXPECT_EQ(rowOf(*doc, QStringLiteral("Campus: %1").arg(campus(1))), 0) << blank;
    }
    auto both = facility->make(t.db(), *period, false);
    ASSERT_TRUE(both.ok());
    EXPECT_GE(rowOf(*both, QStringLiteral("Campus: %1").arg(campus(1))), 1);

    auto unknown =
        facility->make(t.db(), *period, false, {{QStringLiteral("campus"), QStringLiteral("火星园区")}});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, Error::Code::Usage);
    EXPECT_TRUE(unknown.error().message.contains(campus(0))) << unknown.error().message.toStdString();

    const ReportDef* safety = findReport(QStringLiteral("safety-inspection-weekly"));
    ASSERT_NE(safety, nullptr);
    auto inspections = safety->make(t.db(), *period, true, second);
    ASSERT_TRUE(inspections.ok()) << inspections.error().message.toStdString();
    EXPECT_EQ(rowOf(*inspections, QStringLiteral("Campus: %1").arg(campus(0))), -1);
}
