#pragma once

#include "DayEntryDialog.h"
#include "domain/RecordKind.h"

#include <QDate>
#include <QHash>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidgetItem;

namespace houqin {
class Database;
}

namespace houqin::gui::canteen {

class EntryTable;

// 今日晨检: the whole morning check of the canteen staff on one screen. One row per active canteen worker
// (staff post "canteen"), every item already set to its healthy default, so a healthy worker costs one
// temperature: type it and Enter goes down to the next worker. The verdict (适岗/不适岗, the kind's derived
// field) shows as the row changes. Workers already checked that day are listed as done, with their
// stored values, and are skipped (a correction goes through the list's form). Saving writes every
// checked row or none, marking the cells that break a rule.
class MorningCheckDayDialog : public DayEntryDialog {
    Q_OBJECT
public:
    static constexpr int kVerdictKeyRole = Qt::UserRole + 2;
    static constexpr int kCampusRole = Qt::UserRole + 3;
    // The column keys besides the kind's fields.
    static inline const QString kVerdictColumn = QStringLiteral("verdict");
    static inline const QString kStateColumn = QStringLiteral("#state");

    MorningCheckDayDialog(Database& db, QDate date, QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* checkerCombo() const { return m_checker; }
    // nullptr when the kindergarten has one campus.
    QComboBox* campusCombo() const { return m_campus; }
    EntryTable* table() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* saveButton() const { return m_save; }

    // The column of a field key, kVerdictColumn or kStateColumn; -1 when not shown.
    int column(const QString& key) const { return int(m_columns.indexOf(key)); }
    // The people listed, in row order.
    QStringList people() const;
    int rowOf(const QString& person) const;
    bool isDone(int row) const;
    // "fit", "unfit", or empty while the row has no temperature.
    QString verdictKeyAt(int row) const;
    QString issueAt(int row, const QString& fieldKey) const;
    // How many checks save() wrote, and how many of those workers are not fit for duty.
    int savedCount() const { return m_savedCount; }
    int unfitCount() const { return m_unfitCount; }

    bool save() override;

protected:
    EntryTable* entryTable() const override { return m_table; }
    int unsavedRows() const override;

private:
    void loadDay();
    void addRow(const QString& person, const QString& campus, const Record* done);
    bool rowIsTouched(int row) const;
    Record recordOf(int row, QString* problem, int* problemColumn) const;
    void updateVerdict(int row, const QString& temperatureText);
    void onItemChanged(QTableWidgetItem* item);
    void applyCampus();

    Database& m_db;
    const RecordKind& m_kind;
    QStringList m_columns; // field keys, kVerdictColumn, kStateColumn
    QDateEdit* m_date;
    QComboBox* m_checker;
    QComboBox* m_campus = nullptr;
    QLabel* m_summary;
    EntryTable* m_table;
    QLabel* m_message;
    QPushButton* m_save;
    int m_savedCount = 0;
    int m_unfitCount = 0;
    bool m_filling = false;
};

} // namespace houqin::gui::canteen
