#include "gui/MainWindow.h"

#include "GuiTestHelpers.h"
#include "domain/KindRegistry.h"
#include "gui/ModuleView.h"
#include "gui/RecordListPage.h"
#include "gui/RecordTableModel.h"

#include <QLabel>
#include <QTabWidget>

using namespace houqin;

TEST(MainWindowTest, ShowsExactlyTheModulesThatExist) {
    test::TempDb t;
    gui::MainWindow w(t.db());
    ASSERT_EQ(w.tabs()->count(), 6);
    EXPECT_EQ(w.tabs()->tabText(0), QStringLiteral("Overview"));
    EXPECT_EQ(w.tabs()->tabText(1), QStringLiteral("Work plan"));
    EXPECT_EQ(w.tabs()->tabText(2), QStringLiteral("Staff and training"));
    EXPECT_EQ(w.tabs()->tabText(3), QStringLiteral("Safety"));
    EXPECT_EQ(w.tabs()->tabText(4), QStringLiteral("Canteen and health"));
    EXPECT_EQ(w.tabs()->tabText(5), QStringLiteral("Assets"));
    EXPECT_EQ(w.currentListPage(), nullptr); // the dashboard is no list
    // The safety tab opens on the hazard register, which the director follows every day.
    w.tabs()->setCurrentIndex(3);
    ASSERT_NE(w.currentListPage(), nullptr);
    EXPECT_EQ(w.currentListPage()->kind().key, QStringLiteral("hazards"));
    w.tabs()->setCurrentIndex(4);
    // The canteen tab opens on the food samples, the daily work; its charts come after the lists.
    ASSERT_NE(w.currentListPage(), nullptr);
    EXPECT_EQ(w.currentListPage()->kind().key, QStringLiteral("food-samples"));
    ASSERT_NE(w.openList(QStringLiteral("food-samples")), nullptr);
    ASSERT_NE(w.currentListPage(), nullptr);
    EXPECT_EQ(w.currentListPage()->kind().key, QStringLiteral("food-samples"));
    w.tabs()->setCurrentIndex(2);
    EXPECT_EQ(w.currentListPage()->kind().key, QStringLiteral("staff"));
    // The assets tab opens on the register.
    w.tabs()->setCurrentIndex(5);
    ASSERT_NE(w.currentListPage(), nullptr);
    EXPECT_EQ(w.currentListPage()->kind().key, QStringLiteral("assets"));
}

TEST(MainWindowTest, StatusBarShowsKindergartenAndTeachingWeek) {
    // Semester from Tuesday 2026-09-01: week 1 runs Aug 31 - Sep 6, so Monday Sep 7 is week 2.
    test::TempDb t(QDateTime(QDate(2026, 9, 7), QTime(10, 0)));
    gui::MainWindow w(t.db());
    EXPECT_EQ(w.findChild<QLabel*>(QStringLiteral("kindergartenLabel"))->text(),
              QStringLiteral("测试幼儿园"));
    EXPECT_EQ(w.teachingWeekText(), QStringLiteral("Week 2"));
    t.setNow(QDateTime(QDate(2026, 9, 6), QTime(23, 59)));
    EXPECT_EQ(w.teachingWeekText(), QStringLiteral("Week 1"));
    t.setNow(QDateTime(QDate(2026, 8, 30), QTime(12, 0)));
    EXPECT_EQ(w.teachingWeekText(), QStringLiteral("Before term"));
}

TEST(MainWindowTest, ListsLoadWhenFirstShownNotAtStartUp) {
    test::TempDb t;
    Record p = newRecord(*findKind(QStringLiteral("staff")), nullptr, t->ruleContext());
    p.set(QStringLiteral("name"), QStringLiteral("李师傅"));
    p.set(QStringLiteral("post"), QStringLiteral("canteen"));
    ASSERT_TRUE(RecordRepository(t.db(), *findKind(QStringLiteral("staff"))).insert(p, test::tester()).ok());
    gui::MainWindow w(t.db());
    w.show();
    w.tabs()->setCurrentIndex(0); // the dashboard
    // A tab's pages are not even built until it is shown.
    EXPECT_TRUE(w.findChildren<gui::RecordListPage*>().isEmpty());
    w.tabs()->setCurrentIndex(2);
    gui::RecordListPage* staff = w.currentListPage();
    ASSERT_NE(staff, nullptr);
    EXPECT_EQ(staff->kind().key, QStringLiteral("staff"));
    EXPECT_EQ(staff->model()->rowCount(), 1);
    // Only the page shown was built; the others of the tab wait for their row.
    EXPECT_EQ(w.findChildren<gui::RecordListPage*>().size(), 1);
}

TEST(MainWindowTest, AListNotYetBuiltOpensFromTheOverviewAndFollowsChanges) {
    test::TempDb t;
    gui::MainWindow w(t.db());
    w.show();
    gui::RecordListPage* samples = w.openList(QStringLiteral("food-samples"));
    ASSERT_NE(samples, nullptr);
    EXPECT_EQ(w.tabs()->currentIndex(), 4);
    EXPECT_EQ(samples->model()->rowCount(), 0);
    // A record stored elsewhere (a view's recordsChanged) reloads the built page of its kind.
    RecordRepository repo(t.db(), *findKind(QStringLiteral("food-samples")));
    test::insertOrFail(repo, test::foodSample(QStringLiteral("青菜"), t->now().addDays(-1)));
    auto* overview = w.findChild<gui::ModuleView*>();
    ASSERT_NE(overview, nullptr);
    Q_EMIT overview->recordsChanged(QStringLiteral("food-samples"));
    EXPECT_EQ(samples->model()->rowCount(), 1);
}
