#include "gui/canteen/PesticideDayDialog.h"

#include "CanteenGuiTestSupport.h"
#include "domain/canteen/PesticideTests.h"
#include "domain/canteen/Suppliers.h"
#include "gui/canteen/EntryTable.h"
#include "storage/Query.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>

using namespace houqin;
using gui::canteen::PesticideDayDialog;

namespace {
const QDateTime kNow(QDate(2026, 9, 7), QTime(9, 30));
const QDate kToday = kNow.date();

Record pesticideTest(const QString& sample, double rate, const QString& tester, QDate date = kToday) {
    Record r;
    r.set(QStringLiteral("date"), date);
    r.set(QStringLiteral("sample"), sample);
    r.set(QStringLiteral("inhibition_pct"), rate);
    r.set(QStringLiteral("tester"), tester);
    return r;
}
} // namespace

class PesticideDayDialogTest : public ::testing::Test {
protected:
    qint64 rows(const QString& where = QStringLiteral("1")) {
        Query q(t.db(), QStringLiteral("SELECT COUNT(*) FROM pesticide_tests WHERE ") + where);
        EXPECT_TRUE(q.exec().ok());
        EXPECT_TRUE(q.next());
        return q.value(0).toLongLong();
    }
    void delivery(const QString& supplier) {
        Query q(t.db(), QStringLiteral(
                            "INSERT INTO deliveries (created_at, created_by, updated_at, updated_by, date, "
                            "direction, supplier, received_by, checked_by) VALUES ('2026-09-07T07:00:00', "
                            "'t', '2026-09-07T07:00:00', 't', '2026-09-07', 'in', :s, '甲', '乙')"));
        q.bind(QStringLiteral(":s"), supplier);
        ASSERT_TRUE(q.exec().ok());
    }
    // One row typed with the keyboard alone: vegetable, Tab, supplier (skipped when empty), Tab, batch
    // (skipped when empty), Tab, rate, Enter.
    void typeRow(const QString& sample, const QString& supplier, const QString& rate,
                 const QString& batch = {}) {
        test::typeKeys(sample);
        test::pressKey(Qt::Key_Tab);
        if (!supplier.isEmpty())
            test::typeKeys(supplier);
        test::pressKey(Qt::Key_Tab);
        if (!batch.isEmpty())
            test::typeKeys(batch);
        test::pressKey(Qt::Key_Tab);
        test::typeKeys(rate);
        test::pressKey(Qt::Key_Return);
    }

    test::TempDb t{kNow};
};

TEST_F(PesticideDayDialogTest, RowsTypedWithTheKeyboardAreSavedTogether) {
    PesticideDayDialog dialog(t.db(), kToday);
    dialog.testerCombo()->setEditText(QStringLiteral("王老师"));
    test::showActive(dialog);
    gui::canteen::EntryTable* table = dialog.entryTable();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->currentRow(), 0);
    EXPECT_EQ(table->currentColumn(), PesticideDayDialog::SampleColumn);

    typeRow(QStringLiteral("Spinach"), QStringLiteral("Green Farm"), QStringLiteral("12.5"));
    // Enter after the rate goes to the new row's vegetable; the result column is never a stop.
    EXPECT_EQ(table->currentRow(), 1);
    EXPECT_EQ(table->currentColumn(), PesticideDayDialog::SampleColumn);
    typeRow(QStringLiteral("Leek"), QString(), QStringLiteral("49.9"));
    typeRow(QStringLiteral("Celery"), QStringLiteral("Green Farm"), QStringLiteral("50"),
            QStringLiteral("0907-2"));
    EXPECT_EQ(table->rowCount(), 4); // one empty row after the last
    EXPECT_EQ(dialog.resultKeyAt(0), QStringLiteral("pass"));
    EXPECT_EQ(dialog.resultKeyAt(1), QStringLiteral("pass"));
    EXPECT_EQ(dialog.resultKeyAt(2), QStringLiteral("fail"));
    EXPECT_EQ(rows(), 0); // nothing is written while typing

    test::pressKey(Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.savedCount(), 3);
    EXPECT_EQ(dialog.positiveCount(), 1);
    EXPECT_EQ(rows(), 3); // the empty trailing row is ignored
    EXPECT_EQ(rows(QStringLiteral("sample = 'Leek' AND inhibition_pct = 49.9 AND supplier IS NULL "
                                  "AND tester = '王老师' AND date = '2026-09-07'")),
              1);
    EXPECT_EQ(rows(QStringLiteral("sample = 'Celery' AND supplier = 'Green Farm' AND inhibition_pct = 50 "
                                  "AND batch = '0907-2'")),
              1);
    EXPECT_EQ(rows(QStringLiteral("batch IS NULL")), 2);
}

