#include "gui/canteen/MorningCheckDayDialog.h"

#include "CanteenGuiTestSupport.h"
#include "domain/canteen/MorningChecks.h"
#include "gui/canteen/EntryTable.h"
#include "storage/Query.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>

using namespace houqin;
using gui::canteen::MorningCheckDayDialog;

namespace {
const QDateTime kNow(QDate(2026, 9, 7), QTime(7, 40));
const QDate kToday = kNow.date();
const QString kCampusA = QStringLiteral("滨豪园区"), kCampusB = QStringLiteral("新港园区");
} // namespace

class MorningCheckDayDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        RecordRepository staff(t.db(), houqin::staff::staffKind());
        auto ids =
            staff.insertAll({test::staffMember(QStringLiteral("张师傅"), QStringLiteral("canteen"), kCampusA),
                             test::staffMember(QStringLiteral("李师傅"), QStringLiteral("canteen"), kCampusA),
                             test::staffMember(QStringLiteral("陈师傅"), QStringLiteral("canteen"), kCampusB),
                             test::staffMember(QStringLiteral("周师傅"), QStringLiteral("canteen"), kCampusA,
                                               QStringLiteral("left")),
                             test::staffMember(QStringLiteral("王老师"), QStringLiteral("health"), kCampusA)},
                            test::tester());
        ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    }
    qint64 checks(const QString& where = QStringLiteral("1")) {
        Query q(t.db(), QStringLiteral("SELECT COUNT(*) FROM morning_checks WHERE ") + where);
        EXPECT_TRUE(q.exec().ok());
        EXPECT_TRUE(q.next());
        return q.value(0).toLongLong();
    }
    Record check(const QString& person, double temperature) {
        Record r = newRecord(canteen::morningChecksKind(), nullptr, t->ruleContext());
        r.set(QStringLiteral("date"), kToday);
        r.set(QStringLiteral("person"), person);
        r.set(QStringLiteral("temperature_c"), temperature);
        r.set(QStringLiteral("checked_by"), QStringLiteral("赵老师"));
        return r;
    }
    // Types a temperature in the current cell and goes on with Enter.
    void temperature(const QString& text) {
        test::typeKeys(text);
        test::pressKey(Qt::Key_Return);
    }

    test::TempDb t{kNow};
};

TEST_F(MorningCheckDayDialogTest, ListsExactlyTheActiveCanteenStaff) {
    MorningCheckDayDialog dialog(t.db(), kToday);
    QStringList expected{QStringLiteral("张师傅"), QStringLiteral("李师傅"), QStringLiteral("陈师傅")};
    QStringList shown = dialog.people();
    expected.sort();
    shown.sort();
    EXPECT_EQ(shown, expected); // not the one who left, not the health teacher
    for (int row = 0; row < 3; ++row)
        EXPECT_FALSE(dialog.isDone(row));
    // Two campuses: the campus choice hides the other campus's workers.
    ASSERT_NE(dialog.campusCombo(), nullptr);
    dialog.campusCombo()->setCurrentIndex(dialog.campusCombo()->findData(kCampusB));
    EXPECT_TRUE(dialog.table()->isRowHidden(dialog.rowOf(QStringLiteral("张师傅"))));
    EXPECT_FALSE(dialog.table()->isRowHidden(dialog.rowOf(QStringLiteral("陈师傅"))));
}

