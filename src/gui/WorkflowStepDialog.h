#pragma once

#include "domain/Workflow.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPlainTextEdit;

namespace houqin {
class Database;
}

namespace houqin::gui {

class FieldEditor;

// Taking one step of a record's workflow (assign, send back, verify…): the fields the step needs, prefilled
// from the record, and a note; OK takes the step through WorkflowService, and whatever refuses it (an empty
// deadline, a missing note, the owner verifying their own work) is shown beside its field, the dialog open.
class WorkflowStepDialog : public QDialog {
    Q_OBJECT
public:
    WorkflowStepDialog(Database& db, const RecordKind& kind, const Record& record, const WorkflowStep& step,
                       QWidget* parent = nullptr);
    ~WorkflowStepDialog() override;

    FieldEditor* editor(const QString& fieldKey) const { return m_editors.value(fieldKey); }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QLabel* issueLabel(const QString& key) const { return m_issues.value(key); }
    // The record after the step; valid once the dialog was accepted.
    const Record& result() const { return m_result; }

public Q_SLOTS:
    void accept() override;

private:
    void showIssues(const Issues& issues);

    Database& m_db;
    const RecordKind& m_kind;
    Record m_record, m_result;
    const WorkflowStep& m_step;
    QHash<QString, FieldEditor*> m_editors;
    QHash<QString, QLabel*> m_issues; // field key or kStepNoteIssueField; "" for the step as a whole
    QPlainTextEdit* m_note = nullptr;
};

} // namespace houqin::gui
