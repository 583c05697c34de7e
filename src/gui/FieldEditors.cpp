#include "FieldEditors.h"

#include "domain/FieldUnit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace houqin::gui {

FieldEditor::FieldEditor(const FieldDef& field, QWidget* parent) : QWidget(parent), m_field(field) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
const QString kDateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

class LineEditor : public FieldEditor {
public:
    LineEditor(const FieldDef& f, QWidget* parent) : FieldEditor(f, parent), m_edit(new QLineEdit(this)) {
        if (f.maxLength > 0 && f.isText())
            m_edit->setMaxLength(f.maxLength);
        layout()->addWidget(m_edit);
        const QString unit = entryUnit(f);
        if (!unit.isEmpty()) {
            // A narrow box for numbers, the unit beside it as people write it on paper.
            m_edit->setMaximumWidth(140);
            m_edit->setAlignment(Qt::AlignRight);
            layout()->addWidget(new QLabel(unit, this));
            static_cast<QHBoxLayout*>(layout())->addStretch(1);
        }
        connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
    }
    void setValue(const QVariant& v) override { m_edit->setText(valuefmt::display(field(), v)); }
    valuefmt::Parsed value() const override { return valuefmt::parse(field(), m_edit->text()); }
    QWidget* inputWidget() const override { return m_edit; }

private:
    QLineEdit* m_edit;
};

class LongTextEditor : public FieldEditor {
public:
    LongTextEditor(const FieldDef& f, QWidget* parent)
        : FieldEditor(f, parent), m_edit(new QPlainTextEdit(this)) {
        m_edit->setTabChangesFocus(true);
        m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 3 + 12);
        layout()->addWidget(m_edit);
        connect(m_edit, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
    }
    void setValue(const QVariant& v) override { m_edit->setPlainText(v.toString()); }
    valuefmt::Parsed value() const override { return valuefmt::parse(field(), m_edit->toPlainText()); }
    QWidget* inputWidget() const override { return m_edit; }

private:
    QPlainTextEdit* m_edit;
};

// Choice and campus: a fixed list; an optional field starts with an empty entry.
class ComboEditor : public FieldEditor {
public:
    ComboEditor(const FieldDef& f, const QList<QPair<QString, QString>>& items, QWidget* parent)
        : FieldEditor(f, parent), m_combo(new QComboBox(this)) {
        if (!f.required)
            m_combo->addItem(QString(), QVariant());
        for (const auto& [key, label] : items)
            m_combo->addItem(label, key);
        m_combo->setMinimumContentsLength(8);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        layout()->addWidget(m_combo);
        static_cast<QHBoxLayout*>(layout())->addStretch(1);
        connect(m_combo, &QComboBox::activated, this, &FieldEditor::edited);
    }
    void setValue(const QVariant& v) override {
        if (v.isNull() || v.toString().isEmpty()) {
            m_combo->setCurrentIndex(field().required ? -1 : 0);
            return;
        }
        int i = m_combo->findData(v.toString());
        if (i < 0) { // a value no longer offered (a renamed campus): keep it rather than lose it
            m_combo->addItem(v.toString(), v.toString());
            i = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(i);
    }
    valuefmt::Parsed value() const override {
        const QVariant d = m_combo->currentData();
        return {d.isNull() || d.toString().isEmpty() ? QVariant() : QVariant(d.toString()), {}};
    }
    QWidget* inputWidget() const override { return m_combo; }

private:
    QComboBox* m_combo;
};

// A person: picked from the staff list or typed in (visitors, suppliers, staff not entered yet).
class PersonEditor : public FieldEditor {
public:
    PersonEditor(const FieldDef& f, const QStringList& people, QWidget* parent)
        : FieldEditor(f, parent), m_combo(new QComboBox(this)) {
        m_combo->setEditable(true);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->addItems(people);
        m_combo->setMinimumContentsLength(10);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        if (f.maxLength > 0)
            m_combo->lineEdit()->setMaxLength(f.maxLength);
        auto* completer = new QCompleter(people, m_combo);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_combo->setCompleter(completer);
        m_combo->setEditText(QString());
        layout()->addWidget(m_combo);
        static_cast<QHBoxLayout*>(layout())->addStretch(1);
        connect(m_combo, &QComboBox::editTextChanged, this, &FieldEditor::edited);
    }
    void setValue(const QVariant& v) override { m_combo->setEditText(v.toString()); }
    valuefmt::Parsed value() const override { return valuefmt::parse(field(), m_combo->currentText()); }
    QWidget* inputWidget() const override { return m_combo->lineEdit(); }

private:
    QComboBox* m_combo;
};

// Date and date-time. An optional one has a check box: unchecked means empty, which a date edit alone
// cannot show.
class DateEditor : public FieldEditor {
public:
    DateEditor(const FieldDef& f, QWidget* parent) : FieldEditor(f, parent) {
        const bool withTime = f.type == FieldType::DateTime;
        m_edit = withTime ? new QDateTimeEdit(this) : new QDateEdit(this);
        m_edit->setCalendarPopup(true);
        m_edit->setDisplayFormat(withTime ? kDateTimeFormat : kDateFormat);
        m_edit->setMinimumDate(QDate(2000, 1, 1));
        m_edit->setMaximumDate(QDate(2099, 12, 31));
        if (!f.required) {
            m_set = new QCheckBox(this);
            m_set->setToolTip(QCoreApplication::translate(
                "FieldEditor", "Tick to enter a value; leave unticked to keep the field empty."));
            m_set->setAccessibleName(f.displayLabel());
            layout()->addWidget(m_set);
            // The minimum is the "empty" value and shows as a dash.
            m_edit->setSpecialValueText(QStringLiteral("—"));
            m_edit->setMinimumDate(QDate(1999, 12, 31));
            connect(m_set, &QCheckBox::toggled, this, [this](bool on) {
                m_edit->setEnabled(on);
                if (on && m_edit->dateTime() == m_edit->minimumDateTime())
                    m_edit->setDateTime(now());
                if (!on)
                    m_edit->setDateTime(m_edit->minimumDateTime());
                Q_EMIT edited();
            });
        }
        layout()->addWidget(m_edit);
        static_cast<QHBoxLayout*>(layout())->addStretch(1);
        connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &FieldEditor::edited);
        setValue(QVariant());
    }
    void setValue(const QVariant& v) override {
        const bool withTime = field().type == FieldType::DateTime;
        const bool empty = withTime ? !v.toDateTime().isValid() : !v.toDate().isValid();
        if (m_set) {
            const QSignalBlocker block(m_set);
            m_set->setChecked(!empty);
            m_edit->setEnabled(!empty);
        }
        if (empty)
            m_edit->setDateTime(m_set ? m_edit->minimumDateTime() : now());
        else if (withTime)
            m_edit->setDateTime(v.toDateTime());
        else
            m_edit->setDate(v.toDate());
    }
    valuefmt::Parsed value() const override {
        if (m_set && !m_set->isChecked())
            return {};
        if (field().type == FieldType::DateTime) {
            const QDateTime dt = m_edit->dateTime();
            // Minutes are what people enter; seconds from the clock would only confuse comparisons.
            return {QDateTime(dt.date(), QTime(dt.time().hour(), dt.time().minute())), {}};
        }
        return {m_edit->date(), {}};
    }
    QWidget* inputWidget() const override { return m_edit; }
    QCheckBox* setBox() const { return m_set; }

private:
    QDateTime now() const {
        const QDateTime n = QDateTime::currentDateTime();
        return QDateTime(n.date(), QTime(n.time().hour(), n.time().minute()));
    }
    QDateTimeEdit* m_edit = nullptr;
    QCheckBox* m_set = nullptr;
};

