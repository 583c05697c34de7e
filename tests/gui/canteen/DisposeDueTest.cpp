#include "gui/canteen/DisposeDue.h"

#include "../GuiTestHelpers.h"
#include "domain/canteen/FoodSamples.h"
#include "gui/canteen/DisposeDueDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>

using namespace houqin;

namespace {
const QDateTime kNow(QDate(2026, 9, 7), QTime(10, 0));
const QDate kMealDay(2026, 9, 5);
} // namespace

class DisposeDueTest : public ::testing::Test {
protected:
    void SetUp() override {
        // Held 48 h. At 10:00 on Sep 7, Sep 5's 09:30 lunch sample is due and its 10:30 one is not.
        dueLunch = test::insertOrFail(
            repo, test::foodSample(QStringLiteral("到期"), QDateTime(kMealDay, QTime(9, 30))));
        laterLunch = test::insertOrFail(
            repo, test::foodSample(QStringLiteral("未到期"), QDateTime(kMealDay, QTime(10, 30))));
        Record gone = test::foodSample(QStringLiteral("已处置"), QDateTime(kMealDay, QTime(8, 0)));
        gone.set(QStringLiteral("disposed_at"), QDateTime(QDate(2026, 9, 7), QTime(8, 30)));
        gone.set(QStringLiteral("disposed_by"), QStringLiteral("赵老师"));
        disposed = test::insertOrFail(repo, gone);
        breakfast = test::insertOrFail(repo, test::foodSample(QStringLiteral("早餐"),
                                                              QDateTime(kMealDay, QTime(7, 0)),
                                                              QStringLiteral("breakfast")));
    }
    QString disposedBy(qint64 id) {
        auto r = repo.get(id);
        EXPECT_TRUE(r.ok());
        return r.ok() ? r->value(QStringLiteral("disposed_by")).toString() : QString();
    }

    test::TempDb t{kNow};
    RecordRepository repo{t.db(), canteen::foodSamplesKind()};
    qint64 dueLunch = 0, laterLunch = 0, disposed = 0, breakfast = 0;
};

TEST_F(DisposeDueTest, MarksExactlyTheMealsDueSamples) {
    auto done = gui::canteen::disposeDueSamples(t.db(), kMealDay, QStringLiteral("lunch"), kNow,
                                                QStringLiteral("李老师"), test::tester());
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(*done, 1);
    EXPECT_EQ(disposedBy(dueLunch), QStringLiteral("李老师"));
    EXPECT_EQ(repo.get(dueLunch)->value(QStringLiteral("disposed_at")).toDateTime(), kNow);
    EXPECT_TRUE(disposedBy(laterLunch).isEmpty());             // not due yet
    EXPECT_EQ(disposedBy(disposed), QStringLiteral("赵老师")); // already done: untouched
    EXPECT_TRUE(disposedBy(breakfast).isEmpty());              // another meal

    // Nothing left to do for that meal now.
    auto again = gui::canteen::disposeDueSamples(t.db(), kMealDay, QStringLiteral("lunch"), kNow,
                                                 QStringLiteral("李老师"), test::tester());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, 0);
}

TEST_F(DisposeDueTest, DialogPreviewsTheCountAndMarksThemInOneAction) {
    gui::canteen::DisposeDueDialog dialog(t.db(), kMealDay, QStringLiteral("lunch"));
    EXPECT_EQ(dialog.dueCount(), 1);
    // Thirty-one minutes later the 10:30 sample is due too.
    t.setNow(kNow.addSecs(31 * 60));
    dialog.timeEdit()->setDateTime(kNow.addSecs(31 * 60));
    EXPECT_EQ(dialog.dueCount(), 2);
    dialog.disposerCombo()->setEditText(QStringLiteral("李老师"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.disposedCount(), 2);
    EXPECT_EQ(disposedBy(dueLunch), QStringLiteral("李老师"));
    EXPECT_EQ(disposedBy(laterLunch), QStringLiteral("李老师"));
    EXPECT_TRUE(disposedBy(breakfast).isEmpty());
}

TEST_F(DisposeDueTest, StartsFromTheOldestMealStillWaiting) {
    const auto meal = gui::canteen::oldestDueMeal(t.db());
    EXPECT_EQ(meal.first, kMealDay);
    EXPECT_EQ(meal.second, QStringLiteral("breakfast"));
}

// The dashboard counts every due sample; the dialog opens on exactly those, of every day and meal, oldest
// first, and disposes of them in one step.
TEST_F(DisposeDueTest, OpensOnEverythingDueAndDisposesOfItInOneStep) {
    // Today's fresh breakfast sample (the one a health teacher has just typed, selected in the list) is
    // not due and must not decide what the dialog shows.
    test::insertOrFail(
        repo, test::foodSample(QStringLiteral("今天早餐"), kNow.addSecs(-3600), QStringLiteral("breakfast")));
    gui::canteen::DisposeDueDialog dialog(t.db(), QDate(), QString());
    EXPECT_TRUE(dialog.mealCombo()->currentData().toString().isEmpty());
    EXPECT_FALSE(dialog.dateEdit()->isEnabled());
    ListQuery due;
    due.filter = QStringLiteral("due");
    EXPECT_EQ(dialog.dueCount(), int(*repo.count(due))); // what the dashboard counts
    EXPECT_EQ(dialog.dueCount(), 2);                     // Sep 5's breakfast and its 09:30 lunch sample
    dialog.disposerCombo()->setEditText(QStringLiteral("李老师"));
    dialog.accept();
    EXPECT_EQ(dialog.disposedCount(), 2);
    EXPECT_EQ(disposedBy(breakfast), QStringLiteral("李老师"));
    EXPECT_EQ(disposedBy(dueLunch), QStringLiteral("李老师"));
    EXPECT_TRUE(disposedBy(laterLunch).isEmpty());
    EXPECT_EQ(*repo.count(due), 0);
}
