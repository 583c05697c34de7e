#pragma once

#include "domain/Actor.h"
#include "domain/RecordKind.h"
#include "domain/Result.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHash>
#include <QStringList>

class QFormLayout;
class QLabel;
class QPushButton;

namespace houqin {
class Database;
}

namespace houqin::gui {

class FieldEditor;
class PhotoStrip;
class WorkflowBar;
class LinesEditor;
struct EditorContext;

// The record form of any kind, generated from its FieldDefs. Saving validates through the repository and
// shows every error in red and every warning in orange beside its field. Errors block saving; warnings
// turn the Save button into "Save anyway", so a second click keeps the record as it is.
class RecordForm : public QDialog {
    Q_OBJECT
public:
    // record.id == 0 makes a new record; use freshRecord() for one with defaults and carried-over values.
    RecordForm(Database& db, const RecordKind& kind, const Record& record, QWidget* parent = nullptr);
    ~RecordForm() override;

    // A new record of kind: defaults, values carried over from the latest record, and this PC's campus in
    // empty campus fields.
    static Record freshRecord(Database& db, const RecordKind& kind);

    const RecordKind& kind() const { return m_kind; }
    Database& database() const { return m_db; }
    bool isNew() const { return m_record.id == 0; }
    // The signed-in role may not write this record (create for a new one, edit for a stored one): the
    // editors only show the values and Close is the only button.
    bool isReadOnly() const { return m_readOnly; }

    // Fills the editors (and, with id 0, makes the form a new-record form again).
    void setRecord(const Record& record);
    // The record the editors describe. Fields whose text is not a valid value are empty here.
    Record currentRecord() const;

    // Validates and writes. False when nothing was written: errors, warnings not yet confirmed, or a
    // storage failure (shown in a message box).
    bool save();
    // After a save: a new record carrying over from the one just saved, focus on focusField.
    void startNext(const QString& focusField = {});
    qint64 savedId() const { return m_savedId; }

    FieldEditor* editor(const QString& fieldKey) const { return m_editors.value(fieldKey); }
    // The red or orange text beside a field; hidden when the field has no issue.
    QLabel* issueLabel(const QString& fieldKey) const { return m_issueLabels.value(fieldKey); }
    QPushButton* saveButton() const;
    // For kind extensions: an extra button in the button row.
    QPushButton* addButton(const QString& text, QDialogButtonBox::ButtonRole role);
    // The record's photos when the kind has photos (saved with the record, in one transaction); else null.
    PhotoStrip* photoStrip() const { return m_photos; }
    // The record's item lines when the kind has lines (RecordKind::lines); else null.
    LinesEditor* linesEditor() const { return m_lines; }
    // A new record whose kind's lines follow a field (linesTemplateField) fills them again when that field
    // changes, unless they were edited since they were last filled.
    void refillLines();
    // The state and the allowed steps of a kind with a workflow (a stored record only); else null.
    WorkflowBar* workflowBar() const { return m_workflow; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void recordSaved(qint64 id);

private:
    void buildEditors();
    void showReadOnly();
    void showIssues(const Issues& issues);
    void clearIssue(const QString& fieldKey);
    void resetSaveButton();
    void addPhotoRow(QFormLayout* form, QWidget* content);
    // The photos of lines changed in the lines editor, under the ids the lines were saved with.
    Status saveLinePhotos(qint64 savedId, const Actor& who);
    void addLinesRow(QFormLayout* form, QWidget* content, const EditorContext& ctx);
    QHash<QString, QStringList> suggestionsFor(const RecordKind& kind) const;

    Database& m_db;
    const RecordKind& m_kind;
    Record m_record; // the record being edited, as loaded; id 0 while new
    qint64 m_savedId = 0;
    bool m_readOnly = false;
    QStringList m_confirmedWarnings;
    QHash<QString, FieldEditor*> m_editors;
    QHash<QString, QLabel*> m_issueLabels;
    QLabel* m_generalLabel = nullptr;
    WorkflowBar* m_workflow = nullptr; // the state and its steps, for a kind with a workflow
    QDialogButtonBox* m_buttons = nullptr;
    QString m_saveText; // the Save button's own (translated) text, restored after "Save anyway"
    PhotoStrip* m_photos = nullptr;
    LinesEditor* m_lines = nullptr;
    Record m_linesParent; // the record as typed, for the lines' derived values (see addLinesRow)
    // A new record's lines as last filled (from a template); they follow RecordKind::linesTemplateField
    // while nobody has edited them.
    QList<Record> m_filledLines;
};

} // namespace houqin::gui
