#pragma once

#include "domain/FieldDef.h"
#include "domain/ValueFormat.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

namespace houqin {
class Database;
}

namespace houqin::gui {

// What editors offer besides the field itself: the kindergarten's campuses and the people a person
// field suggests.
struct EditorContext {
    QStringList campuses;
    QStringList people;
    QHash<QString, QStringList> suggestions; // field key -> values a text field offers (FieldDef::suggest)
    Database* db = nullptr; // for editors that show stored photos (a checklist line's); may be null
};

// The editor of one field in a record form. Editors never clamp or round what was typed: value() parses
// the text with valuefmt::parse and reports what is wrong, and the form shows it beside the field.
class FieldEditor : public QWidget {
    Q_OBJECT
public:
    static FieldEditor* create(const FieldDef& field, const EditorContext& ctx, QWidget* parent = nullptr);

    const FieldDef& field() const { return m_field; }
    // A canonical value (see FieldType); null clears the editor.
    virtual void setValue(const QVariant& value) = 0;
    // The canonical value, or the reason the input is not a valid value.
    virtual valuefmt::Parsed value() const = 0;
    // The widget that takes focus and the typed text.
    virtual QWidget* inputWidget() const = 0;

Q_SIGNALS:
    void edited();

protected:
    FieldEditor(const FieldDef& field, QWidget* parent);

private:
    FieldDef m_field;
};

} // namespace houqin::gui
