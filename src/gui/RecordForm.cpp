#include "RecordForm.h"

#include "ErrorDisplay.h"
#include "FieldEditors.h"
#include "KindExtensions.h"
#include "LinesEditor.h"
#include "Preferences.h"
#include "ReadOnlyWidgets.h"
#include "WorkflowBar.h"
#include "access/Permissions.h"
#include "domain/KindRegistry.h"
#include "photos/PhotoStrip.h"
#include "staff/StaffNames.h"
#include "storage/Attachments.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/Transaction.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace houqin::gui {

namespace {
const QString kErrorColour = QStringLiteral("#c0392b");
const QString kWarningColour = QStringLiteral("#b35900");

bool hasPersonField(const RecordKind& kind) {
    for (const FieldDef& f : kind.fields)
        if (f.type == FieldType::Person)
            return true;
    return false;
}
} // namespace

RecordForm::RecordForm(Database& db, const RecordKind& kind, const Record& record, QWidget* parent)
    : QDialog(parent), m_db(db), m_kind(kind), m_record(record) {
    setObjectName(QStringLiteral("recordFormDialog"));
    buildEditors();
    setRecord(record);
    if (const KindExtension* ext = kindExtension(kind.key); ext && ext->extendForm)
        ext->extendForm(*this);
    if (m_photos) // after the extensions, so that their editors pass dropped photos on too
        m_photos->acceptDropsOn(this);
    // A role that may read the kind but not write it gets the same form as a display.
    if (!may(m_db, m_kind.key, isNew() ? access::Action::Create : access::Action::Edit))
        showReadOnly();
}

void RecordForm::showReadOnly() {
    m_readOnly = true;
    QList<QWidget*> ownModes;
    if (m_photos) {
        m_photos->setReadOnly(true);
        ownModes << m_photos;
    }
    if (m_workflow) // its buttons are the steps the role may take
        ownModes << m_workflow;
    ownModes << m_buttons;
    makeReadOnly(this, ownModes);
    // Close is the only button: no Save, and no extension's "Save and next".
    m_buttons->setVisible(false);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("readOnlyButtonBox"));
    connect(close, &QDialogButtonBox::rejected, this, &RecordForm::reject);
    layout()->addWidget(close);
    auto* note = new QLabel(tr("You may read this record but not change it."), this);
    note->setObjectName(QStringLiteral("readOnlyNote"));
    note->setStyleSheet(QStringLiteral("color: #666; font-style: italic"));
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, note);
    if (auto* required = findChild<QLabel*>(QStringLiteral("requiredNote"))) // nothing is typed here
        required->setVisible(false);
    setWindowTitle(tr("%1 (read only)").arg(windowTitle()));
}

RecordForm::~RecordForm() = default;

