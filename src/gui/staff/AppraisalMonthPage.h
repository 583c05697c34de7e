#pragma once

#include "domain/RecordKind.h"
#include "gui/ModuleView.h"

#include <QDate>
#include <QHash>
#include <QList>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace houqin {
class Database;
}

namespace houqin::gui::staff {

// 月考核: a month's appraisals for all active staff on one screen. Rows are the people (their names in the
// row header), columns the rubric's items, then the weighted total and the grade, computed as scores are
// typed. Tab and Enter move to the next score, row by row; Save writes every changed row in one
// transaction, or nothing when a cell is bad (each bad cell is marked and named).
class AppraisalMonthPage : public ModuleView {
    Q_OBJECT
public:
    explicit AppraisalMonthPage(Database& db, QWidget* parent = nullptr);

    void refresh() override;

    QDateEdit* monthEdit() const { return m_month; }
    QTableWidget* table() const { return m_table; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* messageLabel() const { return m_message; }
    QDate currentMonth() const;
    // The columns of the rubric's items; the total and the grade follow them.
    int itemCount() const { return int(m_items.size()); }
    bool hasChanges() const;

public Q_SLOTS:
    // Writes the changed rows; false (and nothing written) when a cell is bad or the database refuses.
    bool save();

private:
    struct Row {
        QString person;
        Record stored; // id 0 = no appraisal yet
        bool changed = false;
    };
    void load();
    void cellChanged(int row, int column);
    void refreshTotal(int row);
    // The score typed in a cell: ok false when it is not a number from 0 to 100; empty = null value.
    QVariant cellScore(int row, int column, bool* ok) const;
    // The row as an appraisal record, from its stored one or a new one; issues for bad cells.
    Record rowRecord(int row, Issues* issues) const;

    Database& m_db;
    QDateEdit* m_month;
    QTableWidget* m_table;
    QPushButton* m_save;
    QLabel* m_message;
    QList<RubricItem> m_items;
    QList<Row> m_rows;
    bool m_filling = false;
};

ModuleView* createAppraisalMonth(Database& db, QWidget* parent);

} // namespace houqin::gui::staff