TEST_F(MorningCheckDayDialogTest, AHealthyWorkerCostsOneTemperatureAndAllAreSavedTogether) {
    test::insertOrFail(*std::make_unique<RecordRepository>(t.db(), canteen::morningChecksKind()),
                       check(QStringLiteral("李师傅"), 36.4));
    MorningCheckDayDialog dialog(t.db(), kToday);
    dialog.checkerCombo()->setEditText(QStringLiteral("王老师"));
    const int li = dialog.rowOf(QStringLiteral("李师傅"));
    ASSERT_GE(li, 0);
    EXPECT_TRUE(dialog.isDone(li));
    EXPECT_EQ(dialog.verdictKeyAt(li), QStringLiteral("fit"));
    test::showActive(dialog);

    // The cursor starts in the first unchecked worker's temperature; Enter goes down, past the done row.
    const int temp = dialog.column(QStringLiteral("temperature_c"));
    EXPECT_EQ(dialog.table()->currentColumn(), temp);
    const int first = dialog.table()->currentRow();
    EXPECT_FALSE(dialog.isDone(first));
    temperature(QStringLiteral("36.5"));
    const int second = dialog.table()->currentRow();
    EXPECT_NE(second, first);
    EXPECT_FALSE(dialog.isDone(second));
    EXPECT_EQ(dialog.table()->currentColumn(), temp);
    test::typeKeys(QStringLiteral("37.3"));                          // fever at the settings' 37.3
    EXPECT_EQ(dialog.verdictKeyAt(second), QStringLiteral("unfit")); // live, before Enter
    EXPECT_EQ(dialog.verdictKeyAt(first), QStringLiteral("fit"));
    test::pressKey(Qt::Key_Return);

    EXPECT_TRUE(dialog.save());
    EXPECT_EQ(dialog.savedCount(), 2);
    EXPECT_EQ(dialog.unfitCount(), 1);
    EXPECT_EQ(checks(), 3);
    const QString firstName = dialog.people().at(first);
    EXPECT_EQ(
        checks(QStringLiteral("person = '%1' AND temperature_c = 36.5 AND diarrhoea = 0 AND nails_ok = 1 "
                              "AND no_rings = 1 AND uniform_ok = 1 AND checked_by = '王老师'")
                   .arg(firstName)),
        1);
}

TEST_F(MorningCheckDayDialogTest, ATickedItemMakesTheWorkerUnfit) {
    MorningCheckDayDialog dialog(t.db(), kToday);
    dialog.checkerCombo()->setEditText(QStringLiteral("王老师"));
    const int row = dialog.rowOf(QStringLiteral("张师傅"));
    dialog.table()
        ->item(row, dialog.column(QStringLiteral("temperature_c")))
        ->setText(QStringLiteral("36.6"));
    EXPECT_EQ(dialog.verdictKeyAt(row), QStringLiteral("fit"));
    dialog.table()->item(row, dialog.column(QStringLiteral("no_rings")))->setCheckState(Qt::Unchecked);
    EXPECT_EQ(dialog.verdictKeyAt(row), QStringLiteral("unfit"));
    EXPECT_TRUE(dialog.save());
    EXPECT_EQ(checks(QStringLiteral("person = '张师傅' AND no_rings = 0")), 1);
    EXPECT_EQ(checks(), 1); // untouched workers are not written
}

TEST_F(MorningCheckDayDialogTest, ATemperatureOutOfRangeWritesNothingAndMarksTheWorker) {
    MorningCheckDayDialog dialog(t.db(), kToday);
    dialog.checkerCombo()->setEditText(QStringLiteral("王老师"));
    const int temp = dialog.column(QStringLiteral("temperature_c"));
    const int zhang = dialog.rowOf(QStringLiteral("张师傅")), chen = dialog.rowOf(QStringLiteral("陈师傅"));
    dialog.table()->item(zhang, temp)->setText(QStringLiteral("36.6"));
    dialog.table()->item(chen, temp)->setText(QStringLiteral("45"));
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(checks(), 0);
    EXPECT_FALSE(dialog.issueAt(chen, QStringLiteral("temperature_c")).isEmpty());
    EXPECT_TRUE(dialog.issueAt(zhang, QStringLiteral("temperature_c")).isEmpty());
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("陈师傅")));
    dialog.table()->item(chen, temp)->setText(QStringLiteral("36.9"));
    EXPECT_TRUE(dialog.issueAt(chen, QStringLiteral("temperature_c")).isEmpty());
    EXPECT_TRUE(dialog.save());
    EXPECT_EQ(checks(), 2);
}
