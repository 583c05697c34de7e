// Facility checks and utility readings in the domain: the keys the issue names, a level's checklist, the
// use since the previous reading on both sides of the replacement rule, the monthly sums, and the winter
// frost protection's dates on both sides of week 18.
#include "../canteen/CanteenTestSupport.h"
#include "domain/KindRegistry.h"
#include "domain/SemesterCalendar.h"
#include "domain/assets/AssetKinds.h"
#include "domain/safety/Checklists.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::assets;
using houqin::test::hasErrorOn;
namespace f = houqin::assets::facility;
namespace u = houqin::assets::utility;
namespace cl = houqin::safety::checklist;

namespace {

KindergartenSettings twoCampuses() {
    KindergartenSettings s;
    s.name = QStringLiteral("阳光幼儿园");
    s.campuses = {QStringLiteral("滨豪校区"), QStringLiteral("新港校区")};
    return s;
}

Record reading(const QString& campus, const QString& meter, QDate date, double value, bool reset = false,
               qint64 id = 0) {
    Record r;
    r.id = id;
    r.set(u::kCampus, campus);
    r.set(u::kMeter, meter);
    r.set(u::kMeterType, u::kWater);
    r.set(u::kDate, date);
    r.set(u::kReading, value);
    r.set(u::kReset, reset);
    return r;
}

// A context whose stored readings are `stored` (findRecords filters by the field asked, sorted by date).
RuleContext withReadings(const QList<Record>& stored) {
    RuleContext c = test::ctxOn(QDate(2026, 11, 16), twoCampuses());
    c.findRecords = [stored](const QString& kind, const QString& field, const QVariant& value,
                             const QString&) {
        QList<Record> out;
        if (kind == QStringLiteral("utility-readings"))
            for (const Record& r : stored)
                if (r.value(field) == value)
                    out << r;
        std::sort(out.begin(), out.end(), [](const Record& a, const Record& b) {
            return a.value(u::kDate).toDate() < b.value(u::kDate).toDate();
        });
        return out;
    };
    return c;
}

const QString kBinhao = QStringLiteral("滨豪校区");
const QString kXingang = QStringLiteral("新港校区");

} // namespace

TEST(FacilityKinds, RegisteredUnderTheIssueKeysWithTheirFields) {
    ASSERT_NE(findKind(QStringLiteral("facility-checks")), nullptr);
    ASSERT_NE(findKind(QStringLiteral("utility-readings")), nullptr);
    for (const char* key : {"date", "campus", "level", "checker", "area"})
        EXPECT_NE(facilityChecksKind().field(QLatin1String(key)), nullptr) << key;
    for (const char* key : {"campus", "meter", "date", "reading"})
        EXPECT_NE(utilityReadingsKind().field(QLatin1String(key)), nullptr) << key;
    EXPECT_NE(utilityReadingsKind().derivedField(QStringLiteral("use")), nullptr);
    const FieldDef* level = facilityChecksKind().field(f::kLevel);
    ASSERT_NE(level, nullptr);
    EXPECT_NE(level->choice(f::kDaily), nullptr);
    EXPECT_NE(level->choice(f::kWeekly), nullptr);
    EXPECT_NE(level->choice(f::kMonthly), nullptr);
}

TEST(FacilityKinds, TheLevelPicksTheChecklistAndEveryLevelHasATemplate) {
    Record r;
    r.set(f::kLevel, f::kWeekly);
    EXPECT_EQ(safety::checklistKeyFor(facilityChecksKind().key, facilityChecksKind().linesTemplateField, r),
              QStringLiteral("facility-checks.weekly"));
    const FieldDef* checklist = safety::checklistItemsKind().field(cl::kChecklist);
    for (const ChoiceDef& c : facilityChecksKind().field(f::kLevel)->choices)
        EXPECT_NE(checklist->choice(QStringLiteral("facility-checks.") + c.key), nullptr)
            << c.key.toStdString();
    // The other checklists keep one template each, named by their kind.
    EXPECT_EQ(safety::checklistKeyFor(QStringLiteral("inspections"), QString(), r),
              QStringLiteral("inspections"));
}

TEST(FacilityKinds, AFailedLineOpensARepairOrAHazardOtherChecklistsOnlyHazards) {
    EXPECT_TRUE(linesOpenRepairs(facilityChecksKind()));
    EXPECT_FALSE(linesOpenRepairs(*findKind(QStringLiteral("inspections"))));
    Record r;
    for (const QString& result : {cl::kPass, cl::kFail, cl::kNotApplicable}) {
        Record line;
        line.set(cl::kArea, QStringLiteral("大型玩具"));
        line.set(cl::kItem, QStringLiteral("滑梯"));
        line.set(cl::kResult, result);
        r.lines << line;
    }
    EXPECT_EQ(repairLines(facilityChecksKind(), r), QList<int>{1});
    EXPECT_TRUE(repairLines(*findKind(QStringLiteral("inspections")), r).isEmpty());
}

