// Record forms of kinds with item lines: the generic lines table in a delivery's form and the menus' week
// grid. Lines typed in the table are saved with the record; a bad line is marked on its own cell and
// nothing is written; the grid turns filled cells into (weekday, meal, dishes) lines and back.
#include "GuiTestHelpers.h"
#include "domain/canteen/Deliveries.h"
#include "domain/canteen/Menus.h"
#include "domain/safety/SafetyKinds.h"
#include "gui/FieldEditors.h"
#include "gui/LinesTable.h"
#include "gui/RecordForm.h"
#include "gui/canteen/MenuGrid.h"
#include "storage/Query.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

using namespace houqin;
using gui::RecordForm;

namespace {
const QDateTime kNow(QDate(2026, 9, 8), QTime(10, 0));

int rows(Database& db, const QString& table) {
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    EXPECT_TRUE(q.exec().ok());
    EXPECT_TRUE(q.next());
    return q.value(0).toInt();
}

void setText(RecordForm& form, const QString& key, const QString& text) {
    QWidget* w = form.editor(key)->inputWidget();
    if (auto* e = qobject_cast<QLineEdit*>(w))
        e->setText(text);
    else if (auto* c = qobject_cast<QComboBox*>(w))
        c->setEditText(text);
}

void setCell(QTableWidget* table, int row, int column, const QString& text) {
    if (!table->item(row, column))
        table->setItem(row, column, new QTableWidgetItem);
    table->item(row, column)->setText(text);
}
} // namespace

class LinesFormTest : public ::testing::Test {
protected:
    test::TempDb t{kNow};

    RecordForm* deliveryForm() {
        auto* form = new RecordForm(t.db(), canteen::deliveriesKind(),
                                    RecordForm::freshRecord(t.db(), canteen::deliveriesKind()));
        form->setAttribute(Qt::WA_DeleteOnClose, false);
        setText(*form, QStringLiteral("received_by"), QStringLiteral("徐静"));
        setText(*form, QStringLiteral("checked_by"), QStringLiteral("周经理"));
        auto* direction = qobject_cast<QComboBox*>(form->editor(QStringLiteral("direction"))->inputWidget());
        direction->setCurrentIndex(direction->findData(QStringLiteral("out"))); // no supplier register needed
        return form;
    }
};

TEST_F(LinesFormTest, LinesTypedRowAfterRowAreSavedWithTheRecord) {
    std::unique_ptr<RecordForm> form(deliveryForm());
    auto* lines = qobject_cast<gui::LinesTable*>(form->linesEditor());
    ASSERT_NE(lines, nullptr);
    QTableWidget* table = lines->table();
    EXPECT_EQ(table->rowCount(), 1) << "one blank row to start typing in";
    setCell(table, 0, 0, QStringLiteral("土豆"));
    EXPECT_EQ(table->rowCount(), 2) << "the next blank row appears as soon as one is used";
    setCell(table, 0, 1, QStringLiteral("12.5"));
    setCell(table, 0, 2, QStringLiteral("kg"));
    setCell(table, 0, 3, QStringLiteral("3.80"));
    EXPECT_EQ(table->item(0, 5)->text(), QStringLiteral("47.50")) << "the amount follows what is typed";
    setCell(table, 1, 0, QStringLiteral("鸡蛋"));
    setCell(table, 1, 1, QStringLiteral("10"));
    setCell(table, 1, 2, QStringLiteral("kg"));
    ASSERT_TRUE(form->save());
    auto saved = RecordRepository(t.db(), canteen::deliveriesKind()).get(form->savedId());
    ASSERT_TRUE(saved.ok());
    ASSERT_EQ(saved->lines.size(), 2);
    EXPECT_EQ(saved->lines.at(0).value(QStringLiteral("unit_price_fen")).toLongLong(), 380);
    EXPECT_EQ(saved->lines.at(1).value(QStringLiteral("item")).toString(), QStringLiteral("鸡蛋"));

    // Opened again, the form shows the lines as saved.
    RecordForm again(t.db(), canteen::deliveriesKind(), *saved);
    auto* againLines = qobject_cast<gui::LinesTable*>(again.linesEditor());
    EXPECT_EQ(againLines->table()->item(0, 0)->text(), QStringLiteral("土豆"));
    EXPECT_EQ(againLines->table()->rowCount(), 3);
}

