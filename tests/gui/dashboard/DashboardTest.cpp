#include "../plan/PlanGuiTestSupport.h"
#include "domain/KindRegistry.h"
#include "domain/plan/Recurring.h"
#include "gui/MainWindow.h"
#include "gui/RecordListPage.h"
#include "gui/RecordTableModel.h"
#include "gui/dashboard/DashboardPage.h"
#include "storage/AttentionService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTreeWidget>

using namespace houqin;
using gui::dashboard::DashboardPage;

namespace tf = plan::taskfield;

class DashboardTest : public ::testing::Test {
protected:
    test::TempDb t; // Monday 7 September 2026: week 2 of kAutumn
    plan::Semester autumn;

    void SetUp() override {
        autumn = test::createAutumn(t);
        // One food sample stored four days ago and never disposed of: overdue (critical).
        RecordRepository samples(t.db(), *findKind(QStringLiteral("food-samples")));
        test::insertOrFail(samples, test::foodSample(QStringLiteral("青菜"), t->now().addDays(-4)));
    }

    static QTreeWidgetItem* rowOf(QTreeWidget* list, const QString& key) {
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->data(0, DashboardPage::kItemKeyRole).toString() == key)
                return list->topLevelItem(i);
        return nullptr;
    }
};

TEST_F(DashboardTest, IsTheFirstTabAndTheWorkPlanTheSecond) {
    gui::MainWindow w(t.db());
    ASSERT_GE(w.tabs()->count(), 2);
    EXPECT_EQ(w.tabs()->tabText(0), QStringLiteral("Overview"));
    EXPECT_EQ(w.tabs()->tabText(1), QStringLiteral("Work plan"));
    EXPECT_EQ(w.tabs()->currentIndex(), 0);
    EXPECT_NE(w.tabs()->widget(0)->findChild<DashboardPage*>(), nullptr);
}

TEST_F(DashboardTest, HeaderShowsTodayTheTeachingWeekAndTheSemester) {
    DashboardPage page(t.db());
    page.refresh();
    EXPECT_TRUE(page.semesterLabel()->text().contains(test::kAutumn));
    EXPECT_TRUE(page.semesterLabel()->text().contains(QStringLiteral("Week 2")));
    EXPECT_FALSE(page.dateLabel()->text().isEmpty());
    t.setNow(QDateTime(QDate(2026, 8, 30), QTime(9, 0)));
    page.refresh();
    EXPECT_TRUE(page.semesterLabel()->text().contains(QStringLiteral("Before term")));
}

TEST_F(DashboardTest, ShowsEveryRaisedAttentionItemWithItsCountMostSevereFirst) {
    auto expected = AttentionService(t.db()).raised();
    ASSERT_TRUE(expected.ok());
    DashboardPage page(t.db());
    page.refresh();
    QTreeWidget* list = page.attentionList();
    ASSERT_EQ(list->topLevelItemCount(), expected->size());
    for (int i = 0; i < expected->size(); ++i) {
        const AttentionState& s = expected->at(i);
        QTreeWidgetItem* row = list->topLevelItem(i);
        EXPECT_EQ(row->data(0, DashboardPage::kItemKeyRole).toString(), s.item->key);
        EXPECT_EQ(row->text(0), s.label);
        if (s.item->trigger == AttentionItem::Trigger::WhenAny) {
            EXPECT_EQ(row->text(1), QString::number(s.count));
        }
    }
    // The overdue sample is critical: it comes before every warning.
    EXPECT_EQ(list->topLevelItem(0)->data(0, DashboardPage::kItemKeyRole).toString(),
              QStringLiteral("canteen.samples-overdue"));
    EXPECT_EQ(list->topLevelItem(0)->text(1), QStringLiteral("1"));
    // Weeks 0 and 1 have passed and nothing is done.
    auto overdue = plan::PlanService(t.db()).overdue();
    ASSERT_TRUE(overdue.ok());
    ASSERT_GT(overdue->size(), 0);
    QTreeWidgetItem* plan = rowOf(list, QStringLiteral("plan.tasks-overdue"));
    ASSERT_NE(plan, nullptr);
    EXPECT_EQ(plan->text(1), QString::number(overdue->size()));

    // Done, they stop being raised.
    for (const Record& r : *overdue)
        ASSERT_TRUE(
            plan::PlanService(t.db()).markDone(r.id, t->now().date(), QStringLiteral("ok"), test::tester()));
    page.refresh();
    EXPECT_EQ(rowOf(page.attentionList(), QStringLiteral("plan.tasks-overdue")), nullptr);
    EXPECT_NE(rowOf(page.attentionList(), QStringLiteral("canteen.samples-overdue")), nullptr);
}

