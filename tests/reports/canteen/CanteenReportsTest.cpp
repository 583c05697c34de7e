// The canteen module's notices and monthly registers: contents from the database, and the printed PDFs'
// text read back.
#include "../PdfText.h"
#include "TestSupport.h"
#include "domain/canteen/CanteenAccounts.h"
#include "domain/canteen/MealAccompaniments.h"
#include "domain/canteen/MorningChecks.h"
#include "domain/canteen/PesticideTests.h"
#include "reports/Printer.h"
#include "reports/ReportRegistry.h"
#include "reports/canteen/CanteenNotices.h"
#include "reports/canteen/CanteenRegisters.h"
#include "storage/RecordRepository.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::reports;

namespace {

const QDate kDay(2026, 9, 8);

Record pesticide(QDate date, const QString& sample, double rate, const QString& handling = {}) {
    Record r;
    r.set(QStringLiteral("date"), date);
    r.set(QStringLiteral("sample"), sample);
    r.set(QStringLiteral("supplier"), QStringLiteral("绿源净菜"));
    r.set(QStringLiteral("inhibition_pct"), rate);
    r.set(QStringLiteral("tester"), QStringLiteral("王老师"));
    if (!handling.isEmpty())
        r.set(QStringLiteral("handling"), handling);
    return r;
}

Record account(QDate month, qint64 income, qint64 staple, QDate published = {}) {
    Record r;
    r.set(QStringLiteral("month"), month);
    r.set(QStringLiteral("income"), QVariant::fromValue(income));
    for (const QString& key : houqin::canteen::expenseFields())
        r.set(key, QVariant::fromValue<qint64>(0));
    r.set(QStringLiteral("staple_food"), QVariant::fromValue(staple));
    if (published.isValid())
        r.set(QStringLiteral("published_on"), published);
    return r;
}

QStringList column(const TableDocument& doc, int i) {
    QStringList out;
    for (const QStringList& row : doc.rows)
        out << row.value(i);
    return out;
}

class CanteenReportsTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(kDay, QTime(16, 0))};
    QTemporaryDir dir;

    void add(const RecordKind& kind, const QList<Record>& rs) {
        auto ids = RecordRepository(t.db(), kind).insertAll(rs, test::tester());
        ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    }
    Result<TableDocument> build(const QString& key, Period::Kind kind, const QString& text) {
        const ReportDef* r = findReport(key);
        EXPECT_NE(r, nullptr) << key.toStdString();
        auto period = Period::parse(kind, text);
        EXPECT_TRUE(period.ok());
        return r->build(t.db(), *period);
    }
    QString printed(const TableDocument& doc, const QString& name) {
        const QString path = dir.filePath(name);
        auto pages = writePdf(doc, path);
        EXPECT_TRUE(pages.ok()) << pages.error().message.toStdString();
        test::keepPdf(path);
        return test::pdfText(path);
    }
};

} // namespace

TEST(CanteenReportRegistry, ListsTheCanteenReportsWithTheirPeriods) {
    const QList<QPair<QString, Period::Kind>> expected{
        {QStringLiteral("pesticide-notice"), Period::Kind::Day},
        {QStringLiteral("pesticide-monthly"), Period::Kind::Month},
        {QStringLiteral("canteen-accounts-notice"), Period::Kind::Month},
        {QStringLiteral("morning-checks-monthly"), Period::Kind::Month},
        {QStringLiteral("meal-accompaniment-monthly"), Period::Kind::Month}};
    for (const auto& [key, period] : expected) {
        const ReportDef* r = findReport(key);
        ASSERT_NE(r, nullptr) << key.toStdString();
        EXPECT_EQ(r->period, period) << key.toStdString();
        EXPECT_FALSE(r->displayLabel().isEmpty());
    }
}

