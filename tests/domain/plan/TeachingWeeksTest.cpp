// Date <-> teaching week, both ways, on both sides of every boundary.
#include "domain/SemesterCalendar.h"

#include <gtest/gtest.h>

using namespace houqin;

TEST(TeachingWeeks, StartOnASunday) {
    const SemesterCalendar cal(QDate(2026, 8, 30)); // a Sunday: week 1 is the week it ends
    EXPECT_EQ(cal.weekOf(QDate(2026, 8, 23)), 0);   // Sunday before: before term
    EXPECT_EQ(cal.weekOf(QDate(2026, 8, 24)), 1);   // Monday of week 1, six days before the start
    EXPECT_EQ(cal.weekOf(QDate(2026, 8, 30)), 1);
    EXPECT_EQ(cal.weekOf(QDate(2026, 8, 31)), 2);
    EXPECT_EQ(cal.mondayOfWeek(1), QDate(2026, 8, 24));
    EXPECT_EQ(cal.sundayOfWeek(1), QDate(2026, 8, 30));
    EXPECT_EQ(cal.sundayOfWeek(0), QDate(2026, 8, 23));
    EXPECT_EQ(cal.end(), QDate(2027, 1, 10)); // Sunday of week 20
    EXPECT_EQ(cal.weekCount(), 20);
}

TEST(TeachingWeeks, StartOnTheFirstMonday) {
    const SemesterCalendar cal(QDate(2026, 8, 31)); // a Monday
    EXPECT_EQ(cal.weekOf(QDate(2026, 8, 30)), 0);
    EXPECT_EQ(cal.weekOf(QDate(2026, 8, 31)), 1);
    EXPECT_EQ(cal.weekOf(QDate(2026, 9, 6)), 1);
    EXPECT_EQ(cal.weekOf(QDate(2026, 9, 7)), 2);
    EXPECT_EQ(cal.mondayOfWeek(1), QDate(2026, 8, 31));
    EXPECT_EQ(cal.mondayOfWeek(2), QDate(2026, 9, 7));
    EXPECT_FALSE(cal.isBeforeTerm(QDate(2026, 8, 31)));
    EXPECT_TRUE(cal.isBeforeTerm(QDate(2026, 8, 30)));
}

TEST(TeachingWeeks, TheLastDayOfWeekTwenty) {
    const SemesterCalendar cal(QDate(2026, 9, 1)); // a Tuesday; no end given
    EXPECT_EQ(cal.sundayOfWeek(20), QDate(2027, 1, 17));
    EXPECT_EQ(cal.weekOf(QDate(2027, 1, 17)), 20);
    EXPECT_EQ(cal.weekOf(QDate(2027, 1, 18)), 21);
    EXPECT_EQ(cal.end(), QDate(2027, 1, 17));
    EXPECT_EQ(SemesterCalendar::defaultEnd(QDate(2026, 9, 1)), QDate(2027, 1, 17));
    EXPECT_FALSE(cal.isAfterTerm(QDate(2027, 1, 17)));
    EXPECT_TRUE(cal.isAfterTerm(QDate(2027, 1, 18)));
    EXPECT_EQ(cal.weekCount(), 20);
    // An explicit end counts its own weeks.
    EXPECT_EQ(SemesterCalendar(QDate(2026, 9, 1), QDate(2027, 1, 18)).weekCount(), 21);
    EXPECT_EQ(SemesterCalendar(QDate(2026, 9, 1), QDate(2027, 1, 10)).weekCount(), 19);
}

TEST(TeachingWeeks, ADateBeforeTerm) {
    const SemesterCalendar cal(QDate(2026, 9, 1));
    EXPECT_EQ(cal.weekOf(QDate(2026, 8, 30)), 0);  // the Sunday before week 1
    EXPECT_EQ(cal.weekOf(QDate(2026, 8, 24)), 0);  // Monday of that week
    EXPECT_EQ(cal.weekOf(QDate(2026, 8, 23)), -1); // the week before
    EXPECT_EQ(cal.weekOf(QDate(2026, 8, 31)), 1);  // Monday of week 1, the day before the start
    EXPECT_TRUE(cal.isBeforeTerm(QDate(2026, 8, 30)));
    EXPECT_FALSE(cal.isBeforeTerm(QDate(2026, 8, 31)));
    EXPECT_EQ(SemesterCalendar::weekLabel(cal.weekOf(QDate(2026, 8, 30))), QStringLiteral("Before term"));
    EXPECT_EQ(SemesterCalendar::weekLabel(-3), QStringLiteral("Before term"));
}

TEST(TeachingWeeks, WeekToDatesAndBackAgree) {
    const SemesterCalendar cal(QDate(2026, 9, 2)); // a Wednesday
    for (int w = 1; w <= 21; ++w) {
        EXPECT_EQ(cal.weekOf(cal.mondayOfWeek(w)), w);
        EXPECT_EQ(cal.weekOf(cal.sundayOfWeek(w)), w);
        EXPECT_EQ(cal.weekOf(cal.mondayOfWeek(w).addDays(-1)), w - 1);
        EXPECT_EQ(cal.mondayOfWeek(w).dayOfWeek(), 1);
        EXPECT_EQ(cal.sundayOfWeek(w).dayOfWeek(), 7);
    }
}

