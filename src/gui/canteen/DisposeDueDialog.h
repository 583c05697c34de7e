#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;

namespace houqin {
class Database;
}

namespace houqin::gui::canteen {

// "Dispose of due samples": one action marks every due sample as disposed of: by default all of them,
// of every day and meal, oldest first (what the dashboard counts), or those of one date and meal.
// Shows how many samples (and which dishes of which meals) will be marked before anything is written.
// An invalid date with an empty meal opens on all due samples.
class DisposeDueDialog : public QDialog {
    Q_OBJECT
public:
    DisposeDueDialog(Database& db, QDate date, const QString& meal, QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* mealCombo() const { return m_meal; }
    QComboBox* disposerCombo() const { return m_by; }
    QDateTimeEdit* timeEdit() const { return m_at; }
    // How many samples the current choice would mark.
    int dueCount() const { return m_dueCount; }
    // How many were marked by accept(); 0 before.
    int disposedCount() const { return m_disposed; }

public Q_SLOTS:
    void accept() override;

private:
    void updatePreview();
    bool allMeals() const;

    Database& m_db;
    QDateEdit* m_date;
    QComboBox* m_meal;
    QComboBox* m_by;
    QDateTimeEdit* m_at;
    QLabel* m_preview;
    QDialogButtonBox* m_buttons;
    int m_dueCount = 0;
    int m_disposed = 0;
};

} // namespace houqin::gui::canteen