TEST_F(CanteenReportsTest, PesticideNoticeShowsTheDaysSamplesLargeWithTesterAndSignature) {
    add(houqin::canteen::pesticideTestsKind(),
        {pesticide(kDay, QStringLiteral("青菜"), 12.5),
         pesticide(kDay, QStringLiteral("韭菜"), 50.0, QStringLiteral("withheld")),
         pesticide(kDay.addDays(-1), QStringLiteral("菠菜"), 20.0)});
    auto doc = build(QStringLiteral("pesticide-notice"), Period::Kind::Day, QStringLiteral("2026-09-08"));
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    EXPECT_EQ(column(*doc, 0), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    EXPECT_EQ(column(*doc, 1), (QStringList{QStringLiteral("青菜"), QStringLiteral("韭菜")}));
    EXPECT_EQ(column(*doc, 3),
              (QStringList{QStringLiteral("12.50"), QStringLiteral("50.00")})); // as the instrument prints
    EXPECT_EQ(column(*doc, 4), (QStringList{QStringLiteral("Pass"), QStringLiteral("Fail")}));
    EXPECT_TRUE(doc->subtitleLines.contains(QStringLiteral("测试幼儿园")));
    EXPECT_TRUE(doc->footnote.contains(QStringLiteral("Tester: 王老师")));
    EXPECT_EQ(doc->signatureLines, QStringList{QStringLiteral("Tester (signature):")});
    EXPECT_GT(doc->fontScale, 1.5);

    const QString text = printed(*doc, QStringLiteral("notice.pdf"));
    for (const QString& s :
         {QStringLiteral("测试幼儿园"), QStringLiteral("青菜"), QStringLiteral("韭菜"),
          QStringLiteral("Fail"), QStringLiteral("王老师"), QStringLiteral("Tester (signature): __")})
        EXPECT_TRUE(text.contains(s)) << s.toStdString() << "\n" << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("菠菜")));
}

// Parents read the board: a positive prints what was done beside its verdict (and a retest's result); a
// negative prints nothing there, and a positive not yet handled says it is being handled.
TEST_F(CanteenReportsTest, PesticideNoticePrintsTheHandlingOfAPositive) {
    Record retested = pesticide(kDay, QStringLiteral("韭菜"), 55.0, QStringLiteral("retested"));
    retested.set(QStringLiteral("retest_pct"), 21.0);
    add(houqin::canteen::pesticideTestsKind(),
        {pesticide(kDay, QStringLiteral("青菜"), 49.99),
         pesticide(kDay, QStringLiteral("菠菜"), 50.0, QStringLiteral("returned")), retested,
         pesticide(kDay, QStringLiteral("芹菜"), 60.0)});
    auto doc = build(QStringLiteral("pesticide-notice"), Period::Kind::Day, QStringLiteral("2026-09-08"));
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    EXPECT_EQ(column(*doc, 4), (QStringList{QStringLiteral("Pass"), QStringLiteral("Fail"),
                                            QStringLiteral("Fail"), QStringLiteral("Fail")}));
    const QStringList handling = column(*doc, 5);
    ASSERT_EQ(handling.size(), 4);
    EXPECT_TRUE(handling[0].isEmpty());
    EXPECT_EQ(handling[1], QStringLiteral("Returned to the supplier"));
    EXPECT_EQ(handling[2], QStringLiteral("Retested; retest 21.00% (pass)"));
    EXPECT_EQ(handling[3], QStringLiteral("Being handled"));
    const QString text = printed(*doc, QStringLiteral("handled.pdf")).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Returned to"))) << text.toStdString();
}

TEST_F(CanteenReportsTest, PesticideNoticeForADayWithoutTestsSaysSo) {
    auto doc = build(QStringLiteral("pesticide-notice"), Period::Kind::Day, QStringLiteral("2026-09-06"));
    ASSERT_TRUE(doc.ok());
    EXPECT_TRUE(doc->rows.isEmpty());
    EXPECT_TRUE(doc->footnote.contains(QStringLiteral("No tests")));
}

