#include "reports/plan/PlanReports.h"

#include "../PdfText.h"
#include "TestSupport.h"
#include "domain/plan/PlanTasks.h"
#include "reports/Printer.h"
#include "storage/RecordRepository.h"
#include "storage/plan/PlanService.h"
#include "storage/plan/SemesterService.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::reports;
namespace tf = houqin::plan::taskfield;

namespace {

const QString kAutumn = QStringLiteral("2026学年第一学期");

QStringList column(const TableDocument& doc, int i) {
    QStringList out;
    for (const QStringList& row : doc.rows)
        out << row.value(i);
    return out;
}

// Wednesday 14 October 2026: week 7 of a semester starting on Tuesday 1 September.
class PlanReportsTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(QDate(2026, 10, 14), QTime(10, 0))};
    QTemporaryDir dir;

    void SetUp() override {
        houqin::plan::NewSemester n;
        n.name = kAutumn;
        n.start = QDate(2026, 9, 1);
        n.tasks = houqin::plan::NewSemester::Tasks::FromTemplate;
        ASSERT_TRUE(houqin::plan::SemesterService(t.db()).create(n, test::tester()).ok());
        houqin::plan::PlanService plan(t.db());
        const QList<Record> september = *plan.tasksOfMonth(kAutumn, 9);
        ASSERT_TRUE(plan.markDone(september[0].id, QDate(2026, 9, 2), QStringLiteral("已发放，签收单已归档"),
                                  test::tester())
                        .ok());
        ASSERT_TRUE(plan.postpone(september[10].id, 9, QStringLiteral("新园验收推迟"), test::tester()).ok());
    }
    Result<TableDocument> monthly(const QString& month) {
        auto p = Period::parse(Period::Kind::Month, month);
        EXPECT_TRUE(p.ok());
        return findReport(QStringLiteral("plan-monthly"))->build(t.db(), *p);
    }
    Result<TableDocument> semester(const Period& p = {}) {
        return findReport(QStringLiteral("plan-semester"))->build(t.db(), p);
    }
};

} // namespace

TEST(PlanReportRegistry, ListsBothPlanReports) {
    const ReportDef* m = findReport(QStringLiteral("plan-monthly"));
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->period, Period::Kind::Month);
    EXPECT_EQ(m->displayLabel(), QStringLiteral("Monthly work plan review"));
    const ReportDef* s = findReport(QStringLiteral("plan-semester"));
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->period, Period::Kind::None);
    EXPECT_EQ(s->displayLabel(), QStringLiteral("Semester work plan"));
}

TEST_F(PlanReportsTest, MonthlyGroupsTheMonthsTasksByWeek) {
    auto doc = monthly(QStringLiteral("2026-09"));
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    QStringList titles;
    for (const auto& c : doc->columns)
        titles << c.title;
    EXPECT_EQ(titles, (QStringList{QStringLiteral("Teaching week"), QStringLiteral("No."),
                                   QStringLiteral("Task"), QStringLiteral("Owner"), QStringLiteral("Status"),
                                   QStringLiteral("Done on"), QStringLiteral("Outcome")}));
    // Eleven tasks in the plan; the one postponed to week 9 is reviewed with week 9's tasks, in November.
    ASSERT_EQ(doc->rows.size(), 10);
    EXPECT_EQ(column(*doc, 0), (QStringList{QStringLiteral("Week 1\n08-31 to 09-06"),
                                            {},
                                            {},
                                            QStringLiteral("Week 2\n09-07 to 09-13"),
                                            {},
                                            {},
                                            {},
                                            QStringLiteral("Week 3\n09-14 to 09-20"),
                                            QStringLiteral("Week 4\n09-21 to 09-27"),
                                            {}}));
    EXPECT_EQ(column(*doc, 1).first(), QStringLiteral("1"));
    EXPECT_EQ(column(*doc, 1).last(), QStringLiteral("10"));
    EXPECT_EQ(doc->rows[0], (QStringList{QStringLiteral("Week 1\n08-31 to 09-06"), QStringLiteral("1"),
                                         QStringLiteral("发放教学、生活用品"), QStringLiteral("总务"),
                                         QStringLiteral("Done"), QStringLiteral("2026-09-02"),
                                         QStringLiteral("已发放，签收单已归档")}));
    EXPECT_EQ(doc->rows[1][4], QStringLiteral("Not started (overdue)"));
    EXPECT_EQ(doc->title, QStringLiteral("Monthly work plan review"));
    EXPECT_EQ(doc->subtitleLines,
              (QStringList{
                  QStringLiteral("September 2026"),
                  QStringLiteral("2026学年第一学期 (2026-09-01 to 2027-01-17, 20 weeks)    Tasks: 10, done: "
                                 "1, completion 10%, overdue: 9")}));
    EXPECT_EQ(doc->signatureLines,
              (QStringList{QStringLiteral("Reviewer (signature):"), QStringLiteral("Review date:")}));
    EXPECT_EQ(doc->orientation, QPageLayout::Portrait);
    EXPECT_TRUE(doc->footnote.isEmpty());
}

