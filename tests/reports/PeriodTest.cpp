#include "PdfText.h"
#include "reports/ReportRegistry.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::reports;
using Kind = Period::Kind;

namespace {

Period parsed(Kind kind, const QString& text) {
    auto p = Period::parse(kind, text);
    EXPECT_TRUE(p.ok()) << text.toStdString() << ": " << (p.ok() ? "" : p.error().message.toStdString());
    return p.ok() ? *p : Period{};
}

// Refused with a usage error whose message quotes what was typed.
void refused(Kind kind, const QString& text) {
    auto p = Period::parse(kind, text);
    ASSERT_FALSE(p.ok()) << text.toStdString() << " was accepted";
    EXPECT_EQ(p.error().code, Error::Code::Usage);
    EXPECT_FALSE(p.error().message.isEmpty());
}

} // namespace

TEST(Period, DayInEveryAcceptedSpelling) {
    for (const QString& text : {QStringLiteral("2026-09-01"), QStringLiteral("2026/9/1"),
                                QStringLiteral("2026年9月1日"), QStringLiteral(" ２０２６-０９-０１ ")}) {
        const Period p = parsed(Kind::Day, text);
        EXPECT_EQ(p.kind, Kind::Day) << text.toStdString();
        EXPECT_EQ(p.from, QDate(2026, 9, 1)) << text.toStdString();
        EXPECT_EQ(p.to, QDate(2026, 9, 1)) << text.toStdString();
    }
}

TEST(Period, DayBoundaries) {
    EXPECT_EQ(parsed(Kind::Day, QStringLiteral("2026-12-31")).from, QDate(2026, 12, 31));
    refused(Kind::Day, QStringLiteral("2026-12-32"));
    EXPECT_EQ(parsed(Kind::Day, QStringLiteral("2026-01-01")).from, QDate(2026, 1, 1));
    refused(Kind::Day, QStringLiteral("2026-01-00"));
    EXPECT_EQ(parsed(Kind::Day, QStringLiteral("2028-02-29")).from, QDate(2028, 2, 29));
    refused(Kind::Day, QStringLiteral("2026-02-29")); // 2026 is not a leap year
    refused(Kind::Day, QStringLiteral("2026-13-01"));
    refused(Kind::Day, QString());
    refused(Kind::Day, QStringLiteral("2026-W36"));
    refused(Kind::Day, QStringLiteral("2026-09"));
    refused(Kind::Day, QStringLiteral("tomorrow"));
    refused(Kind::Day, QStringLiteral("2026-09-01 junk"));
}

TEST(Period, ErrorsQuoteWhatWasTyped) {
    auto p = Period::parse(Kind::Day, QStringLiteral("2026-02-30"));
    ASSERT_FALSE(p.ok());
    EXPECT_TRUE(p.error().message.contains(QStringLiteral("2026-02-30"))) << p.error().message.toStdString();
    auto w = Period::parse(Kind::Week, QStringLiteral("2027-W53"));
    ASSERT_FALSE(w.ok());
    EXPECT_TRUE(w.error().message.contains(QStringLiteral("52"))) << w.error().message.toStdString();
    EXPECT_TRUE(w.error().message.contains(QStringLiteral("53"))) << w.error().message.toStdString();
}

TEST(Period, IsoWeekRunsMondayToSunday) {
    // 2026 begins on a Thursday, so ISO week 1 starts on Monday 29 December 2025.
    const Period w36 = parsed(Kind::Week, QStringLiteral("2026-W36"));
    EXPECT_EQ(w36.kind, Kind::Week);
    EXPECT_EQ(w36.from, QDate(2026, 8, 31));
    EXPECT_EQ(w36.to, QDate(2026, 9, 6));
    EXPECT_EQ(w36.from.dayOfWeek(), 1);
    EXPECT_EQ(w36.to.dayOfWeek(), 7);

    const Period w1 = parsed(Kind::Week, QStringLiteral("2026-W01"));
    EXPECT_EQ(w1.from, QDate(2025, 12, 29));
    EXPECT_EQ(w1.to, QDate(2026, 1, 4));

    EXPECT_EQ(parsed(Kind::Week, QStringLiteral("2026w36")).from, QDate(2026, 8, 31));
    EXPECT_EQ(parsed(Kind::Week, QStringLiteral("2026-W1")).from, QDate(2025, 12, 29));
}

