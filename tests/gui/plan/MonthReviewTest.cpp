#include "PlanGuiTestSupport.h"
#include "gui/plan/MonthReviewPage.h"
#include "gui/plan/ProgressChart.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QTreeWidget>

using namespace houqin;
using gui::plan::MonthReviewPage;

namespace tf = plan::taskfield;

class MonthReviewTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(QDate(2026, 9, 16), QTime(10, 0))}; // Wednesday of week 3
    plan::Semester autumn;
    plan::PlanService service{t.db()};

    void SetUp() override { autumn = test::createAutumn(t); }
};

TEST_F(MonthReviewTest, OpensOnTodaysSemesterAndMonth) {
    MonthReviewPage page(t.db());
    page.refresh();
    EXPECT_EQ(page.currentSemester().name, test::kAutumn);
    EXPECT_EQ(page.currentMonth(), QDate(2026, 9, 1));
    EXPECT_EQ(page.monthCombo()->count(), autumn.months().size());
    // The choice survives a refresh (the view refreshes whenever it is shown).
    ASSERT_TRUE(page.selectMonth(11));
    page.refresh();
    EXPECT_EQ(page.currentMonth(), QDate(2026, 11, 1));
}

TEST_F(MonthReviewTest, GroupsTheMonthsTasksByWeekAndMatchesTheProgress) {
    auto september = service.tasksOfMonth(test::kAutumn, 9);
    ASSERT_TRUE(september.ok());
    ASSERT_GE(september->size(), 3);
    // Two done, one cancelled (not expected any more).
    ASSERT_TRUE(
        service.markDone(september->at(0).id, QDate(2026, 9, 2), QStringLiteral("已完成"), test::tester()));
    ASSERT_TRUE(
        service.markDone(september->at(1).id, QDate(2026, 9, 9), QStringLiteral("已完成"), test::tester()));
    Record cancelled = test::storedTask(t, september->at(2).id);
    cancelled.set(tf::kStatus, plan::taskstatus::kCancelled);
    ASSERT_TRUE(RecordRepository(t.db(), plan::planTasksKind()).update(cancelled, test::tester()));

    MonthReviewPage page(t.db());
    QAbstractItemModelTester tester(page.taskTree()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    page.refresh();
    ASSERT_TRUE(page.selectMonth(9));

    // One heading per week, in order, holding that week's tasks in plan order.
    QStringList expectedWeeks;
    QList<qint64> expectedIds;
    for (const Record& r : *september) {
        const QString label = SemesterCalendar::weekLabel(int(r.value(tf::kWeek).toLongLong()));
        if (expectedWeeks.isEmpty() || expectedWeeks.last() != label)
            expectedWeeks << label;
        expectedIds << r.id;
    }
    QTreeWidget* tree = page.taskTree();
    QStringList weeks;
    QList<qint64> ids;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* week = tree->topLevelItem(i);
        EXPECT_EQ(week->data(0, MonthReviewPage::kTaskIdRole).toLongLong(), 0);
        weeks << week->text(0).section(QLatin1Char(' '), 0, 1); // "Week 3 (9/14 – 9/20)" -> "Week 3"
        EXPECT_GT(week->childCount(), 0);
        for (int j = 0; j < week->childCount(); ++j) {
            QTreeWidgetItem* task = week->child(j);
            ids << task->data(0, MonthReviewPage::kTaskIdRole).toLongLong();
            const Record r = test::storedTask(t, ids.last());
            EXPECT_EQ(SemesterCalendar::weekLabel(int(r.value(tf::kWeek).toLongLong())), weeks.last());
            EXPECT_EQ(task->text(MonthReviewPage::TitleColumn), r.value(tf::kTitle).toString());
            EXPECT_EQ(task->text(MonthReviewPage::OwnerColumn), r.value(tf::kOwner).toString());
        }
    }
    for (QString& w : expectedWeeks)
        w = w.section(QLatin1Char(' '), 0, 1);
    EXPECT_EQ(weeks, expectedWeeks);
    EXPECT_EQ(ids, expectedIds);

    auto progress = service.progress(test::kAutumn);
    ASSERT_TRUE(progress.ok());
    plan::MonthProgress sept;
    QList<double> rates;
    for (const plan::MonthProgress& m : *progress) {
        rates << (m.total - m.cancelled > 0 ? qRound(m.completionRate() * 100.0) : 0);
        if (m.month == QDate(2026, 9, 1))
            sept = m;
    }
    ASSERT_EQ(sept.done, 2);
    ASSERT_EQ(sept.cancelled, 1);
    const int rate = qRound(sept.completionRate() * 100.0);
    EXPECT_TRUE(page.completionLabel()->text().contains(QStringLiteral("%1% done").arg(rate)))
        << page.completionLabel()->text().toStdString();
    EXPECT_TRUE(page.completionLabel()->text().contains(
        QStringLiteral("(2 of %1 tasks)").arg(sept.total - sept.cancelled)));
    EXPECT_EQ(page.chart()->values(), rates);
    EXPECT_EQ(page.chart()->categories().size(), progress->size());
}

TEST_F(MonthReviewTest, HighlightsOverdueTasks) {
    MonthReviewPage page(t.db());
    page.refresh();
    ASSERT_TRUE(page.selectMonth(9));
    int overdue = 0, open = 0;
    QTreeWidget* tree = page.taskTree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
            QTreeWidgetItem* item = tree->topLevelItem(i)->child(j);
            const Record r = test::storedTask(t, item->data(0, MonthReviewPage::kTaskIdRole).toLongLong());
            const bool late = plan::isOverdue(r, t->now().date());
            EXPECT_EQ(item->text(MonthReviewPage::StatusColumn).contains(QStringLiteral("overdue")), late);
            EXPECT_EQ(item->background(0).color() == QColor(0xfd, 0xe2, 0xe1), late);
            (late ? overdue : open)++;
        }
    EXPECT_GT(overdue, 0); // weeks before term, 1 and 2
    EXPECT_GT(open, 0);    // weeks 3 and later
}

TEST_F(MonthReviewTest, SaysWhenThereIsNoSemester) {
    test::TempDb empty;
    MonthReviewPage page(empty.db());
    page.refresh();
    EXPECT_FALSE(page.currentSemester().isValid());
    EXPECT_EQ(page.taskTree()->topLevelItemCount(), 0);
    EXPECT_FALSE(page.findChild<QLabel*>(QStringLiteral("emptyLabel"))->text().isEmpty());
}
