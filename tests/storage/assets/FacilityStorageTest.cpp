// Facility checks and utility readings on a real database: the level's checklist fills a new check, a failed
// item opens a repair or a hazard (the person's choice, never both), "not yet handled" on both sides, the
// winter frost protection reminder, and meter readings that only count up unless the meter was replaced.
#include "TestSupport.h"
#include "domain/SemesterCalendar.h"
#include "domain/assets/AssetKinds.h"
#include "domain/safety/Checklists.h"
#include "domain/safety/SafetyKinds.h"
#include "storage/AttentionService.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"
#include "storage/assets/LineRepairs.h"
#include "storage/safety/LineHazards.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::assets;
namespace f = houqin::assets::facility;
namespace u = houqin::assets::utility;
namespace rp = houqin::assets::repair;
namespace cl = houqin::safety::checklist;

namespace {
const QDate kToday(2026, 11, 16);

class FacilityStorageTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(kToday, QTime(10, 0))};

    void setNow(QDate day) { t.setNow(QDateTime(day, QTime(10, 0))); }
    bool raised(const QString& key) {
        const AttentionItem* item = findAttentionItem(key);
        EXPECT_NE(item, nullptr) << key.toStdString();
        auto s = AttentionService(t.db()).evaluate(*item);
        EXPECT_TRUE(s.ok());
        return s.ok() && s->raised;
    }
    Record check(const QString& level) {
        Record r = newRecord(facilityChecksKind(), nullptr, t->ruleContext());
        r.set(f::kLevel, level);
        facilityChecksKind().fillLines(r, t->ruleContext());
        r.set(f::kChecker, QStringLiteral("王师傅"));
        r.set(f::kArea, QStringLiteral("户外场地"));
        return r;
    }
    qint64 store(const Record& r) {
        auto id = RecordRepository(t.db(), facilityChecksKind()).insert(r, test::tester());
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }
    Result<qint64> reading(const QString& meter, QDate date, double value, bool reset = false,
                           const QString& type = u::kWater) {
        Record r;
        r.set(u::kCampus, t->settings().campuses.first());
        r.set(u::kMeter, meter);
        r.set(u::kMeterType, type);
        r.set(u::kDate, date);
        r.set(u::kReading, value);
        r.set(u::kReset, reset);
        return RecordRepository(t.db(), utilityReadingsKind()).insert(r, test::tester());
    }
};

int failAll(Record& r, std::initializer_list<int> lines) {
    for (int i : lines) {
        r.lines[i].set(cl::kResult, cl::kFail);
        r.lines[i].set(cl::kNote, QStringLiteral("螺丝松动"));
    }
    return int(lines.size());
}
} // namespace

TEST_F(FacilityStorageTest, EachLevelStartsWithItsOwnChecklist) {
    const Record daily = newRecord(facilityChecksKind(), nullptr, t->ruleContext());
    EXPECT_EQ(daily.value(f::kLevel).toString(), f::kDaily);
    EXPECT_EQ(daily.value(f::kDate).toDate(), kToday);
    EXPECT_EQ(daily.lines.size(), 6);
    const Record weekly = check(f::kWeekly);
    const Record monthly = check(f::kMonthly);
    EXPECT_EQ(weekly.lines.size(), 7);
    EXPECT_EQ(monthly.lines.size(), 9);
    EXPECT_NE(weekly.lines.first().value(cl::kItem), daily.lines.first().value(cl::kItem));
    // Every area the plan names is on the monthly full check.
    QStringList areas;
    for (const Record& line : monthly.lines)
        areas << line.value(cl::kArea).toString();
    for (const char* area : {"电器设备", "活动场所", "大型玩具", "体育器材", "楼道", "门窗"})
        EXPECT_TRUE(areas.contains(QString::fromUtf8(area))) << area;
}