TEST_F(CanteenReportsTest, PesticideMonthlyCountsPositivesAndUnhandled) {
    add(houqin::canteen::pesticideTestsKind(),
        {pesticide(QDate(2026, 9, 1), QStringLiteral("青菜"), 10),
         pesticide(QDate(2026, 9, 2), QStringLiteral("韭菜"), 55),
         pesticide(QDate(2026, 9, 3), QStringLiteral("菠菜"), 70, QStringLiteral("returned")),
         pesticide(QDate(2026, 9, 30), QStringLiteral("生菜"), 5),
         pesticide(QDate(2026, 10, 1), QStringLiteral("芹菜"), 5)});
    auto doc = build(QStringLiteral("pesticide-monthly"), Period::Kind::Month, QStringLiteral("2026-09"));
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    EXPECT_EQ(column(*doc, 1), (QStringList{QStringLiteral("青菜"), QStringLiteral("韭菜"),
                                            QStringLiteral("菠菜"), QStringLiteral("生菜")}));
    EXPECT_TRUE(doc->footnote.contains(QStringLiteral("Tests: 4; positive: 2 (50.0%)")));
    EXPECT_TRUE(doc->footnote.contains(QStringLiteral("Not yet handled: 1.")));
    EXPECT_EQ(doc->orientation, QPageLayout::Landscape);
    const QString text = printed(*doc, QStringLiteral("pesticide-monthly.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Returned to"))); // the column wraps the rest
    EXPECT_FALSE(text.contains(QStringLiteral("芹菜")));
}

TEST_F(CanteenReportsTest, MonthlyRegistersNeedAMonth) {
    for (const ReportDef* r : {findReport(QStringLiteral("pesticide-monthly")),
                               findReport(QStringLiteral("morning-checks-monthly")),
                               findReport(QStringLiteral("meal-accompaniment-monthly")),
                               findReport(QStringLiteral("canteen-accounts-notice")),
                               findReport(QStringLiteral("pesticide-notice"))}) {
        ASSERT_NE(r, nullptr);
        auto doc = r->build(t.db(), Period{});
        ASSERT_FALSE(doc.ok()) << r->key.toStdString();
        EXPECT_EQ(doc.error().code, Error::Code::Usage);
    }
}

