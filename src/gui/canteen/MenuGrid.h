#pragma once

#include "gui/LinesEditor.h"

#include <QList>
#include <QPair>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace houqin::gui::canteen {

// The menus' lines editor: the week as a grid, meals down the side and days across, each cell the dishes
// of that meal ("米饭、番茄炒蛋、紫菜汤"). Saturday and Sunday appear when asked for or when the menu has
// them. Each filled cell is one line (weekday, meal, dishes).
class MenuGrid : public LinesEditor {
    Q_OBJECT
public:
    MenuGrid(const RecordKind& kind, QWidget* parent = nullptr);

    void setLines(const QList<Record>& lines) override;
    QList<Record> lines(Issues* unreadable) const override;
    void showIssues(const Issues& issues) override;
    void focusIssue(const Issue& issue) override;

    QTableWidget* table() const { return m_table; }
    // The cell of a weekday (1 = Monday) and meal key; -1 when not shown.
    QPair<int, int> cellOf(int weekday, const QString& meal) const;

private:
    void setWeekendShown(bool shown);
    // Cells that hold text, in line order (day by day, meal by meal), as (row, column).
    QList<QPair<int, int>> filledCells() const;

    QList<QPair<QString, QString>> m_meals; // key, label, in the meal field's order
    QTableWidget* m_table;
    QCheckBox* m_weekend;
    QLabel* m_issues;
    bool m_filling = false;
};

// Registers MenuGrid as the lines editor of the menus kind.
void registerMenuGrid();

} // namespace houqin::gui::canteen
