// Generic checks every kind gets from validateRecord: text people can read, dates in a plausible range.
#include "domain/RecordKind.h"
#include "domain/ValueFormat.h"

#include <gtest/gtest.h>

using namespace houqin;

namespace {
RecordKind kind() {
    RecordKind k;
    k.key = QStringLiteral("notes");
    k.table = QStringLiteral("notes");
    k.label = "Notes";
    k.fields = {field::text(QStringLiteral("title"), "Title"),
                field::longText(QStringLiteral("body"), "Body"), field::date(QStringLiteral("day"), "Day"),
                field::dateTime(QStringLiteral("at"), "At")};
    return k;
}

const QDateTime kNow(QDate(2026, 11, 28), QTime(9, 0));

Issues check(const QString& key, const QVariant& v) {
    Record r;
    r.set(key, v);
    return validateRecord(kind(), r, RuleContext{KindergartenSettings{}, kNow, {}});
}

bool refused(const QString& key, const QVariant& v) {
    for (const Issue& i : check(key, v))
        if (i.isError() && i.field == key)
            return true;
    return false;
}

QString withChar(char16_t u) {
    return QStringLiteral("青菜") + QChar(u) + QStringLiteral("炒");
}
} // namespace

TEST(TextChecks, ControlCharactersAndOverridesAreRefused) {
    EXPECT_FALSE(refused(QStringLiteral("title"), QStringLiteral("青菜（清炒）")));
    for (char16_t u : {u'\0', u'\a', u'\x1b', u'\x7f', u'\x202e', u'\x2066'})
        EXPECT_TRUE(refused(QStringLiteral("title"), withChar(u))) << int(u);
    // Line breaks and tabs belong in long text only.
    EXPECT_TRUE(refused(QStringLiteral("title"), withChar(u'\n')));
    EXPECT_FALSE(refused(QStringLiteral("body"), withChar(u'\n')));
    EXPECT_FALSE(refused(QStringLiteral("body"), withChar(u'\t')));
    EXPECT_TRUE(refused(QStringLiteral("body"), withChar(u'\a')));
    // The message names the character rather than printing it.
    const Issues issues = check(QStringLiteral("title"), withChar(u'\a'));
    ASSERT_FALSE(issues.isEmpty());
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("U+0007")));
    EXPECT_FALSE(issues.first().message.contains(QChar(u'\a')));
}

TEST(TextChecks, InvisibleOnlyTextIsRefusedVisibleTextWithAJoinerIsNot) {
    EXPECT_TRUE(refused(QStringLiteral("title"), QString(QChar(0x200B))));
    EXPECT_TRUE(refused(QStringLiteral("title"), QString(QChar(0x200B)) + QChar(0xFEFF) + QChar(0x2060)));
    EXPECT_FALSE(refused(QStringLiteral("title"), withChar(0x200D)));
}

TEST(DateChecks, DatesOutsideThePlausibleRangeAreRefused) {
    EXPECT_TRUE(refused(QStringLiteral("day"), QDate(1900, 1, 1)));
    EXPECT_TRUE(refused(QStringLiteral("day"), QDate(1949, 12, 31)));
    EXPECT_FALSE(refused(QStringLiteral("day"), QDate(1950, 1, 1)));
    EXPECT_FALSE(refused(QStringLiteral("day"), QDate(2036, 11, 28))); // ten years ahead
    EXPECT_TRUE(refused(QStringLiteral("day"), QDate(2036, 11, 29)));
    EXPECT_TRUE(refused(QStringLiteral("day"), QDate(9999, 12, 31)));
    EXPECT_TRUE(refused(QStringLiteral("at"), QDateTime(QDate(9999, 12, 31), QTime(0, 0))));
    EXPECT_FALSE(refused(QStringLiteral("at"), kNow));
}

TEST(DateChecks, TheRangeIsASetting) {
    KindergartenSettings s;
    s.earliestYear = 2010;
    s.latestYearsAhead = 1;
    Record r;
    r.set(QStringLiteral("day"), QDate(2009, 12, 31));
    EXPECT_TRUE(hasErrors(validateRecord(kind(), r, RuleContext{s, kNow, {}})));
    r.set(QStringLiteral("day"), QDate(2010, 1, 1));
    EXPECT_FALSE(hasErrors(validateRecord(kind(), r, RuleContext{s, kNow, {}})));
    r.set(QStringLiteral("day"), QDate(2027, 11, 29));
    EXPECT_TRUE(hasErrors(validateRecord(kind(), r, RuleContext{s, kNow, {}})));
    s.name = QStringLiteral("阳光幼儿园");
    EXPECT_FALSE(hasErrors(s.validate()));
    s.latestYearsAhead = 0;
    EXPECT_TRUE(hasErrors(s.validate()));
    s.latestYearsAhead = 10;
    s.earliestYear = 1899;
    EXPECT_TRUE(hasErrors(s.validate()));
}

TEST(ValueFormatExcerpt, LongCellsAreCutAndControlCharactersNamed) {
    const QString huge(1000000, QLatin1Char('x'));
    const QString cut = valuefmt::excerpt(huge);
    EXPECT_EQ(cut.size(), 41);
    EXPECT_TRUE(cut.endsWith(QChar(0x2026)));
    EXPECT_EQ(valuefmt::excerpt(QStringLiteral("a\x1b[31mb")), QStringLiteral("a<U+001B>[31mb"));
    // A date cell of a megabyte is refused with a short quote of it.
    const valuefmt::Parsed p = valuefmt::parse(field::date(QStringLiteral("day"), "Day"), huge);
    EXPECT_FALSE(p.ok());
    EXPECT_LT(p.error.size(), 200);
}