void RecordForm::buildEditors() {
    auto* outer = new QVBoxLayout(this);
    auto* requiredNote =
        new QLabel(tr("Fields marked <span style='color:%1'>*</span> are required.").arg(kErrorColour), this);
    requiredNote->setObjectName(QStringLiteral("requiredNote"));
    outer->addWidget(requiredNote);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);

    EditorContext ctx;
    ctx.campuses = m_db.settings().campuses;
    ctx.db = &m_db;
    if (hasPersonField(m_kind))
        ctx.people = staff::activeStaffNames(m_db);
    ctx.suggestions = suggestionsFor(m_kind);

    for (const FieldDef& f : m_kind.fields) {
        FieldEditor* editor = FieldEditor::create(f, ctx, content);
        QString labelText = f.displayLabel().toHtmlEscaped();
        if (f.required)
            labelText += QStringLiteral(" <span style='color:%1'>*</span>").arg(kErrorColour);
        auto* label = new QLabel(labelText, content);
        label->setBuddy(editor->inputWidget());
        // As tall as a one-line editor, text centred: the label stays level with its editor when an
        // issue appears below it or the editor is several lines high.
        label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setFixedHeight(QLineEdit().sizeHint().height());

        // Editor above, its issue right under it, so the message sits beside the field it is about.
        auto* cell = new QWidget(content);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        auto* issue = new QLabel(cell);
        issue->setObjectName(f.key + QStringLiteral("IssueLabel"));
        issue->setWordWrap(true);
        issue->setVisible(false);
        cellLayout->addWidget(issue);
        form->addRow(label, cell);

        m_editors.insert(f.key, editor);
        m_issueLabels.insert(f.key, issue);
        connect(editor, &FieldEditor::edited, this, [this, key = f.key] {
            clearIssue(key);
            if (m_workflow)
                m_workflow->setFormEdited(true);
            if (m_lines) // a line's derived value may depend on the record (an exam's pass mark)
                m_lines->refreshDerivedValues();
            if (key == m_kind.linesTemplateField) // a facility check's level picks its checklist
                refillLines();
        });
        // A workflow's state moves only through its steps (the buttons under the fields).
        if (m_kind.workflow && f.key == m_kind.workflow->stateField) {
            editor->setEnabled(false);
            editor->setToolTip(tr("The state changes through the steps below the fields."));
        }
    }
    if (m_kind.lines)
        addLinesRow(form, content, ctx);
    if (m_kind.photos)
        addPhotoRow(form, content);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_generalLabel = new QLabel(this);
    m_generalLabel->setObjectName(QStringLiteral("generalIssueLabel"));
    m_generalLabel->setWordWrap(true);
    m_generalLabel->setVisible(false);
    outer->addWidget(m_generalLabel);

    if (m_kind.workflow) {
        m_workflow = new WorkflowBar(m_db, m_kind, this);
        outer->addWidget(m_workflow);
        connect(m_workflow, &WorkflowBar::stepTaken, this, [this](const Record& r) {
            setRecord(r);
            m_savedId = r.id;
            Q_EMIT recordSaved(r.id);
        });
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    outer->addWidget(m_buttons);
    m_saveText = saveButton()->text();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordForm::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordForm::reject);

    // Size to the fields, but never taller than the screen allows (1366×768 laptops).
    const QSize hint = content->sizeHint();
    int maxHeight = 700;
    if (const QScreen* s = screen())
        maxHeight = qMin(maxHeight, s->availableGeometry().height() - 60);
    // Item lines need the room of a table: 900 px still fits a 1366 px screen.
    resize(qMax(m_kind.lines ? 900 : 520, hint.width() + 60), qMin(maxHeight, hint.height() + 140));
}

QHash<QString, QStringList> RecordForm::suggestionsFor(const RecordKind& kind) const {
    QHash<QString, QStringList> out;
    for (const FieldDef& f : kind.fields) {
        if (!f.offers.isEmpty())
            out.insert(f.key, f.offers);
        const RecordKind* source = f.suggestKind.isEmpty() ? nullptr : findKind(f.suggestKind);
        if (!source || !source->field(f.suggestField))
            continue;
        ListQuery q;
        q.filter = source->pickerFilter;
        q.sortField = f.suggestField;
        q.sortDescending = false;
        q.limit = 1000; // a register, not a log: a few dozen names
        // Names to choose from (staff, suppliers) are read on the system's behalf: a guard filling in a
        // visitor's host needs the staff names without seeing the staff list.
        auto records = RecordRepository::forSystem(m_db, *source).list(q);
        if (!records)
            continue; // only a convenience: the field still takes typed text
        QStringList values = f.offers;
        for (const Record& r : *records)
            if (const QString v = r.value(f.suggestField).toString(); !v.isEmpty() && !values.contains(v))
                values << v;
        out.insert(f.key, values);
    }
    return out;
}

void RecordForm::addLinesRow(QFormLayout* form, QWidget* content, const EditorContext& ctx) {
    auto* label = new QLabel(m_kind.lines->displayLabel().toHtmlEscaped(), content);
    label->setStyleSheet(QStringLiteral("font-weight: bold"));
    form->addRow(label);
    m_lines = LinesEditor::create(m_kind, ctx, content);
    m_lines->setRuleContext([this] {
        RuleContext c = m_db.ruleContext();
        m_linesParent = currentRecord();
        c.parent = &m_linesParent;
        return c;
    });
    form->addRow(m_lines);
}

Record RecordForm::freshRecord(Database& db, const RecordKind& kind) {
    RecordRepository repo(db, kind);
    auto latest = repo.latest();
    const Record* previous = latest && latest->has_value() ? &latest->value() : nullptr;
    Record r = newRecord(kind, previous, db.ruleContext(), prefs::currentCampus(db.settings()));
    for (const FieldDef& f : kind.fields)
        if (f.type == FieldType::Campus && r.isEmpty(f.key))
            r.set(f.key, prefs::currentCampus(db.settings()));
    return r;
}

void RecordForm::setRecord(const Record& record) {
    m_record = record;
    for (const FieldDef& f : m_kind.fields)
        m_editors.value(f.key)->setValue(record.value(f.key));
    if (m_lines)
        m_lines->setLines(record.lines);
    m_filledLines = record.id == 0 ? record.lines : QList<Record>{};
    if (m_photos)
        (void)m_photos->load(m_kind.key, record.id); // an error stays visible in the strip
    if (m_workflow) {
        m_workflow->setRecord(record);
        m_workflow->setFormEdited(false);
    }
    showIssues({});
    resetSaveButton();
    setWindowTitle(isNew() ? tr("%1 — new record").arg(m_kind.displayLabel())
                           : tr("%1 — edit %2").arg(m_kind.displayLabel(), m_kind.describe(record)));
}

