#pragma once

#include "domain/Result.h"
#include "storage/plan/SemesterService.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace houqin {
class Database;
}

namespace houqin::gui::plan {

// "New semester": name, first and last day, where its plan comes from (the built-in template, a copy of an
// earlier semester's plan, or nothing) and whether it becomes the current semester. Creating goes through
// SemesterService::create, all or nothing.
class NewSemesterDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewSemesterDialog(Database& db, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QDateEdit* startEdit() const { return m_start; }
    QDateEdit* endEdit() const { return m_end; }
    QRadioButton* templateButton() const { return m_fromTemplate; }
    QRadioButton* copyButton() const { return m_copy; }
    QRadioButton* emptyButton() const { return m_empty; }
    QComboBox* copyFromCombo() const { return m_copyFrom; }
    QCheckBox* makeCurrentBox() const { return m_makeCurrent; }
    // Shown when the first day is in the past: whether the weeks already over are tracked.
    QCheckBox* trackPastBox() const { return m_trackPast; }

    // What the dialog holds now.
    houqin::plan::NewSemester request() const;
    // Creates the semester; problems are shown in the dialog and returned.
    Result<houqin::plan::CreatedSemester> create();
    // After a successful create().
    const std::optional<houqin::plan::CreatedSemester>& created() const { return m_created; }

public Q_SLOTS:
    void accept() override;

private:
    void startChanged();
    void updatePastWeeks();

    Database& m_db;
    QLineEdit* m_name = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QLabel* m_weeks = nullptr;
    QRadioButton* m_fromTemplate = nullptr;
    QRadioButton* m_copy = nullptr;
    QRadioButton* m_empty = nullptr;
    QComboBox* m_copyFrom = nullptr;
    QCheckBox* m_makeCurrent = nullptr;
    QCheckBox* m_trackPast = nullptr;
    QLabel* m_problem = nullptr;
    QString m_suggestedName; // the name follows the start date until the user types one
    QDate m_suggestedEnd;    // likewise the end date
    QDate m_currentStart;    // of the current semester, if any
    std::optional<houqin::plan::CreatedSemester> m_created;
};

} // namespace houqin::gui::plan
