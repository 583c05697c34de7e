#pragma once

#include "domain/RecordKind.h"
#include "domain/Result.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace houqin {
class Database;
}

namespace houqin::gui::plan {

// "Generate recurring tasks": the plan's repeating measures (study every two weeks, monthly exam and
// appraisal, skills training, monthly safety education, end-of-term checks) that the semester does not
// have yet, as a checklist. Nothing is written until the director confirms; then the checked ones are added
// in one transaction.
class RecurringDialog : public QDialog {
    Q_OBJECT
public:
    RecurringDialog(Database& db, const QString& semester, QWidget* parent = nullptr);

    // One checkable row per proposal, in week order; ticked unless its week has passed.
    QTreeWidget* proposalList() const { return m_list; }
    int proposalCount() const { return int(m_proposals.size()); }
    QList<Record> checkedTasks() const;
    // Adds the checked proposals (PlanService::addTasks); returns how many were added.
    Result<int> addChecked();
    int addedCount() const { return m_added; }

public Q_SLOTS:
    void accept() override;

private:
    void updateOk();

    Database& m_db;
    QString m_semester;
    QList<Record> m_proposals;
    QTreeWidget* m_list = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_ok = nullptr;
    int m_added = 0;
};

} // namespace houqin::gui::plan