namespace {

// The filled values of a line, for comparing lines as typed with lines as filled.
QVariantMap filledValues(const Record& line) {
    QVariantMap out;
    const QVariantMap values = line.values.toMap();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!line.isEmpty(it.key()))
            out.insert(it.key(), it.value());
    return out;
}

bool sameLines(const QList<Record>& a, const QList<Record>& b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (filledValues(a.at(i)) != filledValues(b.at(i)))
            return false;
    return true;
}

} // namespace

void RecordForm::refillLines() {
    if (!m_lines || !m_kind.fillLines || !isNew() || !sameLines(m_lines->lines(nullptr), m_filledLines))
        return;
    Record r = currentRecord();
    m_kind.fillLines(r, m_db.ruleContext());
    m_lines->setLines(r.lines);
    m_filledLines = r.lines;
}

Record RecordForm::currentRecord() const {
    Record r = m_record;
    for (const FieldDef& f : m_kind.fields) {
        const valuefmt::Parsed p = m_editors.value(f.key)->value();
        r.set(f.key, p.ok() ? p.value : QVariant());
    }
    if (m_lines)
        r.lines = m_lines->lines(nullptr);
    return r;
}

QPushButton* RecordForm::saveButton() const {
    return m_buttons->button(QDialogButtonBox::Save);
}

QPushButton* RecordForm::addButton(const QString& text, QDialogButtonBox::ButtonRole role) {
    return m_buttons->addButton(text, role);
}

void RecordForm::resetSaveButton() {
    m_confirmedWarnings.clear();
    saveButton()->setText(m_saveText);
}

void RecordForm::clearIssue(const QString& fieldKey) {
    if (QLabel* l = m_issueLabels.value(fieldKey))
        l->setVisible(false);
}

void RecordForm::showIssues(const Issues& issues) {
    QHash<QString, QStringList> errors, warnings;
    QStringList general;
    Issues lineIssues;
    for (const Issue& i : issues) {
        if (m_lines && isLinesIssue(i)) {
            lineIssues << i;
            continue;
        }
        if (!m_issueLabels.contains(i.field)) {
            general << QStringLiteral("<span style='color:%1'>%2</span>")
                           .arg(i.isError() ? kErrorColour : kWarningColour, i.message.toHtmlEscaped());
            continue;
        }
        (i.isError() ? errors : warnings)[i.field] << i.message;
    }
    for (auto it = m_issueLabels.begin(); it != m_issueLabels.end(); ++it) {
        QStringList parts;
        for (const QString& m : errors.value(it.key()))
            parts << QStringLiteral("<span style='color:%1'>%2</span>").arg(kErrorColour, m.toHtmlEscaped());
        for (const QString& m : warnings.value(it.key()))
            parts << QStringLiteral("<span style='color:%1'>⚠ %2</span>")
                         .arg(kWarningColour, m.toHtmlEscaped());
        it.value()->setText(parts.join(QStringLiteral("<br>")));
        it.value()->setVisible(!parts.isEmpty());
    }
    m_generalLabel->setText(general.join(QStringLiteral("<br>")));
    m_generalLabel->setVisible(!general.isEmpty());
    if (m_lines)
        m_lines->showIssues(lineIssues);
    // Put the cursor where the first error is, so it can be fixed straight away.
    for (const FieldDef& f : m_kind.fields)
        if (errors.contains(f.key)) {
            m_editors.value(f.key)->inputWidget()->setFocus();
            return;
        }
    for (const Issue& i : lineIssues)
        if (i.isError()) {
            m_lines->focusIssue(i);
            return;
        }
}

