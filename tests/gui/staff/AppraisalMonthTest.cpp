// The appraisal month screen through its real widgets: one row per active staff member, scores typed from
// the keyboard with Enter moving on, the total and grade computed live, a bad cell named and nothing
// written, then one Save writing every changed row.
#include "../GuiTestHelpers.h"
#include "domain/staff/StaffKind.h"
#include "domain/staff/TrainingKinds.h"
#include "gui/staff/AppraisalMonthPage.h"
#include "storage/RecordRepository.h"

#include <QApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace houqin;
namespace t = houqin::staff::training;

namespace {

class AppraisalMonthTest : public ::testing::Test {
protected:
    test::TempDb db{QDateTime(QDate(2026, 11, 25), QTime(10, 0))};

    void SetUp() override {
        RecordRepository repo(db.db(), houqin::staff::staffKind());
        for (const auto& [name, status] : {std::pair{"张丽", "active"}, std::pair{"王芳", "active"},
                                           std::pair{"李娜", "active"}, std::pair{"赵敏", "left"}}) {
            Record r = newRecord(houqin::staff::staffKind(), nullptr, db->ruleContext());
            r.set(QStringLiteral("name"), QString::fromUtf8(name));
            r.set(QStringLiteral("post"), QStringLiteral("childcare"));
            r.set(QStringLiteral("status"), QString::fromLatin1(status));
            test::insertOrFail(repo, r);
        }
    }
    qint64 stored() { return RecordRepository(db.db(), houqin::staff::appraisalsKind()).count().value(); }
};

// The open cell editor of the table, if any.
QWidget* openEditor(QTableWidget* table) {
    for (QLineEdit* e : table->viewport()->findChildren<QLineEdit*>())
        if (e->isVisible())
            return e;
    return nullptr;
}

// Types a score as from the keyboard: the first key starts the editor of the current cell, the rest go to
// that editor, then Enter.
void typeScore(QTableWidget* table, const QString& text) {
    for (const QChar c : text) {
        QWidget* editor = openEditor(table);
        QTest::keyClick(editor ? editor : static_cast<QWidget*>(table), c.toLatin1());
    }
    QWidget* editor = openEditor(table);
    QTest::keyClick(editor ? editor : static_cast<QWidget*>(table), Qt::Key_Return);
}

} // namespace

TEST_F(AppraisalMonthTest, ScoresAreTypedRowByRowAndSavedTogether) {
    gui::staff::AppraisalMonthPage page(db.db());
    page.resize(900, 500);
    page.show();
    QApplication::processEvents(); // the view reads the month just after it is on screen
    QApplication::setActiveWindow(&page);
    QTableWidget* table = page.table();
    ASSERT_EQ(table->rowCount(), 3); // 赵敏 left
    EXPECT_EQ(table->verticalHeaderItem(0)->text(), QStringLiteral("张丽"));
    ASSERT_EQ(page.itemCount(), 4);
    EXPECT_EQ(table->columnCount(), 6);
    EXPECT_TRUE(table->horizontalHeaderItem(0)->text().contains(QStringLiteral("出勤纪律")));
    table->setFocus();
    table->setCurrentCell(0, 0);

    for (const char* s : {"90", "90", "90", "90"})
        typeScore(table, QString::fromLatin1(s));
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("90.0"));
    EXPECT_EQ(table->item(0, 5)->text(), QStringLiteral("Excellent")); // 90.0 takes the higher grade
    // Enter moved past the total and grade to the next person's first score.
    EXPECT_EQ(table->currentRow(), 1);
    EXPECT_EQ(table->currentColumn(), 0);
    for (const char* s : {"80", "abc", "80", "79.9"})
        typeScore(table, QString::fromLatin1(s));
    EXPECT_TRUE(table->item(1, 4)->text().isEmpty()); // no total while a score is bad

    EXPECT_FALSE(page.save());
    EXPECT_EQ(stored(), 0) << "nothing is written while a cell is bad";
    const QString second = table->verticalHeaderItem(1)->text(); // rows in the order of the staff list
    EXPECT_TRUE(page.messageLabel()->text().contains(second + QStringLiteral(" · 岗位职责")))
        << page.messageLabel()->text().toStdString();

    table->setCurrentCell(1, 1);
    typeScore(table, QStringLiteral("80"));
    EXPECT_EQ(table->item(1, 4)->text(), QStringLiteral("80.0")); // 20*80+30*80+30*80+20*79.9 = 7998 -> 80.0
    EXPECT_EQ(table->item(1, 5)->text(), QStringLiteral("Good"));

    QTest::mouseClick(page.saveButton(), Qt::LeftButton);
    EXPECT_EQ(stored(), 2); // the third row was not touched
    EXPECT_TRUE(page.messageLabel()->text().contains(QStringLiteral("2")))
        << page.messageLabel()->text().toStdString();

    // Reloaded from the database: an edit updates the stored appraisal instead of adding one.
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("90.0"));
    table->setCurrentCell(0, 3);
    typeScore(table, QStringLiteral("40"));
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("80.0"));
    EXPECT_TRUE(page.save());
    EXPECT_EQ(stored(), 2);
    ListQuery q;
    q.equals << qMakePair(t::kPerson, QVariant(QStringLiteral("张丽")));
    auto list = RecordRepository(db.db(), houqin::staff::appraisalsKind()).list(q);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    auto whole = RecordRepository(db.db(), houqin::staff::appraisalsKind()).get(list->first().id);
    ASSERT_TRUE(whole.ok());
    EXPECT_EQ(whole->lines[3].value(t::kScore).toDouble(), 40.0);
}

TEST_F(AppraisalMonthTest, AnotherMonthShowsItsOwnAppraisals) {
    gui::staff::AppraisalMonthPage page(db.db());
    page.show();
    QApplication::processEvents();
    EXPECT_EQ(page.currentMonth(), QDate(2026, 11, 1));
    page.monthEdit()->setDate(QDate(2026, 10, 1));
    EXPECT_EQ(page.currentMonth(), QDate(2026, 10, 1));
    EXPECT_TRUE(page.table()->item(0, 0)->text().isEmpty());
    EXPECT_TRUE(page.messageLabel()->text().contains(QStringLiteral("0 of 3")))
        << page.messageLabel()->text().toStdString();
}