TEST_F(PesticideDayDialogTest, TheResultShowsWhileTheRateIsTyped) {
    PesticideDayDialog dialog(t.db(), kToday);
    test::showActive(dialog);
    test::typeKeys(QStringLiteral("Leek"));
    test::pressKey(Qt::Key_Tab);
    test::pressKey(Qt::Key_Tab);
    test::pressKey(Qt::Key_Tab);
    test::typeKeys(QStringLiteral("49.9"));
    EXPECT_EQ(dialog.resultKeyAt(0), QStringLiteral("pass")); // before Enter
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    test::typeKeys(QStringLiteral("50.0"));
    EXPECT_EQ(dialog.resultKeyAt(0), QStringLiteral("fail"));
    EXPECT_EQ(dialog.entryTable()->item(0, PesticideDayDialog::ResultColumn)->text(),
              trLabel(QT_TRANSLATE_NOOP("Fields", "Fail")));
    // Out of range: no result, and the reason on hover.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    test::typeKeys(QStringLiteral("100.1"));
    EXPECT_TRUE(dialog.resultKeyAt(0).isEmpty());
    EXPECT_FALSE(dialog.entryTable()->item(0, PesticideDayDialog::ResultColumn)->toolTip().isEmpty());
}

TEST_F(PesticideDayDialogTest, OneBadRateWritesNothingAndMarksItsRow) {
    PesticideDayDialog dialog(t.db(), kToday);
    dialog.testerCombo()->setEditText(QStringLiteral("王老师"));
    test::showActive(dialog);
    typeRow(QStringLiteral("Spinach"), QString(), QStringLiteral("12"));
    typeRow(QStringLiteral("Leek"), QString(), QStringLiteral("100.1"));
    typeRow(QStringLiteral("Celery"), QString(), QStringLiteral("30"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(rows(), 0);
    EXPECT_TRUE(dialog.issueAt(0, PesticideDayDialog::RateColumn).isEmpty());
    EXPECT_FALSE(dialog.issueAt(1, PesticideDayDialog::RateColumn).isEmpty());
    EXPECT_TRUE(dialog.issueAt(2, PesticideDayDialog::RateColumn).isEmpty());
    EXPECT_TRUE(dialog.messageLabel()->isVisible());
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("2")));
    // The cursor waits in the bad cell; correcting it clears the mark and saves all three.
    EXPECT_EQ(dialog.entryTable()->currentRow(), 1);
    EXPECT_EQ(dialog.entryTable()->currentColumn(), PesticideDayDialog::RateColumn);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    test::typeKeys(QStringLiteral("10"));
    test::pressKey(Qt::Key_Return);
    EXPECT_TRUE(dialog.issueAt(1, PesticideDayDialog::RateColumn).isEmpty());
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(rows(), 3);
}

TEST_F(PesticideDayDialogTest, AMissingVegetableAndTesterAreShownWhereTheyBelong) {
    PesticideDayDialog dialog(t.db(), kToday);
    test::showActive(dialog);
    ASSERT_TRUE(dialog.testerCombo()->currentText().isEmpty()); // no test yet: no tester to suggest
    typeRow(QStringLiteral("Spinach"), QString(), QStringLiteral("12"));
    test::pressKey(Qt::Key_Tab); // no vegetable on the second row
    test::pressKey(Qt::Key_Tab);
    test::pressKey(Qt::Key_Tab);
    test::typeKeys(QStringLiteral("20"));
    test::pressKey(Qt::Key_Return);
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(rows(), 0);
    EXPECT_FALSE(dialog.issueAt(1, PesticideDayDialog::SampleColumn).isEmpty());
    EXPECT_TRUE(dialog.issueAt(0, PesticideDayDialog::SampleColumn).isEmpty());
    const QString tester = trLabel(QT_TRANSLATE_NOOP("Fields", "Tester"));
    EXPECT_TRUE(dialog.messageLabel()->text().contains(tester))
        << dialog.messageLabel()->text().toStdString();
}

