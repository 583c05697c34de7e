#include "domain/ValueFormat.h"

#include "domain/FieldDef.h"
#include "domain/Translations.h"
#include "domain/assets/AssetKinds.h"
#include "domain/canteen/FoodSamples.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::valuefmt;

namespace {
const FieldDef& f(const char* key) {
    return *canteen::foodSamplesKind().field(QString::fromLatin1(key));
}
} // namespace

TEST(ValueFormatParse, DatesInEverySpreadsheetSpelling) {
    const QDate want(2026, 9, 1);
    for (const char* s : {"2026-09-01", "2026/9/1", "2026.9.1", "2026年9月1日", " 2026-09-01 ",
                          "２０２６－０９－０１", "2026/9/1 0:00"}) {
        const Parsed p = parse(f("date"), QString::fromUtf8(s));
        EXPECT_TRUE(p.ok()) << s << " " << p.error.toStdString();
        EXPECT_EQ(p.value.toDate(), want) << s;
    }
}

TEST(ValueFormatParse, BadDatesAreRefusedWithTheText) {
    for (const char* s : {"2026-02-30", "9/1/2026", "yesterday", "2026-13-01", "2026-09-01 11:30"}) {
        const Parsed p = parse(f("date"), QString::fromUtf8(s));
        EXPECT_FALSE(p.ok()) << s;
    }
}

TEST(ValueFormatParse, DateTimes) {
    EXPECT_EQ(parse(f("stored_at"), QStringLiteral("2026-09-01 11:30")).value.toDateTime(),
              QDateTime(QDate(2026, 9, 1), QTime(11, 30)));
    EXPECT_EQ(parse(f("stored_at"), QStringLiteral("2026/9/1 9:05:10")).value.toDateTime(),
              QDateTime(QDate(2026, 9, 1), QTime(9, 5, 10)));
    EXPECT_EQ(parse(f("stored_at"), QStringLiteral("2026-09-01T11:30:00")).value.toDateTime(),
              QDateTime(QDate(2026, 9, 1), QTime(11, 30)));
    EXPECT_EQ(parse(f("stored_at"), QStringLiteral("2026年9月1日 １１：３０")).value.toDateTime(),
              QDateTime(QDate(2026, 9, 1), QTime(11, 30)));
    EXPECT_FALSE(parse(f("stored_at"), QStringLiteral("11:30")).ok());
    EXPECT_FALSE(parse(f("stored_at"), QStringLiteral("2026-09-01 25:00")).ok());
}

TEST(ValueFormatParse, NumbersWithUnitsAndFullWidthDigits) {
    EXPECT_DOUBLE_EQ(parse(f("weight_g"), QStringLiteral("125")).value.toDouble(), 125.0);
    EXPECT_DOUBLE_EQ(parse(f("weight_g"), QStringLiteral("１２５.５")).value.toDouble(), 125.5);
    EXPECT_DOUBLE_EQ(parse(f("weight_g"), QStringLiteral("130 g")).value.toDouble(), 130.0);
    EXPECT_DOUBLE_EQ(parse(f("weight_g"), QStringLiteral("130克")).value.toDouble(), 130.0);
    EXPECT_DOUBLE_EQ(parse(f("weight_g"), QStringLiteral("125.0")).value.toDouble(), 125.0);
    EXPECT_DOUBLE_EQ(parse(f("fridge_temp_c"), QStringLiteral("4℃")).value.toDouble(), 4.0);
    EXPECT_DOUBLE_EQ(parse(f("fridge_temp_c"), QStringLiteral("-1.5")).value.toDouble(), -1.5);
}

TEST(ValueFormatParse, ExtraDecimalsAreRefusedNotRounded) {
    const Parsed p = parse(f("weight_g"), QStringLiteral("124.95"));
    EXPECT_FALSE(p.ok());
    EXPECT_FALSE(parse(f("weight_g"), QStringLiteral("12x")).ok());
    EXPECT_FALSE(parse(f("weight_g"), QStringLiteral("1.2.3")).ok());
}

TEST(ValueFormatParse, ChoicesByKeyEnglishAndChinese) {
    for (const char* s : {"lunch", "Lunch", "午餐", " LUNCH "})
        EXPECT_EQ(parse(f("meal"), QString::fromUtf8(s)).value.toString(), QStringLiteral("lunch")) << s;
    EXPECT_EQ(parse(f("meal"), QStringLiteral("早点")).value.toString(), QStringLiteral("morning-snack"));
    EXPECT_EQ(parse(f("meal"), QStringLiteral("afternoon-snack")).value.toString(),
              QStringLiteral("afternoon-snack"));
    EXPECT_FALSE(parse(f("meal"), QStringLiteral("夜宵")).ok());
}

TEST(ValueFormatParse, TextKeepsFullWidthPunctuationAndEmptyIsNull) {
    EXPECT_EQ(parse(f("dish"), QStringLiteral("  青菜（清炒） ")).value.toString(),
              QStringLiteral("青菜（清炒）"));
    EXPECT_TRUE(parse(f("dish"), QStringLiteral("   ")).value.isNull());
    EXPECT_TRUE(parse(f("weight_g"), QString()).value.isNull());
}

TEST(ValueFormatParse, MoneyInYuanBecomesWholeFen) {
    const FieldDef money = field::money(QStringLiteral("amount"), "Amount");
    EXPECT_EQ(parse(money, QStringLiteral("12.5")).value.toLongLong(), 1250);
    EXPECT_EQ(parse(money, QStringLiteral("¥1,234.56")).value.toLongLong(), 123456);
    EXPECT_EQ(parse(money, QStringLiteral("30元")).value.toLongLong(), 3000);
    EXPECT_FALSE(parse(money, QStringLiteral("0.001")).ok());
}

