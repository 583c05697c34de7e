#include "PlanGuiTestSupport.h"
#include "domain/plan/PlanTemplate.h"
#include "gui/plan/NewSemesterDialog.h"
#include "gui/plan/PlanText.h"
#include "gui/plan/RecurringDialog.h"
#include "gui/plan/TaskDialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>

using namespace houqin;
using namespace houqin::gui::plan;

namespace tf = plan::taskfield;

class PlanDialogsTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(QDate(2026, 9, 16), QTime(10, 0))}; // Wednesday of week 3
    plan::Semester autumn;
    plan::PlanService service{t.db()};

    void SetUp() override { autumn = test::createAutumn(t); }

    Record taskOfWeek(int week) {
        auto all = service.tasks(test::kAutumn);
        EXPECT_TRUE(all.ok());
        for (const Record& r : *all)
            if (r.value(tf::kWeek).toLongLong() == week)
                return r;
        ADD_FAILURE() << "no task in week " << week;
        return {};
    }
};

TEST_F(PlanDialogsTest, MarkDoneNeedsAnOutcomeAndWritesDateAndOutcome) {
    const Record task = taskOfWeek(3);
    MarkDoneDialog dialog(t.db(), task);
    EXPECT_EQ(dialog.dateEdit()->date(), QDate(2026, 9, 16));
    EXPECT_EQ(dialog.dateEdit()->maximumDate(), QDate(2026, 9, 16)); // not in the future
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_FALSE(dialog.apply());
    EXPECT_EQ(test::storedTask(t, task.id).value(tf::kStatus).toString(), plan::taskstatus::kNotStarted);

    test::commitText(dialog.outcomeEdit(), QStringLiteral("已组织学习，32人参加"));
    EXPECT_TRUE(ok->isEnabled());
    dialog.dateEdit()->setDate(QDate(2026, 9, 15));
    ASSERT_TRUE(dialog.apply());
    const Record stored = test::storedTask(t, task.id);
    EXPECT_EQ(stored.value(tf::kStatus).toString(), plan::taskstatus::kDone);
    EXPECT_EQ(stored.value(tf::kDoneOn).toDate(), QDate(2026, 9, 15));
    EXPECT_EQ(stored.value(tf::kOutcome).toString(), QStringLiteral("已组织学习，32人参加"));
}

TEST_F(PlanDialogsTest, PostponeOffersOnlyLaterWeeksAndRefusesAnEarlierOne) {
    const Record task = taskOfWeek(3);
    PostponeDialog dialog(t.db(), task, autumn);
    QComboBox* weeks = dialog.weekCombo();
    ASSERT_EQ(weeks->count(), autumn.weekCount() - 3);
    EXPECT_EQ(weeks->itemData(0).toInt(), 4);
    EXPECT_EQ(weeks->itemData(weeks->count() - 1).toInt(), autumn.weekCount());
    EXPECT_EQ(weeks->itemText(0), weekSpanText(autumn.calendar(), 4));

    EXPECT_FALSE(dialog.postponeTo(2, QString()));
    EXPECT_FALSE(dialog.postponeTo(3, QString()));
    Record stored = test::storedTask(t, task.id);
    EXPECT_EQ(stored.value(tf::kWeek).toLongLong(), 3);
    EXPECT_EQ(stored.value(tf::kStatus).toString(), plan::taskstatus::kNotStarted);

    ASSERT_TRUE(dialog.postponeTo(5, QStringLiteral("区里检查改期")));
    stored = test::storedTask(t, task.id);
    EXPECT_EQ(stored.value(tf::kWeek).toLongLong(), 5);
    EXPECT_EQ(stored.value(tf::kStatus).toString(), plan::taskstatus::kPostponed);
    EXPECT_TRUE(stored.value(tf::kOutcome).toString().contains(QStringLiteral("区里检查改期")));
    EXPECT_EQ(stored.value(tf::kDueDate).toDate(), autumn.calendar().sundayOfWeek(5));
}