TEST(Period, IsoWeekNumberBoundaries) {
    refused(Kind::Week, QStringLiteral("2026-W00"));
    // 2026 has 53 ISO weeks (it begins on a Thursday); 2027 has 52.
    const Period w53 = parsed(Kind::Week, QStringLiteral("2026-W53"));
    EXPECT_EQ(w53.from, QDate(2026, 12, 28));
    EXPECT_EQ(w53.to, QDate(2027, 1, 3));
    refused(Kind::Week, QStringLiteral("2026-W54"));
    EXPECT_EQ(parsed(Kind::Week, QStringLiteral("2027-W52")).from, QDate(2027, 12, 27));
    refused(Kind::Week, QStringLiteral("2027-W53"));
    refused(Kind::Week, QStringLiteral("2026-36"));
    refused(Kind::Week, QStringLiteral("2026-09-01"));
    refused(Kind::Week, QStringLiteral("W36"));
    refused(Kind::Week, QStringLiteral("2026-W360"));
    refused(Kind::Week, QString());
}

TEST(Period, MonthBoundaries) {
    const Period sep = parsed(Kind::Month, QStringLiteral("2026-09"));
    EXPECT_EQ(sep.kind, Kind::Month);
    EXPECT_EQ(sep.from, QDate(2026, 9, 1));
    EXPECT_EQ(sep.to, QDate(2026, 9, 30));
    EXPECT_EQ(parsed(Kind::Month, QStringLiteral("2026-02")).to, QDate(2026, 2, 28));
    EXPECT_EQ(parsed(Kind::Month, QStringLiteral("2028-02")).to, QDate(2028, 2, 29));
    EXPECT_EQ(parsed(Kind::Month, QStringLiteral("2026-12")).to, QDate(2026, 12, 31));
    EXPECT_EQ(parsed(Kind::Month, QStringLiteral("2026-01")).from, QDate(2026, 1, 1));
    EXPECT_EQ(parsed(Kind::Month, QStringLiteral("2026/9")).from, QDate(2026, 9, 1));
    EXPECT_EQ(parsed(Kind::Month, QStringLiteral("2026年9月")).from, QDate(2026, 9, 1));
    refused(Kind::Month, QStringLiteral("2026-00"));
    refused(Kind::Month, QStringLiteral("2026-13"));
    refused(Kind::Month, QStringLiteral("2026-09-01"));
    refused(Kind::Month, QStringLiteral("2026-W36"));
    refused(Kind::Month, QStringLiteral("September"));
    refused(Kind::Month, QString());
}

TEST(Period, NoPeriodTakesNoText) {
    EXPECT_EQ(parsed(Kind::None, QString()).kind, Kind::None);
    refused(Kind::None, QStringLiteral("2026-09-01"));
}

TEST(Period, WeekOfAnyDay) {
    EXPECT_EQ(Period::isoWeek(QDate(2026, 9, 6)).from, QDate(2026, 8, 31));  // Sunday
    EXPECT_EQ(Period::isoWeek(QDate(2026, 8, 31)).from, QDate(2026, 8, 31)); // Monday
    EXPECT_EQ(Period::isoWeek(QDate(2026, 9, 7)).from, QDate(2026, 9, 7));   // next Monday
    EXPECT_EQ(Period::isoWeek(QDate(2026, 9, 7)).to, QDate(2026, 9, 13));
}

TEST(Period, LabelsInTheSourceLanguage) {
    // The tests run without a translation; zh_CN turns these into 2026年9月1日,
    // 2026年第36周（8月31日—9月6日） and 2026年9月 through the "Reports" context.
    EXPECT_EQ(Period::day(QDate(2026, 9, 1)).label(), QStringLiteral("2026-09-01"));
    EXPECT_EQ(Period::isoWeek(QDate(2026, 9, 1)).label(), QStringLiteral("2026 week 36 (08-31 to 09-06)"));
    // A week belongs to the ISO year of its Thursday.
    EXPECT_EQ(Period::isoWeek(QDate(2027, 1, 1)).label(), QStringLiteral("2026 week 53 (12-28 to 01-03)"));
    EXPECT_EQ(Period::month(2026, 9).label(), QStringLiteral("September 2026"));
    EXPECT_EQ(Period{}.label(), QString());
}
