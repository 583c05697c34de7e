// School days through the AttentionService on a real database: the semesters' term dates and the
// holidays / make-up working days (calendar-days) decide whether "no pesticide test today" is raised.
#include "TestSupport.h"
#include "domain/plan/CalendarDays.h"
#include "domain/plan/Semesters.h"
#include "storage/AttentionService.h"
#include "storage/RecordRepository.h"
#include "storage/SchoolCalendarStore.h"

#include <gtest/gtest.h>

using namespace houqin;
namespace cf = plan::calendardayfield;

namespace {
const QString kNoTest = QStringLiteral("canteen.pesticide-missing-today");

class SchoolCalendarTest : public ::testing::Test {
protected:
    test::TempDb t;

    void SetUp() override {
        // Autumn term 2026: 1 September 2026 to 17 January 2027.
        Record s =
            plan::Semester{0, QStringLiteral("2026学年第一学期"), QDate(2026, 9, 1), QDate(2027, 1, 17), true}
                .toRecord();
        ASSERT_TRUE(RecordRepository(t.db(), plan::semestersKind()).insert(s, test::tester()).ok());
    }
    void addDay(QDate d, const QString& kind, const QString& name) {
        Record r = newRecord(plan::calendarDaysKind(), nullptr, t->ruleContext());
        r.set(cf::kDate, d);
        r.set(cf::kKind, kind);
        r.set(cf::kName, name);
        auto id = RecordRepository(t.db(), plan::calendarDaysKind()).insert(r, test::tester());
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    }
    bool noTestRaisedOn(QDate day) {
        t.setNow(QDateTime(day, QTime(10, 0)));
        auto s = AttentionService(t.db()).evaluate(*findAttentionItem(kNoTest));
        EXPECT_TRUE(s.ok());
        return s.ok() && s->raised;
    }
};
} // namespace

TEST_F(SchoolCalendarTest, AnOrdinaryMondayInTermIsRaised) {
    EXPECT_TRUE(noTestRaisedOn(QDate(2026, 9, 28)));
    EXPECT_FALSE(noTestRaisedOn(QDate(2026, 9, 27))); // a Sunday
}

TEST_F(SchoolCalendarTest, AHolidayMondayIsQuiet) {
    addDay(QDate(2026, 10, 5), cf::kHoliday, QStringLiteral("国庆节"));
    EXPECT_FALSE(noTestRaisedOn(QDate(2026, 10, 5)));
    EXPECT_TRUE(noTestRaisedOn(QDate(2026, 10, 12))); // the Monday after, no holiday
}

TEST_F(SchoolCalendarTest, AMakeUpSaturdayIsRaised) {
    EXPECT_FALSE(noTestRaisedOn(QDate(2026, 10, 10)));
    addDay(QDate(2026, 10, 10), cf::kWorkday, QStringLiteral("国庆节"));
    EXPECT_TRUE(noTestRaisedOn(QDate(2026, 10, 10)));
    EXPECT_FALSE(noTestRaisedOn(QDate(2026, 10, 17))); // an ordinary Saturday
}

TEST_F(SchoolCalendarTest, TheTermsLastDayIsRaisedAndTheDayAfterIsQuiet) {
    // A term that ends on a weekday, so that the boundary itself is a weekday.
    RecordRepository semesters(t.db(), plan::semestersKind());
    Record s = *semesters.get(1);
    s.set(plan::semesterfield::kEnd, QDate(2027, 1, 14)); // a Thursday
    ASSERT_TRUE(semesters.update(s, test::tester()).ok());
    EXPECT_TRUE(noTestRaisedOn(QDate(2027, 1, 14)));
    EXPECT_FALSE(noTestRaisedOn(QDate(2027, 1, 15))); // a Friday after the term: the winter break
    EXPECT_TRUE(noTestRaisedOn(QDate(2026, 9, 1)));   // the first day
    EXPECT_FALSE(noTestRaisedOn(QDate(2026, 8, 31))); // the Monday before
}

TEST_F(SchoolCalendarTest, AMakeUpDayOutsideTheTermIsQuiet) {
    addDay(QDate(2026, 8, 29), cf::kWorkday, QStringLiteral("测试"));
    EXPECT_FALSE(noTestRaisedOn(QDate(2026, 8, 29)));
}

TEST(SchoolCalendarWithoutSemesters, WeekdaysCountUntilTheFirstSemesterIsEntered) {
    test::TempDb t(QDateTime(QDate(2026, 7, 20), QTime(10, 0))); // a Monday in the summer
    auto s = AttentionService(t.db()).evaluate(*findAttentionItem(kNoTest));
    ASSERT_TRUE(s.ok());
    EXPECT_TRUE(s->raised);
    auto calendar = loadSchoolCalendar(t.db());
    ASSERT_TRUE(calendar.ok());
    EXPECT_FALSE(calendar->hasTerms());
    EXPECT_FALSE(calendar->isSchoolDay(QDate(2026, 7, 19)));
}

TEST_F(SchoolCalendarTest, TheCalendarIsReadOnceForAllItems) {
    addDay(QDate(2026, 10, 5), cf::kHoliday, QStringLiteral("国庆节"));
    t.setNow(QDateTime(QDate(2026, 10, 5), QTime(10, 0)));
    auto all = AttentionService(t.db()).evaluateAll();
    ASSERT_TRUE(all.ok());
    for (const AttentionState& s : *all)
        if (s.item->schoolDaysOnly)
            EXPECT_FALSE(s.raised) << s.item->key.toStdString();
}