TEST_F(PlanReportsTest, APostponedTaskIsReviewedInItsNewMonth) {
    auto november = monthly(QStringLiteral("2026-11"));
    ASSERT_TRUE(november.ok());
    ASSERT_EQ(november->rows.size(), 5);
    EXPECT_EQ(november->rows[0][0], QStringLiteral("Week 9\n10-26 to 11-01"));
    EXPECT_EQ(november->rows[0][2], QStringLiteral("协助园部做好搬迁工作。")); // entered before week 9's own
    EXPECT_EQ(november->rows[0][4], QStringLiteral("Postponed"));
    EXPECT_EQ(november->rows[0][6], QStringLiteral("新园验收推迟"));
    EXPECT_EQ(november->rows[1][2], QStringLiteral("各年龄段消防安全月主题活动。"));
    EXPECT_EQ(november->rows[1][0], QString()); // same week as the row above
}

TEST_F(PlanReportsTest, BeforeTermAndMonthsWithoutAPlan) {
    auto august = monthly(QStringLiteral("2026-08"));
    ASSERT_TRUE(august.ok());
    ASSERT_EQ(august->rows.size(), 2);
    EXPECT_EQ(august->rows[0][0], QStringLiteral("Before term"));
    EXPECT_EQ(august->rows[1][0], QString());

    auto march = monthly(QStringLiteral("2027-03"));
    ASSERT_TRUE(march.ok());
    EXPECT_TRUE(march->rows.isEmpty());
    EXPECT_EQ(march->footnote, QStringLiteral("No semester's plan covers this month."));
    EXPECT_EQ(march->subtitleLines, QStringList{QStringLiteral("March 2027")});

    // A day or a week prints the month of its first day.
    auto day = findReport(QStringLiteral("plan-monthly"))->build(t.db(), Period::day(QDate(2027, 1, 5)));
    ASSERT_TRUE(day.ok());
    EXPECT_EQ(day->rows.size(), 7);
    EXPECT_EQ(day->rows.last()[2], QStringLiteral("安排寒假值班表。"));

    auto none = findReport(QStringLiteral("plan-monthly"))->build(t.db(), Period{});
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, Error::Code::Usage);
}

TEST_F(PlanReportsTest, SemesterPlanGroupedByMonth) {
    auto doc = semester();
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    ASSERT_EQ(doc->rows.size(), 34);
    EXPECT_EQ(doc->columns.size(), 7);
    EXPECT_EQ(doc->columns[0].title, QStringLiteral("Month"));
    EXPECT_EQ(doc->rows[0],
              (QStringList{QStringLiteral("August 2026"), QStringLiteral("Before term"), QStringLiteral("1"),
                           QStringLiteral("做好开学安全隐患大排查工作，及设施设备（水电）检查与维修。"),
                           QStringLiteral("Safety"), QStringLiteral("后勤主任"),
                           QStringLiteral("Not started (overdue)")}));
    QStringList monthCells;
    for (const QString& m : column(*doc, 0))
        if (!m.isEmpty())
            monthCells << m;
    EXPECT_EQ(monthCells, (QStringList{QStringLiteral("August 2026"), QStringLiteral("September 2026"),
                                       QStringLiteral("October 2026"), QStringLiteral("November 2026"),
                                       QStringLiteral("December 2026"), QStringLiteral("January 2027")}));
    // Numbers restart in each month: September has 10 tasks left, November gains the postponed one.
    EXPECT_EQ(doc->rows[11][2], QStringLiteral("10"));
    EXPECT_EQ(doc->rows[12][0], QStringLiteral("October 2026"));
    EXPECT_EQ(doc->rows[12][2], QStringLiteral("1"));
    EXPECT_EQ(doc->rows.last()[1], QString()); // four week-20 tasks share one week cell
    EXPECT_EQ(doc->rows[30][1], QStringLiteral("Week 20\n01-11 to 01-17"));
    EXPECT_EQ(doc->subtitleLines,
              (QStringList{QStringLiteral("2026学年第一学期 (2026-09-01 to 2027-01-17, 20 weeks)"),
                           QStringLiteral("Tasks: 34, done: 1, completion 3%, overdue: 14")}));
    EXPECT_EQ(doc->orientation, QPageLayout::Portrait);
}