TEST(TeachingWeeks, MonthOfAWeekIsTheMonthOfItsThursday) {
    const SemesterCalendar cal(QDate(2026, 9, 1));
    EXPECT_EQ(cal.monthOfWeek(0), 8);   // ends Sunday 30 August
    EXPECT_EQ(cal.monthOfWeek(1), 9);   // 31 Aug to 6 Sep: Thursday 3 September
    EXPECT_EQ(cal.monthOfWeek(4), 9);   // Thursday 24 September
    EXPECT_EQ(cal.monthOfWeek(5), 10);  // 28 Sep to 4 Oct: Thursday 1 October
    EXPECT_EQ(cal.monthOfWeek(18), 12); // 28 Dec to 3 Jan: Thursday 31 December
    EXPECT_EQ(cal.monthOfWeek(19), 1);
    EXPECT_EQ(SemesterCalendar(QDate()).monthOfWeek(3), 0);
}

TEST(TeachingWeeks, NoStartMeansNoCalendar) {
    const SemesterCalendar cal{QDate()};
    EXPECT_FALSE(cal.isValid());
    EXPECT_EQ(cal.weekOf(QDate(2026, 9, 1)), 0);
    EXPECT_EQ(cal.weekCount(), 0);
    EXPECT_FALSE(cal.isBeforeTerm(QDate(2026, 9, 1)));
    EXPECT_FALSE(SemesterCalendar::defaultEnd(QDate()).isValid());
}

TEST(TeachingWeeks, Labels) {
    EXPECT_EQ(SemesterCalendar::weekLabel(0), QStringLiteral("Before term"));
    EXPECT_EQ(SemesterCalendar::weekLabel(1), QStringLiteral("Week 1"));
    EXPECT_EQ(SemesterCalendar::weekLabel(20), QStringLiteral("Week 20"));
}

TEST(TeachingWeeks, ParsesWeeksAsPeopleWriteThem) {
    using W = std::optional<int>;
    EXPECT_EQ(SemesterCalendar::parseWeek(QStringLiteral("3")), W(3));
    EXPECT_EQ(SemesterCalendar::parseWeek(QStringLiteral("第1周")), W(1));
    EXPECT_EQ(SemesterCalendar::parseWeek(QStringLiteral("第十周")), W(10));
    EXPECT_EQ(SemesterCalendar::parseWeek(QStringLiteral("第十四周")), W(14));
    EXPECT_EQ(SemesterCalendar::parseWeek(QStringLiteral("第二十周")), W(20));
    EXPECT_EQ(SemesterCalendar::parseWeek(QStringLiteral("第二十一周")), W(21));
    EXPECT_EQ(SemesterCalendar::parseWeek(QStringLiteral("第１８周")), W(18)); // full-width digits
    EXPECT_EQ(SemesterCalendar::parseWeek(QStringLiteral(" week 7 ")), W(7));
    EXPECT_EQ(SemesterCalendar::parseWeek(QStringLiteral("W12")), W(12));
    EXPECT_EQ(SemesterCalendar::parseWeek(QStringLiteral("开学前")), W(0));
    EXPECT_EQ(SemesterCalendar::parseWeek(QStringLiteral("Before term")), W(0));
    EXPECT_EQ(SemesterCalendar::parseWeek(QStringLiteral("0")), W(0));
    EXPECT_EQ(SemesterCalendar::parseWeek(QString()), std::nullopt);
    EXPECT_EQ(SemesterCalendar::parseWeek(QStringLiteral("-1")), std::nullopt);
    EXPECT_EQ(SemesterCalendar::parseWeek(QStringLiteral("第周")), std::nullopt);
    EXPECT_EQ(SemesterCalendar::parseWeek(QStringLiteral("下周")), std::nullopt);
    EXPECT_EQ(SemesterCalendar::parseWeek(QStringLiteral("第一百周")), std::nullopt);
}

TEST(TeachingWeeks, ChineseNumbers) {
    using N = std::optional<int>;
    EXPECT_EQ(SemesterCalendar::parseChineseNumber(QStringLiteral("一")), N(1));
    EXPECT_EQ(SemesterCalendar::parseChineseNumber(QStringLiteral("九")), N(9));
    EXPECT_EQ(SemesterCalendar::parseChineseNumber(QStringLiteral("十")), N(10));
    EXPECT_EQ(SemesterCalendar::parseChineseNumber(QStringLiteral("十一")), N(11));
    EXPECT_EQ(SemesterCalendar::parseChineseNumber(QStringLiteral("十二")), N(12));
    EXPECT_EQ(SemesterCalendar::parseChineseNumber(QStringLiteral("二十")), N(20));
    EXPECT_EQ(SemesterCalendar::parseChineseNumber(QStringLiteral("两")), N(2));
    EXPECT_EQ(SemesterCalendar::parseChineseNumber(QStringLiteral("12")), N(12));
    EXPECT_EQ(SemesterCalendar::parseChineseNumber(QStringLiteral("十十")), std::nullopt);
    EXPECT_EQ(SemesterCalendar::parseChineseNumber(QStringLiteral("一二")), std::nullopt);
    EXPECT_EQ(SemesterCalendar::parseChineseNumber(QStringLiteral("月")), std::nullopt);
}

TEST(TeachingWeeks, WeeksOverCountsTheWeeksWhoseSundayHasPassed) {
    const SemesterCalendar c(QDate(2026, 9, 1)); // week 1 ends Sunday 6 September
    EXPECT_EQ(c.weeksOver(QDate(2026, 8, 20)), 0);
    EXPECT_EQ(c.weeksOver(QDate(2026, 9, 6)), 0);
    EXPECT_EQ(c.weeksOver(QDate(2026, 9, 7)), 1);
    EXPECT_EQ(c.weeksOver(QDate(2026, 10, 14)), 6);
    EXPECT_EQ(c.weeksOver(QDate(2027, 6, 1)), 20); // never more than the semester has
    EXPECT_EQ(SemesterCalendar(QDate()).weeksOver(QDate(2026, 10, 14)), 0);
}