TEST_F(PlanDialogsTest, PostponeInTheLastWeekOffersNothing) {
    const Record task = taskOfWeek(autumn.weekCount());
    PostponeDialog dialog(t.db(), task, autumn);
    EXPECT_EQ(dialog.weekCombo()->count(), 0);
    EXPECT_FALSE(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
}

TEST_F(PlanDialogsTest, NewSemesterCreatesTheTemplatesTasksAndBecomesCurrent) {
    auto builtin = plan::builtinTemplate();
    ASSERT_TRUE(builtin.ok());
    ASSERT_EQ(builtin->size(), 34);

    NewSemesterDialog dialog(t.db());
    // After the autumn semester (to 17 January 2027): spring, 1 March 2027.
    EXPECT_EQ(dialog.startEdit()->date(), QDate(2027, 3, 1));
    EXPECT_EQ(dialog.nameEdit()->text(), suggestedSemesterName(QDate(2027, 3, 1)));
    EXPECT_EQ(dialog.endEdit()->date(), SemesterCalendar::defaultEnd(QDate(2027, 3, 1)));
    EXPECT_TRUE(dialog.templateButton()->isChecked());
    EXPECT_TRUE(dialog.makeCurrentBox()->isChecked()); // later than the current one
    // The end follows the start until it is edited.
    dialog.startEdit()->setDate(QDate(2027, 2, 22));
    EXPECT_EQ(dialog.endEdit()->date(), SemesterCalendar::defaultEnd(QDate(2027, 2, 22)));

    dialog.nameEdit()->setText(test::kAutumn); // in use
    EXPECT_FALSE(dialog.create());
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("problemLabel"))->text().contains(test::kAutumn));
    EXPECT_EQ(plan::SemesterService(t.db()).list()->size(), 1);

    dialog.nameEdit()->setText(QStringLiteral("2026学年第二学期"));
    auto created = dialog.create();
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_EQ(created->tasks, 34);
    EXPECT_EQ(*plan::SemesterService(t.db()).taskCount(QStringLiteral("2026学年第二学期")), 34);
    auto current = plan::SemesterService(t.db()).current();
    ASSERT_TRUE(current.ok() && current->has_value());
    EXPECT_EQ((*current)->name, QStringLiteral("2026学年第二学期"));
    EXPECT_EQ(t->settings().semesterStart, QDate(2027, 2, 22));
}

TEST_F(PlanDialogsTest, NewSemesterCopiesAnEarlierPlanOrNone) {
    Record cancelled = taskOfWeek(3);
    cancelled.set(tf::kStatus, plan::taskstatus::kCancelled);
    ASSERT_TRUE(RecordRepository(t.db(), plan::planTasksKind()).update(cancelled, test::tester()));

    NewSemesterDialog copy(t.db());
    copy.copyButton()->setChecked(true);
    EXPECT_EQ(copy.copyFromCombo()->currentData().toString(), test::kAutumn);
    copy.makeCurrentBox()->setChecked(false);
    copy.nameEdit()->setText(QStringLiteral("复制的学期"));
    auto created = copy.create();
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_EQ(created->tasks, 33); // the cancelled task is no longer part of the plan
    EXPECT_EQ((*plan::SemesterService(t.db()).current())->name, test::kAutumn);

    NewSemesterDialog none(t.db());
    none.emptyButton()->setChecked(true);
    none.nameEdit()->setText(QStringLiteral("空学期"));
    created = none.create();
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(created->tasks, 0);
}

TEST_F(PlanDialogsTest, RecurringTasksAreAddedOnlyAsConfirmed) {
    auto proposed = service.proposeRecurring(test::kAutumn);
    ASSERT_TRUE(proposed.ok());
    ASSERT_GT(proposed->size(), 3);
    const qint64 before = *plan::SemesterService(t.db()).taskCount(test::kAutumn);

    RecurringDialog dialog(t.db(), test::kAutumn);
    QTreeWidget* list = dialog.proposalList();
    ASSERT_EQ(list->topLevelItemCount(), proposed->size());
    EXPECT_EQ(list->topLevelItem(0)->text(1), proposed->first().value(tf::kTitle).toString());
    EXPECT_EQ(dialog.checkedTasks().size(), proposed->size()); // all proposed, ticked
    for (int i = 2; i < list->topLevelItemCount(); ++i)
        list->topLevelItem(i)->setCheckState(1, Qt::Unchecked);
    ASSERT_EQ(dialog.checkedTasks().size(), 2);
    EXPECT_EQ(*plan::SemesterService(t.db()).taskCount(test::kAutumn), before); // nothing written yet
    auto added = dialog.addChecked();
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(*added, 2);
    EXPECT_EQ(*plan::SemesterService(t.db()).taskCount(test::kAutumn), before + 2);
    // The two added are no longer proposed.
    EXPECT_EQ(service.proposeRecurring(test::kAutumn)->size(), proposed->size() - 2);
}

