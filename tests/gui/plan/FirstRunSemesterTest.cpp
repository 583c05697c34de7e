#include "../GuiTestHelpers.h"
#include "PlanGuiTestSupport.h"
#include "gui/FirstRunWizard.h"
#include "gui/SettingsDialog.h"
#include "storage/SettingsStore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>

using namespace houqin;

namespace {
std::unique_ptr<Database> freshDatabase(const QTemporaryDir& dir) {
    auto db = Database::open(dir.filePath(QStringLiteral("fresh.sqlite")));
    EXPECT_TRUE(db.ok());
    return db.ok() ? std::move(*db) : nullptr;
}
} // namespace

TEST(FirstRunSemesterTest, CreatesTheFirstSemesterFromTheTemplate) {
    QTemporaryDir dir;
    auto db = freshDatabase(dir);
    ASSERT_TRUE(db);
    gui::FirstRunWizard wizard(*db);
    wizard.nameEdit()->setText(QStringLiteral("阳光幼儿园"));
    wizard.semesterStartEdit()->setDate(QDate(2026, 9, 1));
    // The name follows the start date until the user types one.
    EXPECT_EQ(wizard.semesterNameEdit()->text(), QStringLiteral("School year 2026, first semester"));
    wizard.semesterNameEdit()->setText(QStringLiteral("2026学年第一学期"));
    test::fillDirectorAccount(&wizard);
    ASSERT_TRUE(wizard.saveSettings());

    plan::SemesterService semesters(*db);
    auto current = semesters.current();
    ASSERT_TRUE(current.ok() && current->has_value());
    EXPECT_EQ((*current)->name, QStringLiteral("2026学年第一学期"));
    EXPECT_EQ((*current)->start, QDate(2026, 9, 1));
    EXPECT_EQ((*current)->end, SemesterCalendar::defaultEnd(QDate(2026, 9, 1)));
    EXPECT_EQ(*semesters.taskCount(QStringLiteral("2026学年第一学期")), 34);
    EXPECT_EQ(db->settings().semesterStart, QDate(2026, 9, 1));
    EXPECT_TRUE(db->settings().isConfigured());
}

TEST(FirstRunSemesterTest, SavesNothingWhenTheSemesterCannotBeCreated) {
    QTemporaryDir dir;
    auto db = freshDatabase(dir);
    ASSERT_TRUE(db);
    gui::FirstRunWizard wizard(*db);
    wizard.nameEdit()->setText(QStringLiteral("阳光幼儿园"));
    wizard.semesterNameEdit()->setText(QStringLiteral("   "));
    EXPECT_FALSE(wizard.saveSettings());
    EXPECT_FALSE(db->settings().isConfigured());
    // Fifty characters at most: the semester is refused by its kind's rules, and the settings with it.
    wizard.semesterNameEdit()->setMaxLength(200);
    wizard.semesterNameEdit()->setText(QString(60, QLatin1Char('x')));
    EXPECT_FALSE(wizard.saveSettings());
    EXPECT_FALSE(db->settings().isConfigured());
    auto reloaded = SettingsStore::load(*db);
    ASSERT_TRUE(reloaded.ok());
    EXPECT_FALSE(reloaded->isConfigured());
    EXPECT_TRUE(plan::SemesterService(*db).list()->isEmpty());
}

TEST(FirstRunSemesterTest, KeepsASemesterMadeBeforeTheFirstStart) {
    QTemporaryDir dir;
    auto db = freshDatabase(dir);
    ASSERT_TRUE(db);
    plan::NewSemester n;
    n.name = QStringLiteral("命令行建的学期");
    n.start = QDate(2026, 9, 1);
    ASSERT_TRUE(plan::SemesterService(*db).create(n, test::tester()).ok());
    gui::FirstRunWizard wizard(*db);
    EXPECT_FALSE(wizard.semesterStartEdit()->isVisibleTo(&wizard));
    wizard.nameEdit()->setText(QStringLiteral("阳光幼儿园"));
    test::fillDirectorAccount(&wizard);
    ASSERT_TRUE(wizard.saveSettings());
    EXPECT_EQ(plan::SemesterService(*db).list()->size(), 1);
    EXPECT_EQ(db->settings().semesterStart, QDate(2026, 9, 1));
}

TEST(SettingsSemesterTest, ShowsTheCurrentSemesterAndKeepsItsStart) {
    test::TempDb t;
    test::createAutumn(t);
    gui::SettingsDialog dialog(t.db());
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("semesterValueLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(test::kAutumn));
    EXPECT_TRUE(label->text().contains(QStringLiteral("2026-09-01")));
    EXPECT_EQ(dialog.findChild<QDateEdit*>(QStringLiteral("semesterStartDateEdit")), nullptr); // not editable
    EXPECT_EQ(dialog.settings().semesterStart, QDate(2026, 9, 1));
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(t->settings().semesterStart, QDate(2026, 9, 1));
}

TEST(FirstRunSemesterTest, SetUpInTheMiddleOfTermLeavesTheWeeksAlreadyOverOut) {
    test::TempDb t{QDateTime(QDate(2026, 10, 14), QTime(9, 0))}; // week 7 of a term begun 1 September
    gui::FirstRunWizard wizard(t.db());
    wizard.nameEdit()->setText(QStringLiteral("阳光幼儿园"));
    wizard.semesterStartEdit()->setDate(QDate(2026, 9, 1));
    EXPECT_FALSE(wizard.trackPastBox()->isHidden());
    EXPECT_FALSE(wizard.trackPastBox()->isChecked());
    EXPECT_TRUE(wizard.trackPastBox()->text().contains(QStringLiteral("6")));
    test::fillDirectorAccount(&wizard);
    ASSERT_TRUE(wizard.saveSettings());
    ListQuery overdue;
    overdue.filter = QStringLiteral("overdue");
    EXPECT_EQ(RecordRepository(t.db(), plan::planTasksKind()).count(overdue).value(), 0);
    ListQuery notTracked;
    notTracked.equals = {{plan::taskfield::kStatus, plan::taskstatus::kNotTracked}};
    EXPECT_GT(RecordRepository(t.db(), plan::planTasksKind()).count(notTracked).value(), 0);
}

TEST(FirstRunSemesterTest, ATermThatHasNotBegunAsksNothing) {
    test::TempDb t{QDateTime(QDate(2026, 8, 20), QTime(9, 0))};
    gui::FirstRunWizard wizard(t.db());
    wizard.semesterStartEdit()->setDate(QDate(2026, 9, 1));
    EXPECT_TRUE(wizard.trackPastBox()->isHidden());
    // Week 1 ends on Sunday 6 September: on the 6th nothing is over yet, on the 7th week 1 is.
    test::TempDb monday{QDateTime(QDate(2026, 9, 7), QTime(9, 0))};
    gui::FirstRunWizard later(monday.db());
    later.semesterStartEdit()->setDate(QDate(2026, 9, 1));
    EXPECT_FALSE(later.trackPastBox()->isHidden());
    EXPECT_TRUE(later.trackPastBox()->text().contains(QStringLiteral("1")))
        << later.trackPastBox()->text().toStdString();
}
