#include "domain/SchoolCalendar.h"

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