TEST(ValueFormatRoundTrip, CanonicalTextParsesBackToTheSameValue) {
    Record r;
    const QDateTime t(QDate(2026, 9, 1), QTime(11, 30));
    EXPECT_EQ(parse(f("stored_at"), canonical(f("stored_at"), t)).value.toDateTime(), t);
    EXPECT_EQ(fromSql(f("stored_at"), toSql(f("stored_at"), t)).toDateTime(), t);
    EXPECT_EQ(fromSql(f("date"), toSql(f("date"), QDate(2026, 9, 1))).toDate(), QDate(2026, 9, 1));
    EXPECT_EQ(display(f("stored_at"), t), QStringLiteral("2026-09-01 11:30"));
    EXPECT_EQ(display(f("weight_g"), 125.0), QStringLiteral("125.0"));
}

TEST(ValueFormatParse, TypographicMinusAndInnerIdeographicSpace) {
    EXPECT_DOUBLE_EQ(parse(f("fridge_temp_c"), QStringLiteral("−2")).value.toDouble(), -2.0);
    EXPECT_EQ(parse(f("sampled_by"), QStringLiteral("　王　芳　")).value.toString(),
              QStringLiteral("王　芳"));
    EXPECT_EQ(parse(f("meal"), QStringLiteral("中餐")).value.toString(), QStringLiteral("lunch"));
}

TEST(ValueFormatIso, FastParsersAcceptOnlyTheStoredForms) {
    EXPECT_EQ(parseIsoDate(u"2026-09-01"), QDate(2026, 9, 1));
    EXPECT_FALSE(parseIsoDate(u"2026-02-30").isValid());
    EXPECT_FALSE(parseIsoDate(u"2026/09/01").isValid());
    EXPECT_FALSE(parseIsoDate(u"2026-9-1").isValid());
    EXPECT_EQ(parseIsoDateTime(u"2026-09-01T11:30:05"), QDateTime(QDate(2026, 9, 1), QTime(11, 30, 5)));
    EXPECT_EQ(parseIsoDateTime(u"2026-09-01T11:30"), QDateTime(QDate(2026, 9, 1), QTime(11, 30)));
    EXPECT_FALSE(parseIsoDateTime(u"2026-09-01 11:30:00").isValid());
    EXPECT_FALSE(parseIsoDateTime(u"2026-09-01T24:00:00").isValid());
    EXPECT_FALSE(parseIsoDateTime(u"2026-09-01T11:3x:00").isValid());
}

TEST(ValueFormatParse, WholeNumbersAndMoneyStopAt9e15) {
    // Found by the fuzzer (tests/fuzz): a 34-digit count was cast to a 64-bit integer, undefined behaviour.
    const FieldDef count = field::integer(QStringLiteral("count"), "Count");
    const FieldDef money = field::money(QStringLiteral("amount"), "Amount");
    EXPECT_EQ(parse(count, QStringLiteral("9000000000000000")).value.toLongLong(), 9000000000000000LL);
    EXPECT_EQ(parse(count, QStringLiteral("-9000000000000000")).value.toLongLong(), -9000000000000000LL);
    EXPECT_FALSE(parse(count, QStringLiteral("9000000000000001")).ok());
    EXPECT_FALSE(parse(count, QStringLiteral("3333333333333333333333333333333333")).ok());
    EXPECT_EQ(parse(money, QStringLiteral("90000000000000")).value.toLongLong(), 9000000000000000LL);
    const Parsed tooMuch = parse(money, QStringLiteral("90000000000000.01"));
    EXPECT_FALSE(tooMuch.ok());
    EXPECT_TRUE(tooMuch.error.contains(QStringLiteral("too large"))) << tooMuch.error.toStdString();
}

// What a list export writes reads back as the same value: a time with seconds (a scanner's) keeps them,
// one without shows none, and a Chinese choice label with full-width brackets is found after the cell's
// width folding.
TEST(ValueFormatRoundTrip, DisplayTextParsesBackToTheSameValue) {
    const FieldDef at = field::dateTime(QStringLiteral("at"), "At");
    const QDateTime withSeconds(QDate(2026, 1, 13), QTime(9, 0, 20));
    EXPECT_EQ(valuefmt::display(at, withSeconds), QStringLiteral("2026-01-13 09:00:20"));
    EXPECT_EQ(valuefmt::parse(at, valuefmt::display(at, withSeconds)).value.toDateTime(), withSeconds);
    const QDateTime onTheMinute(QDate(2026, 1, 13), QTime(9, 1));
    EXPECT_EQ(valuefmt::display(at, onTheMinute), QStringLiteral("2026-01-13 09:01"));

    // A Chinese label with full-width brackets (a facility check's level), typed or exported as it is.
    const FieldDef* level = assets::facilityChecksKind().field(QStringLiteral("level"));
    ASSERT_NE(level, nullptr);
    const ChoiceDef* daily = level->choice(QStringLiteral("daily"));
    ASSERT_NE(daily, nullptr);
    const QString zh = i18n::translateIn(QStringLiteral("zh_CN"), kFieldsContext, daily->label);
    ASSERT_TRUE(zh.contains(u'（')) << zh.toStdString();
    EXPECT_EQ(valuefmt::parse(*level, zh).value.toString(), QStringLiteral("daily"));
    EXPECT_EQ(valuefmt::parse(*level, QStringLiteral("日检(每天一小检)")).value.toString(),
              QStringLiteral("daily"));
}