bool RecordForm::save() {
    // Text that is not a value at all (letters in a number, three decimals of a 1-decimal weight) is an
    // error of its field; the repository's checks would only say the field is empty.
    Issues issues;
    QSet<QString> unparsable;
    for (const FieldDef& f : m_kind.fields) {
        const valuefmt::Parsed p = m_editors.value(f.key)->value();
        if (!p.ok()) {
            issues << Issue::error(f.key, p.error);
            unparsable.insert(f.key);
        }
    }
    Record r = currentRecord();
    if (m_lines) {
        Issues unreadable;
        r.lines = m_lines->lines(&unreadable);
        for (const Issue& i : unreadable) {
            issues << i;
            unparsable.insert(i.field);
        }
    }
    RecordRepository repo(m_db, m_kind);
    for (const Issue& i : repo.validate(r))
        if (!unparsable.contains(i.field))
            issues << i;

    if (hasErrors(issues)) {
        showIssues(issues);
        resetSaveButton();
        return false;
    }
    QStringList warnings;
    for (const Issue& i : issues)
        warnings << i.message;
    if (!warnings.isEmpty() && warnings != m_confirmedWarnings) {
        showIssues(issues);
        m_confirmedWarnings = warnings;
        saveButton()->setText(tr("Save anyway"));
        m_generalLabel->setText(
            QStringLiteral("<span style='color:%1'>%2</span>")
                .arg(kWarningColour, tr("Please check the warnings. Click \"Save anyway\" to keep the record "
                                        "as it is.")
                                         .toHtmlEscaped()));
        m_generalLabel->setVisible(true);
        return false;
    }

    const Actor who = Actor::systemUser();
    // The record and its photos are written together or not at all.
    Transaction tx(m_db);
    const auto failed = [this](const Error& e) {
        if (e.code == Error::Code::Validation)
            showIssues(e.issues);
        else
            showError(this, tr("Could not save"), e);
        return false;
    };
    if (Status s = tx.begin(); !s)
        return failed(s.error());
    qint64 savedId = r.id;
    if (isNew()) {
        auto id = repo.insert(r, who);
        if (!id)
            return failed(id.error());
        savedId = *id;
    } else if (Status s = repo.update(r, who); !s) {
        return failed(s.error());
    }
    if (m_photos)
        if (Status s = AttachmentStore(m_db).replace(m_kind.key, savedId, m_photos->photos(), who); !s)
            return failed(s.error());
    if (Status s = saveLinePhotos(savedId, who); !s)
        return failed(s.error());
    if (Status s = tx.commit(); !s)
        return failed(s.error());
    m_savedId = savedId;
    // An edited record stays the same record when saved again: reload its photos, so that the new ones
    // are kept then instead of added twice. (A new-record form saves a further new record each time.)
    if (m_photos && !isNew())
        (void)m_photos->load(m_kind.key, savedId);
    // Likewise its lines: they take the ids they were given, which a further save updates in place.
    if (m_lines && !isNew())
        if (auto saved = repo.get(savedId))
            m_lines->setLines(saved->lines);
    showIssues({});
    resetSaveButton();
    Q_EMIT recordSaved(m_savedId);
    return true;
}

Status RecordForm::saveLinePhotos(qint64 savedId, const Actor& who) {
    if (!m_lines)
        return {};
    const auto photos = m_lines->linePhotos();
    if (photos.isEmpty())
        return {};
    // The lines were written in the order lines() gave them, so the n-th stored line is the n-th line.
    auto saved = RecordRepository(m_db, m_kind).get(savedId);
    if (!saved)
        return saved.error();
    for (qsizetype i = 0; i < photos.size() && i < saved->lines.size(); ++i)
        if (photos.at(i))
            if (Status s = AttachmentStore(m_db).replace(m_kind.lines->key, saved->lines.at(i).id,
                                                         *photos.at(i), who);
                !s)
                return s;
    return {};
}

void RecordForm::startNext(const QString& focusField) {
    RecordRepository repo(m_db, m_kind);
    auto saved = repo.get(m_savedId);
    Record next = newRecord(m_kind, saved ? &saved.value() : nullptr, m_db.ruleContext());
    for (const FieldDef& f : m_kind.fields)
        if (f.type == FieldType::Campus && next.isEmpty(f.key) && saved)
            next.set(f.key, saved->value(f.key));
    setRecord(next);
    if (FieldEditor* e = m_editors.value(focusField))
        e->inputWidget()->setFocus();
}

void RecordForm::addPhotoRow(QFormLayout* form, QWidget* content) {
    m_photos = new PhotoStrip(m_db, content);
    auto* label = new QLabel(tr("Photos"), content);
    label->setBuddy(m_photos->listWidget());
    label->setFixedHeight(QLineEdit().sizeHint().height());
    form->addRow(label, m_photos);
    // Photo problems found on saving appear under the strip, where the photos are.
    m_issueLabels.insert(QStringLiteral("photos"), m_photos->messageLabel());
}

void RecordForm::accept() {
    if (m_readOnly) {
        QDialog::reject(); // nothing to save
        return;
    }
    if (save())
        QDialog::accept();
}

} // namespace houqin::gui