TEST_F(FacilityStorageTest, AFailedItemOpensARepairOrAHazardAndTheLineKeepsWhich) {
    Record r = check(f::kWeekly);
    failAll(r, {1, 3});
    const qint64 id = store(r);
    ASSERT_NE(id, 0);
    EXPECT_EQ(RecordRepository(t.db(), facilityChecksKind()).count({.filter = f::kFailedUnhandled}).value(),
              1);
    EXPECT_TRUE(raised(QStringLiteral("assets.facility-failed-unhandled")));

    // The person chooses a repair for line 3 ...
    auto repairs = openRepairsForLines(t.db(), facilityChecksKind(), id, test::tester(), {3});
    ASSERT_TRUE(repairs.ok()) << repairs.error().message.toStdString();
    ASSERT_EQ(repairs->repairIds.size(), 1);
    auto repair = RecordRepository(t.db(), repairsKind()).get(repairs->repairIds.first());
    ASSERT_TRUE(repair.ok());
    EXPECT_EQ(repair->value(rp::kState).toString(), rp::kWaiting);
    EXPECT_EQ(repair->value(rp::kReporter).toString(), QStringLiteral("王师傅"));
    EXPECT_TRUE(repair->value(rp::kPlace).toString().startsWith(QStringLiteral("户外场地")));
    EXPECT_TRUE(repair->value(rp::kDescription).toString().contains(QStringLiteral("螺丝松动")));
    EXPECT_EQ(repair->value(rp::kReportedOn).toDate(), kToday);
    EXPECT_TRUE(raised(QStringLiteral("assets.facility-failed-unhandled"))); // line 1 is still open

    // ... and a hazard for the rest: the line with a repair is not opened again as a hazard.
    auto hazards = safety::openHazardsForLines(t.db(), facilityChecksKind(), id, test::tester());
    ASSERT_TRUE(hazards.ok()) << hazards.error().message.toStdString();
    EXPECT_EQ(hazards->hazardIds.size(), 1);
    EXPECT_EQ(hazards->alreadyOpen, 1);
    auto stored = RecordRepository(t.db(), facilityChecksKind()).get(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->lines[3].value(cl::kRepairId).toLongLong(), repairs->repairIds.first());
    EXPECT_TRUE(stored->lines[3].isEmpty(cl::kHazardId));
    EXPECT_EQ(stored->lines[1].value(cl::kHazardId).toLongLong(), hazards->hazardIds.first());
    EXPECT_TRUE(stored->lines[1].isEmpty(cl::kRepairId));
    // Both handled: nothing more to open either way, and the item is no longer raised.
    auto again = openRepairsForLines(t.db(), facilityChecksKind(), id, test::tester());
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->repairIds.isEmpty());
    EXPECT_EQ(again->alreadyOpen, 2);
    EXPECT_FALSE(raised(QStringLiteral("assets.facility-failed-unhandled")));
    EXPECT_EQ(RecordRepository(t.db(), facilityChecksKind()).count({.filter = f::kFailedUnhandled}).value(),
              0);
}

TEST_F(FacilityStorageTest, ChecksWithoutFailuresRaiseNothingAndOtherChecklistsOpenNoRepairs) {
    store(check(f::kDaily));
    EXPECT_FALSE(raised(QStringLiteral("assets.facility-failed-unhandled")));
    auto r = openRepairsForLines(t.db(), safety::inspectionsKind(), 1, test::tester());
    EXPECT_FALSE(r.ok());
    EXPECT_FALSE(linesOpenRepairs(safety::inspectionsKind()));
    EXPECT_TRUE(linesOpenRepairs(facilityChecksKind()));
}

TEST_F(FacilityStorageTest, FrostProtectionIsRaisedInWeek18UntilACheckRecordsIt) {
    KindergartenSettings s = t->settings();
    s.semesterStart = QDate(2026, 9, 7); // week 18 starts on Monday 4 January 2027
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    setNow(QDate(2027, 1, 3)); // week 17
    EXPECT_FALSE(raised(QStringLiteral("assets.winter-frost-protection")));
    setNow(QDate(2027, 1, 4)); // week 18
    EXPECT_TRUE(raised(QStringLiteral("assets.winter-frost-protection")));
    // A check of last winter does not count; one of this winter does.
    Record old = check(f::kMonthly);
    old.set(f::kDate, QDate(2026, 11, 30));
    old.set(f::kFrostProtected, true);
    store(old);
    EXPECT_TRUE(raised(QStringLiteral("assets.winter-frost-protection")));
    Record done = check(f::kMonthly);
    done.set(f::kDate, QDate(2026, 12, 1));
    done.set(f::kFrostProtected, true);
    store(done);
    EXPECT_FALSE(raised(QStringLiteral("assets.winter-frost-protection")));
}