TEST_F(DashboardTest, ClickingAnItemOpensItsListWithTheFilterSet) {
    gui::MainWindow w(t.db());
    auto* page = w.findChild<DashboardPage*>();
    ASSERT_NE(page, nullptr);
    page->refresh();
    // A search typed earlier in the plan-tasks list must not hide what the dashboard counted.
    gui::RecordListPage* tasks = w.openList(QStringLiteral("plan-tasks"));
    ASSERT_NE(tasks, nullptr);
    tasks->searchEdit()->setText(QStringLiteral("不存在的任务"));
    tasks->applyFilters();
    EXPECT_EQ(tasks->model()->totalCount(), 0);
    w.tabs()->setCurrentIndex(0);

    QTreeWidgetItem* row = rowOf(page->attentionList(), QStringLiteral("plan.tasks-overdue"));
    ASSERT_NE(row, nullptr);
    Q_EMIT page->attentionList()->itemClicked(row, 0);
    gui::RecordListPage* shown = w.currentListPage();
    ASSERT_NE(shown, nullptr);
    EXPECT_EQ(shown->kind().key, QStringLiteral("plan-tasks"));
    EXPECT_EQ(w.tabs()->currentIndex(), 1);
    EXPECT_EQ(shown->statusFilter()->currentData().toString(), QStringLiteral("overdue"));
    EXPECT_TRUE(shown->searchEdit()->text().isEmpty());
    EXPECT_EQ(QString::number(shown->model()->totalCount()), row->text(1));

    w.tabs()->setCurrentIndex(0);
    row = rowOf(page->attentionList(), QStringLiteral("canteen.samples-overdue"));
    ASSERT_NE(row, nullptr);
    Q_EMIT page->attentionList()->itemActivated(row, 0);
    ASSERT_NE(w.currentListPage(), nullptr);
    EXPECT_EQ(w.currentListPage()->kind().key, QStringLiteral("food-samples"));
    EXPECT_EQ(w.currentListPage()->statusFilter()->currentData().toString(), QStringLiteral("overdue"));
    EXPECT_EQ(w.currentListPage()->model()->totalCount(), 1);
}

TEST_F(DashboardTest, ThisWeekListsThisWeeksTasksThenTheOverdueOnes) {
    plan::PlanService service(t.db());
    auto thisWeek = service.thisWeek();
    auto overdue = service.overdue();
    ASSERT_TRUE(thisWeek.ok() && overdue.ok());
    ASSERT_GT(thisWeek->size(), 0);
    ASSERT_GT(overdue->size(), 0);
    // One of this week's is done already: it stays listed, not as overdue.
    ASSERT_TRUE(
        service.markDone(thisWeek->first().id, t->now().date(), QStringLiteral("ok"), test::tester()));

    DashboardPage page(t.db());
    page.refresh();
    QTreeWidget* list = page.taskList();
    ASSERT_EQ(list->topLevelItemCount(), thisWeek->size() + overdue->size());
    QList<qint64> shown;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        shown << list->topLevelItem(i)
                     ->data(DashboardPage::WeekColumn, DashboardPage::kTaskIdRole)
                     .toLongLong();
    EXPECT_EQ(shown, test::idsOf(*thisWeek) + test::idsOf(*overdue));
    QTreeWidgetItem* first = list->topLevelItem(0);
    EXPECT_EQ(first->text(DashboardPage::WeekColumn), QStringLiteral("Week 2"));
    EXPECT_EQ(first->text(DashboardPage::TitleColumn), thisWeek->first().value(tf::kTitle).toString());
    EXPECT_EQ(first->text(DashboardPage::StatusColumn), QStringLiteral("Done"));
    QTreeWidgetItem* late = list->topLevelItem(int(thisWeek->size()));
    EXPECT_EQ(late->text(DashboardPage::OwnerColumn), overdue->first().value(tf::kOwner).toString());
    EXPECT_TRUE(late->text(DashboardPage::StatusColumn).contains(QStringLiteral("overdue")));
    EXPECT_FALSE(
        list->topLevelItem(1)->text(DashboardPage::StatusColumn).contains(QStringLiteral("overdue")));
}

TEST_F(DashboardTest, UpcomingShowsTheMonthsSafetyThemeAndTheNextSafetyTask) {
    DashboardPage page(t.db());
    page.refresh();
    const QString theme = plan::safetyTheme(9);
    ASSERT_FALSE(theme.isEmpty());
    EXPECT_TRUE(page.upcomingLabel()->text().contains(theme));
    auto next = plan::PlanService(t.db()).upcoming(1, plan::taskcategory::kSafety);
    ASSERT_TRUE(next.ok() && !next->isEmpty());
    EXPECT_TRUE(
        page.upcomingLabel()->text().contains(next->first().value(tf::kTitle).toString().toHtmlEscaped()));
}

TEST_F(DashboardTest, ShowingATaskOpensThePlanListOnIt) {
    gui::MainWindow w(t.db());
    auto* page = w.findChild<DashboardPage*>();
    page->refresh();
    QTreeWidget* list = page->taskList();
    ASSERT_GT(list->topLevelItemCount(), 0);
    QTreeWidgetItem* last = list->topLevelItem(list->topLevelItemCount() - 1); // an overdue one
    const qint64 id = last->data(DashboardPage::WeekColumn, DashboardPage::kTaskIdRole).toLongLong();
    list->setCurrentItem(last);
    EXPECT_EQ(page->currentTaskId(), id);
    page->openCurrentTask();
    gui::RecordListPage* shown = w.currentListPage();
    ASSERT_NE(shown, nullptr);
    EXPECT_EQ(shown->kind().key, QStringLiteral("plan-tasks"));
    EXPECT_EQ(shown->statusFilter()->currentData().toString(), QStringLiteral("overdue"));
    ASSERT_TRUE(shown->currentRecord().has_value());
    EXPECT_EQ(shown->currentRecord()->id, id);
}
