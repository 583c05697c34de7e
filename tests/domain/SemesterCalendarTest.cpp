#include "domain/SemesterCalendar.h"

#include <gtest/gtest.h>

using namespace houqin;

TEST(SemesterCalendar, WeekOneIsTheMondayToSundayWeekContainingTheStart) {
    const SemesterCalendar cal(QDate(2026, 9, 1)); // a Tuesday
    EXPECT_EQ(cal.weekOf(QDate(2026, 8, 31)), 1);  // Monday of that week
    EXPECT_EQ(cal.weekOf(QDate(2026, 9, 6)), 1);   // Sunday
    EXPECT_EQ(cal.weekOf(QDate(2026, 9, 7)), 2);
    EXPECT_EQ(cal.weekOf(QDate(2026, 8, 30)), 0); // before term
    EXPECT_EQ(cal.mondayOfWeek(2), QDate(2026, 9, 7));
}

TEST(SemesterCalendar, StartOnASunday) {
    const SemesterCalendar cal(QDate(2026, 8, 30)); // a Sunday
    EXPECT_EQ(cal.weekOf(QDate(2026, 8, 24)), 1);
    EXPECT_EQ(cal.weekOf(QDate(2026, 8, 30)), 1);
    EXPECT_EQ(cal.weekOf(QDate(2026, 8, 31)), 2);
}

TEST(SemesterCalendar, NoStartMeansNoWeek) {
    EXPECT_EQ(SemesterCalendar(QDate()).weekOf(QDate(2026, 9, 1)), 0);
}