TEST_F(PesticideDayDialogTest, StartsFromTheLastTesterAndListsTheDaysSavedTests) {
    RecordRepository repo(t.db(), canteen::pesticideTestsKind());
    test::insertOrFail(
        repo, pesticideTest(QStringLiteral("韭菜"), 30, QStringLiteral("赵老师"), kToday.addDays(-1)));
    test::insertOrFail(repo, pesticideTest(QStringLiteral("菠菜"), 55, QStringLiteral("李老师")));
    PesticideDayDialog dialog(t.db(), kToday);
    EXPECT_EQ(dialog.testerCombo()->currentText(), QStringLiteral("李老师"));
    ASSERT_EQ(dialog.savedTable()->rowCount(), 1); // today's only
    EXPECT_EQ(dialog.savedTable()->item(0, 0)->text(), QStringLiteral("菠菜"));
    EXPECT_EQ(dialog.savedTable()->item(0, 4)->text(), trLabel(QT_TRANSLATE_NOOP("Fields", "Fail")));
    dialog.dateEdit()->setDate(kToday.addDays(-1));
    ASSERT_EQ(dialog.savedTable()->rowCount(), 1);
    EXPECT_EQ(dialog.savedTable()->item(0, 0)->text(), QStringLiteral("韭菜"));
}

TEST_F(PesticideDayDialogTest, TheDaysSupplierIsPrefilledWhenThereIsOnlyOne) {
    RecordRepository suppliers(t.db(), canteen::suppliersKind());
    Record s;
    s.set(QStringLiteral("name"), QStringLiteral("粮油公司"));
    s.set(QStringLiteral("licence_no"), QStringLiteral("JY1"));
    s.set(QStringLiteral("in_use"), true);
    test::insertOrFail(suppliers, s);
    delivery(QStringLiteral("绿源蔬菜"));
    {
        PesticideDayDialog dialog(t.db(), kToday);
        EXPECT_EQ(dialog.entryTable()->item(0, PesticideDayDialog::SupplierColumn)->text(),
                  QStringLiteral("绿源蔬菜"));
        EXPECT_EQ(dialog.supplierSuggestions(),
                  (QStringList{QStringLiteral("绿源蔬菜"), QStringLiteral("粮油公司")}));
        // Another day without deliveries: the prefilled supplier goes.
        dialog.dateEdit()->setDate(kToday.addDays(1));
        EXPECT_TRUE(dialog.entryTable()->item(0, PesticideDayDialog::SupplierColumn)->text().isEmpty());
    }
    delivery(QStringLiteral("安心农场"));
    PesticideDayDialog dialog(t.db(), kToday);
    EXPECT_TRUE(dialog.entryTable()->item(0, PesticideDayDialog::SupplierColumn)->text().isEmpty());
    EXPECT_EQ(dialog.supplierSuggestions().size(), 3);
    EXPECT_EQ(dialog.supplierSuggestions().last(), QStringLiteral("粮油公司")); // the day's come first
}

TEST_F(PesticideDayDialogTest, ADayWithDeliveriesNeedsEachVegetablesSupplier) {
    delivery(QStringLiteral("Green Farm"));
    delivery(QStringLiteral("安心农场")); // two: nothing is prefilled
    PesticideDayDialog dialog(t.db(), kToday);
    dialog.testerCombo()->setEditText(QStringLiteral("王老师"));
    test::showActive(dialog);
    typeRow(QStringLiteral("Spinach"), QStringLiteral("Green Farm"), QStringLiteral("12"));
    typeRow(QStringLiteral("Leek"), QString(), QStringLiteral("20"));
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(rows(), 0);
    EXPECT_TRUE(dialog.issueAt(0, PesticideDayDialog::SupplierColumn).isEmpty());
    EXPECT_FALSE(dialog.issueAt(1, PesticideDayDialog::SupplierColumn).isEmpty());
    // Named, both rows are saved.
    dialog.entryTable()->item(1, PesticideDayDialog::SupplierColumn)->setText(QStringLiteral("安心农场"));
    EXPECT_TRUE(dialog.save());
    EXPECT_EQ(rows(QStringLiteral("supplier IS NOT NULL")), 2);
}

TEST_F(PesticideDayDialogTest, ADayWithoutDeliveriesMayLeaveTheSupplierEmpty) {
    PesticideDayDialog dialog(t.db(), kToday);
    dialog.testerCombo()->setEditText(QStringLiteral("王老师"));
    test::showActive(dialog);
    typeRow(QStringLiteral("Leek"), QString(), QStringLiteral("20"));
    EXPECT_TRUE(dialog.save());
    EXPECT_EQ(rows(QStringLiteral("supplier IS NULL")), 1);
}
