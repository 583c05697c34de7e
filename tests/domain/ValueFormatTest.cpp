#include "domain/ValueFormat.h"

#include "domain/FieldDef.h"
#include "domain/IsoTime.h"
#include "domain/KindRegistry.h"
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

// The common forms are read without the regular expressions (issue #15): each must give what the lenient
// reader gives for the same value in another spelling, and refuse what it refuses, on both sides of every
// boundary.
TEST(ValueFormatParse, CommonFormsReadFastGiveWhatTheLenientReaderGives) {
    // Dates and times: ISO as the fast path reads it, against the slash spelling the expressions read.
    EXPECT_EQ(parse(f("date"), QStringLiteral("2026-09-01")).value,
              parse(f("date"), QStringLiteral("2026/9/1")).value);
    EXPECT_EQ(parse(f("date"), QStringLiteral("2024-02-29")).value.toDate(), QDate(2024, 2, 29));
    EXPECT_FALSE(parse(f("date"), QStringLiteral("2025-02-29")).ok());
    EXPECT_TRUE(parse(f("date"), QStringLiteral("2025-02-29")).error.contains(QStringLiteral("2025-02-29")));
    EXPECT_FALSE(parse(f("date"), QStringLiteral("2026-00-10")).ok());
    for (const char* s :
         {"2026-09-01 11:30", "2026-09-01T11:30", "2026-09-01 11:30:00", "2026-09-01T11:30:00"})
        EXPECT_EQ(parse(f("stored_at"), QString::fromLatin1(s)).value,
                  parse(f("stored_at"), QStringLiteral("2026/9/1 11:30")).value)
            << s;
    EXPECT_EQ(parse(f("stored_at"), QStringLiteral("2026-09-01 23:59:59")).value.toDateTime(),
              QDateTime(QDate(2026, 9, 1), QTime(23, 59, 59)));
    EXPECT_EQ(parse(f("stored_at"), QStringLiteral("2026-09-01 00:00")).value.toDateTime(),
              QDateTime(QDate(2026, 9, 1), QTime(0, 0)));
    for (const char* s : {"2026-09-01 24:00", "2026-09-01 11:60", "2026-09-01 11:30:60", "2026-02-30 11:30",
                          "2026-09-01X11:30", "2026-09-01 11-30"}) {
        const Parsed p = parse(f("stored_at"), QString::fromLatin1(s));
        EXPECT_FALSE(p.ok()) << s;
        EXPECT_TRUE(p.error.contains(QString::fromLatin1(s))) << p.error.toStdString();
    }
    // Numbers: plain digits as the fast path reads them, against the grouped or unit spelling.
    EXPECT_EQ(parse(f("weight_g"), QStringLiteral("1130.5")).value,
              parse(f("weight_g"), QStringLiteral("1,130.5")).value);
    EXPECT_EQ(parse(f("weight_g"), QStringLiteral("130")).value,
              parse(f("weight_g"), QStringLiteral("130 g")).value);
    EXPECT_DOUBLE_EQ(parse(f("weight_g"), QStringLiteral("+125.10")).value.toDouble(), 125.1);
    EXPECT_DOUBLE_EQ(parse(f("weight_g"), QStringLiteral("125.000")).value.toDouble(), 125.0);
    EXPECT_DOUBLE_EQ(parse(f("weight_g"), QStringLiteral("007")).value.toDouble(), 7.0);
    EXPECT_DOUBLE_EQ(parse(f("fridge_temp_c"), QStringLiteral("-0")).value.toDouble(), 0.0);
    EXPECT_DOUBLE_EQ(parse(f("fridge_temp_c"), QStringLiteral(".5")).value.toDouble(), 0.5);   // expressions
    EXPECT_DOUBLE_EQ(parse(f("fridge_temp_c"), QStringLiteral("-.5")).value.toDouble(), -0.5); // expressions
    EXPECT_FALSE(parse(f("weight_g"), QStringLiteral("125.15")).ok()); // one decimal more than the field's
    EXPECT_FALSE(parse(f("weight_g"), QStringLiteral("125.150")).ok());
    for (const char* s : {"5.", "1.2.3", "+", "-", "+-5", "12 5", "1e3", "0x10", "١٢٥"}) {
        const Parsed p = parse(f("weight_g"), QString::fromUtf8(s));
        EXPECT_FALSE(p.ok()) << s;
    }
    const FieldDef count = field::integer(QStringLiteral("count"), "Count");
    EXPECT_EQ(parse(count, QStringLiteral("42")).value.toLongLong(), 42);
    EXPECT_EQ(parse(count, QStringLiteral("42.0")).value.toLongLong(), 42);
    EXPECT_FALSE(parse(count, QStringLiteral("42.5")).ok());
    const FieldDef money = field::money(QStringLiteral("amount"), "Amount");
    EXPECT_EQ(parse(money, QStringLiteral("12.34")).value.toLongLong(), 1234);
    EXPECT_FALSE(parse(money, QStringLiteral("12.345")).ok());
}

TEST(ValueFormatIso, TimesAreWrittenAsQtWritesThem) {
    // Written directly for years 1000-9999 in local time; Qt's own formatting for the rest.
    for (const QDateTime& t :
         {QDateTime(QDate(2026, 11, 29), QTime(16, 0)), QDateTime(QDate(1000, 1, 1), QTime(0, 0, 1)),
          QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999)), QDateTime(QDate(999, 12, 31), QTime(9, 5)),
          QDateTime(QDate(10000, 1, 1), QTime(1, 2)), QDateTime(QDate(2026, 9, 1), QTime(11, 30), Qt::UTC),
          QDateTime(QDate(2026, 9, 1), QTime(11, 30), Qt::OffsetFromUTC, 8 * 3600), QDateTime()}) {
        EXPECT_EQ(isoText(t), t.toString(Qt::ISODate)) << t.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(canonical(f("stored_at"), t),
                  t.isValid() ? t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : QString());
        EXPECT_EQ(canonical(f("date"), t.date()), t.isValid() ? t.date().toString(Qt::ISODate) : QString());
    }
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

// parse() tries the keys as written before the full comparison (labels in English, in the UI's language and
// in Chinese, width-folded, and aliases), which goes choice by choice. That finds the same choice only while
// no choice's label or alias spells another choice's key: checked for every choice field of every kind.
TEST(ValueFormatParse, NoChoiceSpellsAnotherChoicesKey) {
    int fields = 0;
    QList<const RecordKind*> kinds = allKinds();
    for (const RecordKind* k : allKinds())
        if (k->lines)
            kinds << k->lines.get();
    for (const RecordKind* k : kinds) {
        for (const FieldDef& field : k->fields) {
            if (field.type != FieldType::Choice)
                continue;
            ++fields;
            for (const ChoiceDef& c : field.choices) {
                QStringList spellings{
                    c.key, QString::fromUtf8(c.label), normalise(trLabel(c.label)),
                    normalise(i18n::translateIn(QStringLiteral("zh_CN"), kFieldsContext, c.label))};
                spellings << c.aliases;
                for (const ChoiceDef& other : field.choices) {
                    if (&other == &c)
                        continue;
                    for (const QString& spelling : spellings)
                        EXPECT_NE(spelling.compare(other.key, Qt::CaseInsensitive), 0)
                            << qPrintable(k->key) << "." << qPrintable(field.key) << ": " << qPrintable(c.key)
                            << " is also spelled " << qPrintable(other.key);
                    // And the fast path gives the key itself.
                    EXPECT_EQ(parse(field, other.key).value.toString(), other.key);
                }
            }
        }
    }
    EXPECT_GT(fields, 20); // every module declares choice fields
}
