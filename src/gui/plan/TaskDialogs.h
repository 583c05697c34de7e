#pragma once

#include "domain/RecordKind.h"
#include "domain/Result.h"
#include "domain/plan/Semesters.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace houqin {
class Database;
}

namespace houqin::gui::plan {

// Marking a plan task done: the day it was done (today unless changed; never in the future) and a short
// note of the outcome, which is required, because the monthly review reads it.
class MarkDoneDialog : public QDialog {
    Q_OBJECT
public:
    MarkDoneDialog(Database& db, const Record& task, QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* outcomeEdit() const { return m_outcome; }
    // Writes what the dialog holds (PlanService::markDone). An empty note is refused before anything is
    // written.
    Status apply();

public Q_SLOTS:
    void accept() override;

private:
    Database& m_db;
    qint64 m_id;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

// Postponing a plan task to a later week of its semester, with an optional reason added to its notes.
class PostponeDialog : public QDialog {
    Q_OBJECT
public:
    PostponeDialog(Database& db, const Record& task, const houqin::plan::Semester& semester,
                   QWidget* parent = nullptr);

    // The weeks offered: those after the task's week, from this teaching week on.
    QComboBox* weekCombo() const { return m_week; }
    QLineEdit* noteEdit() const { return m_note; }
    // Moves the task to `week` (PlanService::postpone, which refuses a week that is not later).
    Status postponeTo(int week, const QString& note);

public Q_SLOTS:
    void accept() override;

private:
    Database& m_db;
    qint64 m_id;
    QComboBox* m_week = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace houqin::gui::plan