TEST_F(CanteenReportsTest, MorningChecksMonthlyListsVerdicts) {
    const RecordKind& kind = houqin::canteen::morningChecksKind();
    QList<Record> checks;
    for (const auto& [person, temp] :
         {std::pair{QStringLiteral("李师傅"), 36.6}, std::pair{QStringLiteral("赵阿姨"), 37.4}}) {
        Record r = newRecord(kind, nullptr, t->ruleContext());
        r.set(QStringLiteral("person"), person);
        r.set(QStringLiteral("checked_by"), QStringLiteral("王老师"));
        r.set(QStringLiteral("temperature_c"), temp);
        checks << r;
    }
    checks[1].set(QStringLiteral("action"), QStringLiteral("回家休息"));
    add(kind, checks);
    auto doc =
        build(QStringLiteral("morning-checks-monthly"), Period::Kind::Month, QStringLiteral("2026-09"));
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    ASSERT_EQ(doc->rows.size(), 2);
    EXPECT_EQ(column(*doc, 9),
              (QStringList{QStringLiteral("Fit for duty"), QStringLiteral("Not fit for duty")}));
    EXPECT_TRUE(
        doc->footnote.contains(QStringLiteral("Checks: 2; not fit for duty: 1. Fever from 37.3 °C.")));
    const QString text = printed(*doc, QStringLiteral("morning-checks.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("赵阿姨")));
    EXPECT_TRUE(text.contains(QStringLiteral("回家休息")));
}

TEST_F(CanteenReportsTest, MealAccompanimentMonthlyAveragesTheRatings) {
    const RecordKind& kind = houqin::canteen::mealAccompanimentsKind();
    QList<Record> meals;
    for (const auto& [person, rating] :
         {std::pair{QStringLiteral("张园长"), qint64(5)}, std::pair{QStringLiteral("刘组长"), qint64(3)}}) {
        Record r = newRecord(kind, nullptr, t->ruleContext());
        r.set(QStringLiteral("person"), person);
        r.set(QStringLiteral("role"), QStringLiteral("grade-leader"));
        for (const QString& key : houqin::canteen::ratingFields())
            r.set(key, QVariant::fromValue(rating));
        meals << r;
    }
    meals[1].set(QStringLiteral("problems"), QStringLiteral("汤偏凉"));
    meals[1].set(QStringLiteral("follow_up"), QStringLiteral("已调整出锅时间"));
    add(kind, meals);
    auto doc =
        build(QStringLiteral("meal-accompaniment-monthly"), Period::Kind::Month, QStringLiteral("2026-09"));
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    EXPECT_EQ(doc->rows.size(), 2);
    EXPECT_TRUE(doc->footnote.contains(
        QStringLiteral("Meals accompanied: 2; average rating 4.0 of 5; with problems: 1.")));
    const QString text = printed(*doc, QStringLiteral("accompaniment.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("汤偏凉")));
}

TEST_F(CanteenReportsTest, AccountsNoticeShowsTheMonthAndTheSemesterToDate) {
    add(houqin::canteen::canteenAccountsKind(),
        {account(QDate(2026, 9, 1), 100000, 97000, QDate(2026, 10, 3)),
         account(QDate(2026, 10, 1), 100000, 101000)});
    auto doc =
        build(QStringLiteral("canteen-accounts-notice"), Period::Kind::Month, QStringLiteral("2026-10"));
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    EXPECT_EQ(doc->rows.first(), (QStringList{QStringLiteral("Income"), QStringLiteral("1000.00")}));
    EXPECT_EQ(doc->rows.last(), (QStringList{QStringLiteral("Balance of income"), QStringLiteral("-1.00%")}));
    EXPECT_TRUE(doc->footnote.contains(QStringLiteral("2026-09 to 2026-10, 2 months")));
    EXPECT_TRUE(doc->footnote.contains(QStringLiteral("balance 20.00 yuan (1.00%)")));
    EXPECT_TRUE(doc->footnote.contains(QStringLiteral("Within the ±2% limit.")));

    auto september =
        build(QStringLiteral("canteen-accounts-notice"), Period::Kind::Month, QStringLiteral("2026-09"));
    ASSERT_TRUE(september.ok());
    EXPECT_TRUE(september->footnote.contains(QStringLiteral("Outside the ±2% limit")));
    EXPECT_TRUE(september->subtitleLines.last().startsWith(QStringLiteral("Published on")));
    const QString text = printed(*september, QStringLiteral("accounts.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("970.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("3.00%")));
}

TEST_F(CanteenReportsTest, AccountsNoticeForAMonthWithoutAnAccountIsRefused) {
    auto doc =
        build(QStringLiteral("canteen-accounts-notice"), Period::Kind::Month, QStringLiteral("2026-11"));
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error().code, Error::Code::NotFound);
    EXPECT_TRUE(doc.error().message.contains(QStringLiteral("2026-11")));
}

TEST_F(CanteenReportsTest, FontScaleMakesTheTextLarger) {
    TableDocument doc;
    doc.title = QStringLiteral("公示");
    doc.columns = {{QStringLiteral("样品"), 1, Qt::AlignLeft}};
    for (int i = 0; i < 40; ++i)
        doc.rows << QStringList{QStringLiteral("青菜%1").arg(i)};
    const QString small = dir.filePath(QStringLiteral("small.pdf")),
                  large = dir.filePath(QStringLiteral("large.pdf"));
    auto one = writePdf(doc, small);
    doc.fontScale = 2.0;
    auto two = writePdf(doc, large);
    ASSERT_TRUE(one.ok());
    ASSERT_TRUE(two.ok());
    EXPECT_EQ(*one, 1);
    EXPECT_GE(*two, 2); // the same forty rows no longer fit on one page
}
