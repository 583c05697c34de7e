#include "domain/SchoolCalendar.h"

#include "domain/plan/CalendarDays.h"
#include "domain/plan/NationalHolidays.h"

#include <gtest/gtest.h>

using namespace houqin;

TEST(SchoolCalendar, WithoutTermsWeekdaysAreSchoolDays) {
    SchoolCalendar c;
    EXPECT_TRUE(c.isSchoolDay(QDate(2026, 11, 27)));  // Friday
    EXPECT_FALSE(c.isSchoolDay(QDate(2026, 11, 28))); // Saturday
    c.addDay(QDate(2026, 11, 27), SchoolCalendar::DayKind::Holiday);
    c.addDay(QDate(2026, 11, 28), SchoolCalendar::DayKind::MakeUpWorkday);
    EXPECT_FALSE(c.isSchoolDay(QDate(2026, 11, 27)));
    EXPECT_TRUE(c.isSchoolDay(QDate(2026, 11, 28)));
    EXPECT_FALSE(c.isSchoolDay(QDate()));
}

TEST(SchoolCalendar, TermsBoundSchoolDaysInclusively) {
    SchoolCalendar c;
    c.addTerm(QDate(2026, 9, 1), QDate(2027, 1, 14));
    c.addTerm(QDate(2027, 2, 1), QDate(2026, 1, 1)); // ends before it starts: ignored
    EXPECT_FALSE(c.isSchoolDay(QDate(2026, 8, 31)));
    EXPECT_TRUE(c.isSchoolDay(QDate(2026, 9, 1)));
    EXPECT_TRUE(c.isSchoolDay(QDate(2027, 1, 14)));
    EXPECT_FALSE(c.isSchoolDay(QDate(2027, 1, 15)));
    c.addDay(QDate(2027, 1, 16), SchoolCalendar::DayKind::MakeUpWorkday);
    EXPECT_FALSE(c.isSchoolDay(QDate(2027, 1, 16))); // outside the term even as a make-up day
}

TEST(NationalHolidays, The2026ArrangementIsShipped) {
    const QList<plan::NationalDay> days = plan::nationalDays(2026);
    int holidays = 0, workdays = 0;
    for (const plan::NationalDay& d : days)
        (d.kind == plan::calendardayfield::kHoliday ? holidays : workdays)++;
    EXPECT_EQ(holidays, 33);
    EXPECT_EQ(workdays, 6);
    ASSERT_FALSE(days.isEmpty());
    EXPECT_EQ(days.first().date, QDate(2026, 1, 1));
    EXPECT_EQ(days.first().name, QStringLiteral("元旦"));
    EXPECT_EQ(days.last().date, QDate(2026, 10, 10));
    EXPECT_EQ(days.last().kind, plan::calendardayfield::kWorkday);
    EXPECT_TRUE(plan::nationalDays(2027).isEmpty()); // not published yet: nothing invented
}

TEST(NationalHolidays, MalformedLinesAreSkipped) {
    const auto days = plan::parseNationalDays(
        QStringLiteral("# "
                       "comment\n\n2027-01-01\t放假\t元旦\n2027-02-30\t放假\t坏日期\n2027-01-"
                       "02\t休息\t坏类型\n2027-01-03\t放假\n"));
    ASSERT_EQ(days.size(), 1);
    EXPECT_EQ(days.first().date, QDate(2027, 1, 1));
}
