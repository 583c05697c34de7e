#pragma once

#include "domain/Workflow.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace houqin {
class Database;
}

namespace houqin::gui {

// The workflow row of a record form: the record's state and one button per step the declaration allows
// from it (指派, 提交验收, 退回, 验收关闭…). A button opens the WorkflowStepDialog; a step taken is
// reported with the record as it now is. Hidden for new records and for kinds without a workflow; the
// buttons wait while the form has unsaved edits, so a step never throws them away.
class WorkflowBar : public QWidget {
    Q_OBJECT
public:
    WorkflowBar(Database& db, const RecordKind& kind, QWidget* parent = nullptr);
    void setRecord(const Record& record);
    void setFormEdited(bool edited);
    QList<QPushButton*> stepButtons() const { return m_buttons; }
    // Opens the step's dialog (window-modal, not blocking); the test suite answers it.
    void startStep(const QString& stepKey);

Q_SIGNALS:
    void stepTaken(const Record& record);

private:
    Database& m_db;
    const RecordKind& m_kind;
    Record m_record;
    QLabel* m_state = nullptr;
    QList<QPushButton*> m_buttons;
    bool m_edited = false;
};

} // namespace houqin::gui