class BoolEditor : public FieldEditor {
public:
    BoolEditor(const FieldDef& f, QWidget* parent) : FieldEditor(f, parent), m_box(new QCheckBox(this)) {
        layout()->addWidget(m_box);
        connect(m_box, &QCheckBox::toggled, this, &FieldEditor::edited);
    }
    void setValue(const QVariant& v) override { m_box->setChecked(v.toBool()); }
    valuefmt::Parsed value() const override { return {m_box->isChecked(), {}}; }
    QWidget* inputWidget() const override { return m_box; }

private:
    QCheckBox* m_box;
};

} // namespace

FieldEditor* FieldEditor::create(const FieldDef& f, const EditorContext& ctx, QWidget* parent) {
    FieldEditor* e = nullptr;
    switch (f.type) {
    case FieldType::LongText:
        e = new LongTextEditor(f, parent);
        break;
    case FieldType::Choice: {
        QList<QPair<QString, QString>> items;
        for (const ChoiceDef& c : f.choices)
            items.append({c.key, trLabel(c.label)});
        e = new ComboEditor(f, items, parent);
        break;
    }
    case FieldType::Campus: {
        QList<QPair<QString, QString>> items;
        for (const QString& c : ctx.campuses)
            items.append({c, c});
        e = new ComboEditor(f, items, parent);
        break;
    }
    case FieldType::Person:
        e = new PersonEditor(f, ctx.people, parent);
        break;
    case FieldType::Date:
    case FieldType::DateTime:
        e = new DateEditor(f, parent);
        break;
    case FieldType::Bool:
        e = new BoolEditor(f, parent);
        break;
    case FieldType::Text:
        if (ctx.suggestions.contains(f.key)) {
            e = new PersonEditor(f, ctx.suggestions.value(f.key), parent); // typed text or one offered
            break;
        }
        [[fallthrough]];
    case FieldType::Integer:
    case FieldType::Money:
    case FieldType::Decimal:
        e = new LineEditor(f, parent);
        break;
    }
    e->setObjectName(f.key + QStringLiteral("Editor"));
    e->inputWidget()->setObjectName(f.key + QStringLiteral("Input"));
    return e;
}

} // namespace houqin::gui
