#pragma once

#include "domain/RecordKind.h"
#include "domain/plan/Semesters.h"
#include "gui/ModuleView.h"

#include <QDate>
#include <QList>

class QAction;
class QComboBox;
class QLabel;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace houqin {
class Database;
}

namespace houqin::gui::plan {

class ProgressChart;

// 月度回顾: the director's monthly review of a semester's work plan. The month's tasks grouped by teaching
// week (第N周 / 开学前) with owner, status and outcome, overdue ones highlighted; the month's completion
// rate and a bar chart of completion by month across the semester. Tasks are marked done (date and outcome)
// and postponed (to a later week) here; new semesters, recurring tasks and the printed plans start here too.
class MonthReviewPage : public ModuleView {
    Q_OBJECT
public:
    enum Column { TitleColumn, CategoryColumn, OwnerColumn, StatusColumn, DoneOnColumn, OutcomeColumn };
    static constexpr int kTaskIdRole = Qt::UserRole + 1;

    explicit MonthReviewPage(Database& db, QWidget* parent = nullptr);

    // Re-reads the semesters, keeping the chosen semester and month (at first: the semester and month of
    // today), then the month.
    void refresh() override;

    QComboBox* semesterCombo() const { return m_semester; }
    QComboBox* monthCombo() const { return m_month; }
    // Top-level items are the weeks; their children the tasks (id in kTaskIdRole).
    QTreeWidget* taskTree() const { return m_tree; }
    QLabel* completionLabel() const { return m_completion; }
    ProgressChart* chart() const { return m_chart; }
    QToolBar* toolBar() const { return m_toolBar; }

    bool selectSemester(const QString& name);
    // A calendar month (1..12) of the chosen semester.
    bool selectMonth(int month);
    houqin::plan::Semester currentSemester() const;
    // First day of the month shown; invalid when there is none.
    QDate currentMonth() const;
    // The selected task's id, 0 when a week (or nothing) is selected.
    qint64 currentTaskId() const;
    bool selectTask(qint64 id);

public Q_SLOTS:
    void markDone();
    void postpone();
    void editTask();
    void newSemester();
    void generateRecurring();
    void printMonth();
    void printSemester();

private:
    void fillMonths(QDate wanted);
    void loadMonth();
    void updateActions();
    void changed(const QString& message);

    Database& m_db;
    QList<houqin::plan::Semester> m_semesters;
    QComboBox* m_semester = nullptr;
    QComboBox* m_month = nullptr;
    QToolBar* m_toolBar = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_completion = nullptr;
    QLabel* m_empty = nullptr;
    ProgressChart* m_chart = nullptr;
    QAction* m_doneAction = nullptr;
    QAction* m_postponeAction = nullptr;
    QAction* m_editAction = nullptr;
    QList<QAction*> m_semesterActions; // need a semester
    QString m_preferredSemester;       // shown at the next refresh (a semester just created)
    bool m_loading = false;
};

// ViewDef factory (Modules.cpp).
ModuleView* createMonthReview(Database& db, QWidget* parent);

} // namespace houqin::gui::plan