TEST_F(PlanReportsTest, SemesterPlanOfAnotherSemesterOrNone) {
    houqin::plan::NewSemester spring;
    spring.name = QStringLiteral("2026学年第二学期");
    spring.start = QDate(2027, 2, 22);
    ASSERT_TRUE(houqin::plan::SemesterService(t.db()).create(spring, test::tester()).ok());
    auto doc = semester(Period::day(QDate(2027, 3, 1)));
    ASSERT_TRUE(doc.ok());
    EXPECT_TRUE(doc->rows.isEmpty());
    EXPECT_EQ(doc->footnote, QStringLiteral("The plan has no tasks yet."));
    EXPECT_TRUE(doc->subtitleLines.first().startsWith(spring.name));

    auto nothing = semester(Period::day(QDate(2030, 3, 1)));
    ASSERT_FALSE(nothing.ok());
    EXPECT_EQ(nothing.error().code, Error::Code::Usage);
    EXPECT_TRUE(nothing.error().message.contains(QStringLiteral("2030-03-01")));
}

TEST(PlanReportsWithoutSemesters, SemesterPlanNeedsACurrentSemester) {
    test::TempDb t;
    auto doc = findReport(QStringLiteral("plan-semester"))->build(t.db(), Period{});
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error().code, Error::Code::Usage);
}

TEST_F(PlanReportsTest, PrintedReportsCopyBack) {
    auto doc = monthly(QStringLiteral("2026-09"));
    ASSERT_TRUE(doc.ok());
    const QString path = dir.filePath(QStringLiteral("plan-monthly.pdf"));
    auto pages = writePdf(*doc, path);
    ASSERT_TRUE(pages.ok()) << pages.error().message.toStdString();
    EXPECT_EQ(*pages, 1);
    test::keepPdf(path);
    QString text = test::pdfText(path);
    for (const QString& s : {QStringLiteral("测试幼儿园"), QStringLiteral("Monthly work plan review"),
                             QStringLiteral("发放教学、生活用品"), QStringLiteral("已发放，签收单已归档"),
                             QStringLiteral("Reviewer (signature): __"), QStringLiteral("Review date: __"),
                             QStringLiteral("Week 4"), QStringLiteral("Page 1 of 1")})
        EXPECT_TRUE(text.contains(s)) << s.toStdString() << "\n" << text.toStdString();
    EXPECT_EQ(test::pdfInfo(path, QStringLiteral("Page size")), test::kA4Portrait);

    auto whole = semester();
    ASSERT_TRUE(whole.ok());
    const QString semesterPath = dir.filePath(QStringLiteral("plan-semester.pdf"));
    pages = writePdf(*whole, semesterPath);
    ASSERT_TRUE(pages.ok());
    EXPECT_GE(*pages, 2);
    test::keepPdf(semesterPath);
    text = test::pdfText(semesterPath);
    EXPECT_TRUE(text.contains(QStringLiteral("安排寒假值班表。")));
    EXPECT_TRUE(text.contains(QStringLiteral("January"))); // the month cell wraps before the year
    for (int p = 1; p <= *pages; ++p)
        EXPECT_TRUE(test::pdfText(semesterPath, p).contains(QStringLiteral("Category"))) << "page " << p;
}
