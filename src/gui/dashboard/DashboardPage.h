#pragma once

#include "gui/ModuleView.h"
#include "storage/AttentionService.h"

#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace houqin {
class Database;
}

namespace houqin::gui::dashboard {

// 总览, the home tab: today, the teaching week and the current semester; this week's plan tasks and the
// overdue ones; every raised attention item of every module (AttentionService, which reads
// allAttentionItems(): adding an item needs no change here), most severe first, each opening the filtered
// list behind it; and what is coming (the month's safety-education theme, the next safety tasks).
// Refreshed whenever it is shown: a COUNT per attention item and a few short lists.
class DashboardPage : public ModuleView {
    Q_OBJECT
public:
    enum TaskColumn { WeekColumn, TitleColumn, OwnerColumn, StatusColumn };
    static constexpr int kTaskIdRole = Qt::UserRole + 1;
    static constexpr int kItemKeyRole = Qt::UserRole + 2;
    static constexpr int kFilterRole = Qt::UserRole + 3; // the plan-tasks filter the task row belongs to
    // The most overdue tasks listed (the attention item counts them all).
    static constexpr int kOverdueShown = 30;

    explicit DashboardPage(Database& db, QWidget* parent = nullptr);

    void refresh() override;

    QLabel* dateLabel() const { return m_date; }
    QLabel* semesterLabel() const { return m_semester; }
    // This week's tasks, then the overdue ones of earlier weeks (id in kTaskIdRole).
    QTreeWidget* taskList() const { return m_tasks; }
    // One row per raised attention item (AttentionItem::key in kItemKeyRole), most severe first.
    QTreeWidget* attentionList() const { return m_attention; }
    QLabel* upcomingLabel() const { return m_upcoming; }
    const QList<AttentionState>& raisedItems() const { return m_raised; }

    // What clicking an attention row does: asks the main window for the item's list and filter.
    void openAttentionItem(const QString& key);
    qint64 currentTaskId() const;

public Q_SLOTS:
    void markCurrentDone();
    void openCurrentTask();

private:
    void refreshHeader();
    void refreshTasks();
    void refreshAttention();
    void refreshUpcoming();

    Database& m_db;
    QLabel* m_date = nullptr;
    QLabel* m_semester = nullptr;
    QTreeWidget* m_tasks = nullptr;
    QLabel* m_tasksNote = nullptr;
    QPushButton* m_doneButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QTreeWidget* m_attention = nullptr;
    QLabel* m_allClear = nullptr;
    QLabel* m_upcoming = nullptr;
    QList<AttentionState> m_raised;
};

// ViewDef factory (Modules.cpp).
ModuleView* createDashboard(Database& db, QWidget* parent);

} // namespace houqin::gui::dashboard
