#pragma once

#include "DayEntryDialog.h"
#include "domain/RecordKind.h"

#include <QDate>
#include <QList>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace houqin {
class Database;
}

namespace houqin::gui::canteen {

class EntryTable;

// 今日农残快检: the health teacher types the day's pesticide tests, vegetable after vegetable, with the
// keyboard alone. Date and tester are set once (the tester of the last test is suggested); the suppliers
// that delivered that day are offered, and prefilled when there was only one. Each row shows its result
// (合格/不合格, from the kind's derived field and the settings' threshold) as the rate is typed. Saving
// writes every row or none: a row that breaks a rule is marked where it breaks and nothing is written.
// The tests already saved for the date are listed above the rows.
class PesticideDayDialog : public DayEntryDialog {
    Q_OBJECT
public:
    enum Column { SampleColumn, SupplierColumn, BatchColumn, RateColumn, ResultColumn, ColumnCount };
    // On result cells: the derived result key ("pass", "fail"), empty while there is no valid rate.
    static constexpr int kResultKeyRole = Qt::UserRole + 2;

    PesticideDayDialog(Database& db, QDate date, QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* testerCombo() const { return m_tester; }
    EntryTable* entryTable() const override { return m_table; }
    QTableWidget* savedTable() const { return m_saved; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* saveButton() const { return m_save; }

    // The result key shown on a row: "pass", "fail", or empty.
    QString resultKeyAt(int row) const;
    // The problem marked on a cell when saving failed; empty when none.
    QString issueAt(int row, int column) const;
    // The suppliers offered: the day's deliveries first, then the other suppliers in use.
    QStringList supplierSuggestions() const;
    // How many tests save() wrote, and how many of them were positive.
    int savedCount() const { return m_savedCount; }
    int positiveCount() const { return m_positiveCount; }

    // Writes all filled-in rows in one transaction; false (with the problems marked) when nothing was
    // written. Save, Enter and closing behave as in every DayEntryDialog.
    bool save() override;

protected:
    int unsavedRows() const override;

private:
    void loadDay();
    void addEmptyRow();
    void keepOneEmptyRow();
    bool rowIsEmpty(int row) const;
    void onItemChanged(QTableWidgetItem* item);
    void showResult(int row, const QString& rateText);
    int columnOfField(const QString& fieldKey) const;

    Database& m_db;
    const RecordKind& m_kind;
    QDateEdit* m_date;
    QComboBox* m_tester;
    QLabel* m_savedTitle;
    QTableWidget* m_saved;
    EntryTable* m_table;
    QLabel* m_message;
    QPushButton* m_save;
    QStringList m_delivered; // suppliers that delivered on the date
    int m_savedCount = 0;
    int m_positiveCount = 0;
    bool m_filling = false; // rows being built: no itemChanged handling
};

} // namespace houqin::gui::canteen