TEST_F(FacilityStorageTest, FrostProtectionIsNotDueInASpringSemester) {
    KindergartenSettings s = t->settings();
    s.semesterStart = QDate(2027, 2, 22);
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    setNow(SemesterCalendar(s.semesterStart).mondayOfWeek(18));
    EXPECT_FALSE(raised(QStringLiteral("assets.winter-frost-protection")));
}

TEST_F(FacilityStorageTest, AReadingBelowThePreviousIsRefusedUnlessTheMeterWasReset) {
    ASSERT_TRUE(reading(QStringLiteral("总水表"), QDate(2026, 10, 1), 1200.0).ok());
    ASSERT_TRUE(reading(QStringLiteral("总水表"), QDate(2026, 11, 1), 1350.5).ok());
    // Equal to the previous: no use, accepted.
    ASSERT_TRUE(reading(QStringLiteral("总水表"), QDate(2026, 11, 2), 1350.5).ok());
    auto lower = reading(QStringLiteral("总水表"), QDate(2026, 11, 3), 1350.4);
    ASSERT_FALSE(lower.ok());
    ASSERT_FALSE(lower.error().issues.isEmpty());
    EXPECT_EQ(lower.error().issues.first().field, u::kReading);
    EXPECT_TRUE(reading(QStringLiteral("总水表"), QDate(2026, 11, 3), 3.0, true).ok());
    // A back-dated reading above the next one is refused too.
    EXPECT_FALSE(reading(QStringLiteral("总水表"), QDate(2026, 10, 15), 1400.0).ok());
    EXPECT_TRUE(reading(QStringLiteral("总水表"), QDate(2026, 10, 15), 1300.0).ok());
    // Another campus's meter of the same name is another meter.
    Record other;
    other.set(u::kCampus, t->settings().campuses.last());
    other.set(u::kMeter, QStringLiteral("总水表"));
    other.set(u::kMeterType, u::kWater);
    other.set(u::kDate, QDate(2026, 11, 4));
    other.set(u::kReading, 10.0);
    other.set(u::kReset, false);
    EXPECT_TRUE(RecordRepository(t.db(), utilityReadingsKind()).insert(other, test::tester()).ok());
    // One reading per meter and day, refused on the date.
    auto twice = reading(QStringLiteral("总水表"), QDate(2026, 11, 1), 1350.5);
    ASSERT_FALSE(twice.ok());
    ASSERT_FALSE(twice.error().issues.isEmpty());
    EXPECT_EQ(twice.error().issues.first().field, u::kDate);
}

TEST_F(FacilityStorageTest, TheUseIsDerivedFromThePreviousReadingOfTheSameMeter) {
    ASSERT_TRUE(reading(QStringLiteral("总电表"), QDate(2026, 10, 1), 5000.0, false, u::kElectricity).ok());
    ASSERT_TRUE(reading(QStringLiteral("总电表"), QDate(2026, 11, 1), 6234.5, false, u::kElectricity).ok());
    auto list = RecordRepository(t.db(), utilityReadingsKind()).list({});
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    const RuleContext ctx = t->ruleContext();
    QMap<QDate, QVariant> uses;
    for (const Record& r : *list)
        uses.insert(r.value(u::kDate).toDate(), deriveValues(utilityReadingsKind(), r, ctx).value(u::kUse));
    EXPECT_TRUE(uses.value(QDate(2026, 10, 1)).isNull()); // the first reading
    EXPECT_DOUBLE_EQ(uses.value(QDate(2026, 11, 1)).toDouble(), 1234.5);
}