TEST_F(LinesFormTest, ABadLineIsMarkedOnItsCellAndNothingIsWritten) {
    std::unique_ptr<RecordForm> form(deliveryForm());
    QTableWidget* table = qobject_cast<gui::LinesTable*>(form->linesEditor())->table();
    setCell(table, 0, 0, QStringLiteral("土豆"));
    setCell(table, 0, 1, QStringLiteral("12"));
    setCell(table, 0, 2, QStringLiteral("kg"));
    setCell(table, 1, 0, QStringLiteral("鸡蛋"));
    setCell(table, 1, 1, QStringLiteral("abc"));
    setCell(table, 1, 2, QStringLiteral("kg"));
    EXPECT_FALSE(form->save());
    EXPECT_EQ(rows(t.db(), QStringLiteral("deliveries")), 0);
    EXPECT_FALSE(table->item(1, 1)->toolTip().isEmpty()) << "the quantity of line 2 says what is wrong";
    EXPECT_TRUE(table->item(0, 1)->toolTip().isEmpty());
    auto* label = form->findChild<QLabel*>(QStringLiteral("linesIssueLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->isVisibleTo(form.get()));
    EXPECT_TRUE(label->text().contains(QStringLiteral("2"))) << label->text().toStdString();

    setCell(table, 1, 1, QStringLiteral("10"));
    EXPECT_TRUE(table->item(1, 1)->toolTip().isEmpty()) << "editing the cell clears its mark";
    EXPECT_TRUE(form->save());
    EXPECT_EQ(rows(t.db(), QStringLiteral("delivery_lines")), 2);
}

TEST_F(LinesFormTest, TheSameSignerTwiceIsRefusedInTheForm) {
    std::unique_ptr<RecordForm> form(deliveryForm());
    QTableWidget* table = qobject_cast<gui::LinesTable*>(form->linesEditor())->table();
    setCell(table, 0, 0, QStringLiteral("土豆"));
    setCell(table, 0, 1, QStringLiteral("12"));
    setCell(table, 0, 2, QStringLiteral("kg"));
    setText(*form, QStringLiteral("checked_by"), QStringLiteral("徐静"));
    EXPECT_FALSE(form->save());
    EXPECT_TRUE(form->issueLabel(QStringLiteral("checked_by"))->isVisibleTo(form.get()));
    EXPECT_EQ(rows(t.db(), QStringLiteral("deliveries")), 0);
}

TEST_F(LinesFormTest, ADeliveryWithoutLinesIsRefused) {
    std::unique_ptr<RecordForm> form(deliveryForm());
    EXPECT_FALSE(form->save());
    auto* label = form->findChild<QLabel*>(QStringLiteral("linesIssueLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->isVisibleTo(form.get()));
}

TEST(MenuGridTest, FilledCellsAreLinesAndBack) {
    gui::canteen::MenuGrid grid(canteen::menusKind());
    const auto lunchTuesday = grid.cellOf(2, QStringLiteral("lunch"));
    ASSERT_GE(lunchTuesday.first, 0);
    grid.table()->item(lunchTuesday.first, lunchTuesday.second)->setText(QStringLiteral("米饭、番茄炒蛋"));
    const auto breakfastMonday = grid.cellOf(1, QStringLiteral("breakfast"));
    grid.table()->item(breakfastMonday.first, breakfastMonday.second)->setText(QStringLiteral("小米粥"));
    const QList<Record> lines = grid.lines(nullptr);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.at(0).value(QStringLiteral("weekday")).toString(), QStringLiteral("1")); // day by day
    EXPECT_EQ(lines.at(1).value(QStringLiteral("meal")).toString(), QStringLiteral("lunch"));
    EXPECT_EQ(lines.at(1).value(QStringLiteral("dishes")).toString(), QStringLiteral("米饭、番茄炒蛋"));
    EXPECT_TRUE(grid.table()->isColumnHidden(5)) << "Saturday only when asked for";

    Record sunday;
    sunday.set(QStringLiteral("weekday"), QStringLiteral("7"));
    sunday.set(QStringLiteral("meal"), QStringLiteral("lunch"));
    sunday.set(QStringLiteral("dishes"), QStringLiteral("面条"));
    grid.setLines({sunday});
    EXPECT_FALSE(grid.table()->isColumnHidden(6)) << "a menu with a Sunday shows the weekend";
    EXPECT_EQ(grid.lines(nullptr).size(), 1);

    grid.showIssues({Issue::error(lineIssueField(0, QStringLiteral("dishes")), QStringLiteral("太长"))});
    const auto cell = grid.cellOf(7, QStringLiteral("lunch"));
    EXPECT_EQ(grid.table()->item(cell.first, cell.second)->toolTip(), QStringLiteral("太长"));
}

// A new inspection opens on its whole checklist, in a table tall enough to read the dozen items without
// scrolling, each item already marked 合格.
TEST_F(LinesFormTest, ANewInspectionShowsItsWholeChecklist) {
    RecordForm form(t.db(), safety::inspectionsKind(),
                    RecordForm::freshRecord(t.db(), safety::inspectionsKind()));
    auto* lines = qobject_cast<gui::LinesTable*>(form.linesEditor());
    ASSERT_NE(lines, nullptr);
    QTableWidget* table = lines->table();
    EXPECT_EQ(table->rowCount(), 13); // the 12 default items and the blank row
    EXPECT_GE(table->minimumHeight(), 13 * table->verticalHeader()->defaultSectionSize());
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("消防器材"));
    EXPECT_EQ(table->item(0, 2)->text(), trLabel(QT_TRANSLATE_NOOP("Fields", "Pass")));
}

TEST_F(LinesFormTest, ALineDateColumnShowsAWholeDate) {
    std::unique_ptr<RecordForm> form(deliveryForm());
    QTableWidget* table = qobject_cast<gui::LinesTable*>(form->linesEditor())->table();
    const RecordKind& lines = *canteen::deliveriesKind().lines;
    int useBy = -1;
    for (int c = 0; c < lines.fields.size(); ++c)
        if (lines.fields.at(c).type == FieldType::Date)
            useBy = c;
    ASSERT_GE(useBy, 0);
    setCell(table, 0, useBy, QStringLiteral("2026-12-31"));
    // The text and the cell's margins (as Qt's own item delegate lays them out) fit the column.
    QStyleOptionViewItem option;
    option.initFrom(table);
    const QSize needed = table->itemDelegate()->sizeHint(option, table->model()->index(0, useBy));
    EXPECT_GE(table->columnWidth(useBy), needed.width())
        << "the date is cut off: " << table->columnWidth(useBy) << " < " << needed.width();
}

// A line's money says it is in yuan although the kind declares no unit for it (a form's money field does the
// same); a required column is starred.
TEST_F(LinesFormTest, ALineMoneyColumnSaysItsUnit) {
    std::unique_ptr<RecordForm> form(deliveryForm());
    QTableWidget* table = qobject_cast<gui::LinesTable*>(form->linesEditor())->table();
    const RecordKind& lines = *canteen::deliveriesKind().lines;
    QStringList headers;
    for (int c = 0; c < lines.fields.size(); ++c)
        headers << table->horizontalHeaderItem(c)->text();
    EXPECT_TRUE(headers.contains(QStringLiteral("Unit price (yuan)"))) << headers.join(u'|').toStdString();
    EXPECT_TRUE(headers.contains(QStringLiteral("Item *"))) << headers.join(u'|').toStdString();
}