TEST(PlanTextTest, SuggestsSemesterNamesAndStarts) {
    EXPECT_EQ(suggestedSemesterName(QDate(2026, 9, 1)), QStringLiteral("School year 2026, first semester"));
    EXPECT_EQ(suggestedSemesterName(QDate(2026, 8, 1)), QStringLiteral("School year 2026, first semester"));
    EXPECT_EQ(suggestedSemesterName(QDate(2027, 2, 22)), QStringLiteral("School year 2026, second semester"));
    EXPECT_EQ(suggestedSemesterName(QDate(2027, 7, 31)), QStringLiteral("School year 2026, second semester"));
    EXPECT_EQ(likelyTermStart(QDate(2026, 8, 10)), QDate(2026, 9, 1)); // the coming September
    EXPECT_EQ(likelyTermStart(QDate(2026, 7, 31)), QDate(2026, 3, 1)); // more than a month ahead: not yet
    EXPECT_EQ(likelyTermStart(QDate(2026, 10, 20)), QDate(2026, 9, 1));
    EXPECT_EQ(likelyTermStart(QDate(2027, 1, 10)), QDate(2026, 9, 1));
    EXPECT_EQ(nextTermStart(QDate(2027, 1, 17)), QDate(2027, 3, 1));
    EXPECT_EQ(nextTermStart(QDate(2027, 3, 1)), QDate(2027, 9, 1));
    EXPECT_EQ(nextTermStart(QDate(2027, 9, 30)), QDate(2028, 3, 1));
}

TEST_F(PlanDialogsTest, AnOverdueTaskIsPostponedToThisWeekOrLater) {
    const Record late = taskOfWeek(1);
    PostponeDialog dialog(t.db(), late, autumn);
    ASSERT_GT(dialog.weekCombo()->count(), 0);
    EXPECT_EQ(dialog.weekCombo()->itemData(0).toInt(), 3); // today is in week 3; week 2 is gone
}

TEST_F(PlanDialogsTest, RecurringTasksOfWeeksGoneAreOfferedUnticked) {
    t.setNow(QDateTime(QDate(2026, 11, 25), QTime(9, 0))); // week 13
    RecurringDialog dialog(t.db(), test::kAutumn);
    QTreeWidget* list = dialog.proposalList();
    ASSERT_GT(list->topLevelItemCount(), 0);
    int ticked = 0, unticked = 0;
    auto proposed = service.proposeRecurring(test::kAutumn);
    ASSERT_TRUE(proposed.ok());
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const bool gone = proposed->at(i).value(tf::kDueDate).toDate() < QDate(2026, 11, 25);
        EXPECT_EQ(list->topLevelItem(i)->checkState(1), gone ? Qt::Unchecked : Qt::Checked) << i;
        (gone ? unticked : ticked)++;
    }
    EXPECT_GT(ticked, 0);
    EXPECT_GT(unticked, 0);
}

TEST(NewSemesterMidTerm, AsksWhetherTheWeeksAlreadyOverAreTracked) {
    test::TempDb t{QDateTime(QDate(2026, 10, 14), QTime(10, 0))}; // week 7 of a term begun 1 September
    NewSemesterDialog dialog(t.db());
    dialog.startEdit()->setDate(QDate(2026, 9, 1));
    EXPECT_FALSE(dialog.trackPastBox()->isHidden());
    EXPECT_FALSE(dialog.trackPastBox()->isChecked());                        // left out unless asked for
    EXPECT_TRUE(dialog.trackPastBox()->text().contains(QStringLiteral("6"))) // weeks 1–6
        << dialog.trackPastBox()->text().toStdString();
    EXPECT_FALSE(dialog.request().trackPastWeeks);
    // No tasks: nothing to ask.
    dialog.emptyButton()->setChecked(true);
    EXPECT_TRUE(dialog.trackPastBox()->isHidden());
    dialog.templateButton()->setChecked(true);
    // A term that begins next week has nothing over yet.
    dialog.startEdit()->setDate(QDate(2026, 10, 19));
    EXPECT_TRUE(dialog.trackPastBox()->isHidden());
    EXPECT_TRUE(dialog.request().trackPastWeeks);

    dialog.startEdit()->setDate(QDate(2026, 9, 1));
    auto created = dialog.create();
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_GT(created->notTracked, 0);
    EXPECT_EQ(created->overdue, 0);
    ListQuery overdue;
    overdue.filter = QStringLiteral("overdue");
    EXPECT_EQ(RecordRepository(t.db(), plan::planTasksKind()).count(overdue).value(), 0);
}

TEST(NewSemesterMidTerm, TrackingTheWeeksAlreadyOverKeepsThemOverdue) {
    test::TempDb t{QDateTime(QDate(2026, 10, 14), QTime(10, 0))};
    NewSemesterDialog dialog(t.db());
    dialog.startEdit()->setDate(QDate(2026, 9, 1));
    dialog.trackPastBox()->setChecked(true);
    auto created = dialog.create();
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_EQ(created->notTracked, 0);
    EXPECT_GT(created->overdue, 0);
}