TEST(UtilityReadings, UseIsTheDifferenceOrTheReadingItselfAfterAReplacement) {
    const Record before = reading(kBinhao, QStringLiteral("总水表"), QDate(2026, 10, 1), 1200.0);
    EXPECT_DOUBLE_EQ(
        utilityUse(reading(kBinhao, QStringLiteral("总水表"), QDate(2026, 11, 1), 1350.5), &before)
            .toDouble(),
        150.5);
    EXPECT_DOUBLE_EQ(
        utilityUse(reading(kBinhao, QStringLiteral("总水表"), QDate(2026, 11, 1), 12.0, true), &before)
            .toDouble(),
        12.0);
    EXPECT_TRUE(utilityUse(before, nullptr).isNull());
}

TEST(UtilityReadings, LowerThanThePreviousIsRefusedEqualIsNotAReplacementMayBeLower) {
    const RuleContext c =
        withReadings({reading(kBinhao, QStringLiteral("总水表"), QDate(2026, 10, 1), 1200.0, false, 1),
                      reading(kXingang, QStringLiteral("总水表"), QDate(2026, 10, 1), 9000.0, false, 2)});
    const RecordKind& k = utilityReadingsKind();
    EXPECT_FALSE(hasErrorOn(
        validateRecord(k, reading(kBinhao, QStringLiteral("总水表"), QDate(2026, 11, 1), 1200.0), c),
        u::kReading));
    EXPECT_TRUE(hasErrorOn(
        validateRecord(k, reading(kBinhao, QStringLiteral("总水表"), QDate(2026, 11, 1), 1199.9), c),
        u::kReading));
    EXPECT_FALSE(hasErrorOn(
        validateRecord(k, reading(kBinhao, QStringLiteral("总水表"), QDate(2026, 11, 1), 5.0, true), c),
        u::kReading));
    // The other campus's meter of the same name is not this meter's predecessor.
    EXPECT_FALSE(hasErrorOn(
        validateRecord(k, reading(kBinhao, QStringLiteral("总水表"), QDate(2026, 11, 1), 1300.0), c),
        u::kReading));
    // Editing the stored reading itself compares with nothing.
    EXPECT_FALSE(hasErrorOn(
        validateRecord(k, reading(kBinhao, QStringLiteral("总水表"), QDate(2026, 10, 1), 100.0, false, 1), c),
        u::kReading));
}

TEST(UtilityReadings, MonthlyUseSumsEachMetersReadingsInTheirMonths) {
    const QList<Record> readings{
        reading(kBinhao, QStringLiteral("总水表"), QDate(2026, 11, 1), 1350.0),
        reading(kBinhao, QStringLiteral("总水表"), QDate(2026, 9, 1), 1000.0),
        reading(kBinhao, QStringLiteral("总水表"), QDate(2026, 10, 1), 1200.0),
        reading(kBinhao, QStringLiteral("总水表"), QDate(2026, 10, 20), 1300.0),
        reading(kXingang, QStringLiteral("总水表"), QDate(2026, 10, 1), 50.0),
        reading(kXingang, QStringLiteral("总水表"), QDate(2026, 11, 1), 20.0, true),
    };
    const QList<MonthlyUse> months = monthlyUse(readings);
    QMap<QString, double> byKey;
    for (const MonthlyUse& m : months)
        byKey.insert(m.campus + QLatin1Char('/') + m.month.toString(QStringLiteral("yyyy-MM")), m.use);
    EXPECT_EQ(byKey.size(), 3); // the first reading of each meter only sets its start
    EXPECT_DOUBLE_EQ(byKey.value(kBinhao + QStringLiteral("/2026-10")), 300.0);
    EXPECT_DOUBLE_EQ(byKey.value(kBinhao + QStringLiteral("/2026-11")), 50.0);
    EXPECT_DOUBLE_EQ(byKey.value(kXingang + QStringLiteral("/2026-11")), 20.0);
}

TEST(FacilityAttention, FrostProtectionIsDueFromWeek18OfAnAutumnSemesterToTheEndOfTerm) {
    KindergartenSettings s = twoCampuses();
    s.semesterStart = QDate(2026, 9, 7);
    const SemesterCalendar cal(s.semesterStart);
    const QDate monday18 = cal.mondayOfWeek(18);
    EXPECT_EQ(monday18, QDate(2027, 1, 4));
    EXPECT_FALSE(frostProtectionDue(monday18.addDays(-1), s));
    EXPECT_TRUE(frostProtectionDue(monday18, s));
    EXPECT_TRUE(frostProtectionDue(cal.end(), s));
    EXPECT_FALSE(frostProtectionDue(cal.end().addDays(1), s));
    s.semesterStart = QDate(2027, 2, 22); // spring: week 18 is in June
    EXPECT_FALSE(frostProtectionDue(SemesterCalendar(s.semesterStart).mondayOfWeek(18), s));
    s.semesterStart = QDate();
    EXPECT_FALSE(frostProtectionDue(monday18, s));
    EXPECT_EQ(frostSeasonStart(QDate(2027, 1, 4)), QDate(2026, 12, 1));
    EXPECT_EQ(frostSeasonStart(QDate(2026, 12, 28)), QDate(2026, 12, 1));
}
