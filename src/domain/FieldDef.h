#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace houqin {

// How a field's value is typed, stored, edited and parsed. Canonical in-memory values:
//   Text, LongText, Person, Campus, Choice -> QString (Choice holds the choice key)
//   Integer, Money (whole fen)             -> qint64
//   Decimal                                -> double
//   Date -> QDate, DateTime -> QDateTime (local, no zone), Bool -> bool
// An empty value is a null QVariant.
enum class FieldType {
    Text,
    LongText,
    Person,
    Campus,
    Choice,
    Integer,
    Money,
    Decimal,
    Date,
    DateTime,
    Bool
};

// One choice of a Choice field. The key is what is stored and exported with --keys; the label is the
// English source text, translated through tr; aliases are further spellings accepted on import.
struct ChoiceDef {
    QString key;
    const char* label = "";
    QStringList aliases;
};

// Translation context of every label declared in a record kind.
inline constexpr const char* kFieldsContext = "Fields";

inline QString trLabel(const char* source) {
    return QCoreApplication::translate(kFieldsContext, source);
}

struct FieldDef {
    QString key; // also the SQL column and the CSV key
    FieldType type = FieldType::Text;
    const char* label = ""; // English source, see trLabel()
    bool required = false;
    std::optional<double> min;    // inclusive, for numbers
    std::optional<double> max;    // inclusive, for numbers
    int decimals = 0;             // for Decimal: digits shown and accepted
    QString unit;                 // shown after numbers, e.g. "g", "°C"
    QList<ChoiceDef> choices;     // for Choice
    QVariant defaultValue;        // canonical value, or null
    bool carryOver = false;       // quick entry: prefilled from the previous record
    int maxLength = 0;            // for text, 0 = no limit
    QString pattern;              // for text: a regular expression the whole value must match
    const char* patternHint = ""; // what the pattern means, for the error message
    // For text: values the editor offers, taken from another kind's field (a delivery's supplier from the
    // supplier register). Any other text is still accepted.
    QString suggestKind, suggestField;
    // For text: fixed values the editor offers besides (or instead of) another kind's (the plan's study
    // topics). Data in the kindergarten's language, not translated.
    QStringList offers;
    // How the value reads to people when the type's own display is not enough (a number of minutes as
    // "47 h 00 min left"). The value itself stays canonical of the field's type, so an export with keys,
    // sorting and filters see the number, never the translated text. Null = the type's display.
    QString (*displayAs)(const QVariant& value) = nullptr;
    // Set when displayAs hides the value (a masked ID number, 1101**********1234): true for a text that is
    // such a display. A list export with labels writes the masked text, which an import cannot read back:
    // it recognises it with this, keeps the stored value on an update and adds a new record without one
    // (with a warning), instead of refusing the file. Null = the display can be read back.
    bool (*isMasked)(const QString& text) = nullptr;
    // Further headings an imported file may use for this field, as other systems export them ("资产编号",
    // "单价(元)"). Matched like labels: trimmed, full-width folded, case folded, brackets normalised.
    QStringList headerAliases;
    // For a derived field: an imported file may carry it as a check (an asset system's 金额 beside 数量 and
    // 单价), and a row whose value differs from the one derived from the row is refused. False = a derived
    // column in an imported file is ignored.
    bool checkedOnImport = false;

    QString displayLabel() const { return trLabel(label); }
    const ChoiceDef* choice(const QString& key) const {
        for (const ChoiceDef& c : choices)
            if (c.key == key)
                return &c;
        return nullptr;
    }
    bool isText() const {
        return type == FieldType::Text || type == FieldType::LongText || type == FieldType::Person ||
               type == FieldType::Campus;
    }

    // Fluent modifiers, so that a declaration reads as one line per field.
    FieldDef& req() {
        required = true;
        return *this;
    }
    FieldDef& range(std::optional<double> lo, std::optional<double> hi) {
        min = lo;
        max = hi;
        return *this;
    }
    FieldDef& dec(int d) {
        decimals = d;
        return *this;
    }
    FieldDef& unitText(QString u) {
        unit = std::move(u);
        return *this;
    }
    FieldDef& def(QVariant v) {
        defaultValue = std::move(v);
        return *this;
    }
    FieldDef& carry() {
        carryOver = true;
        return *this;
    }
    FieldDef& maxLen(int n) {
        maxLength = n;
        return *this;
    }
    FieldDef& suggest(QString kindKey, QString fieldKey) {
        suggestKind = std::move(kindKey);
        suggestField = std::move(fieldKey);
        return *this;
    }
    FieldDef& offer(QStringList values) {
        offers = std::move(values);
        return *this;
    }
    FieldDef& shownAs(QString (*fn)(const QVariant& value)) {
        displayAs = fn;
        return *this;
    }
    // displayAs that hides the value, with the test recognising a masked text (see isMasked).
    FieldDef& masked(QString (*mask)(const QVariant& value), bool (*recognise)(const QString& text)) {
        displayAs = mask;
        isMasked = recognise;
        return *this;
    }
    bool hidesValue() const { return isMasked != nullptr; }
    FieldDef& alias(QStringList headings) {
        headerAliases << headings;
        return *this;
    }
    FieldDef& checkOnImport() {
        checkedOnImport = true;
        return *this;
    }
    FieldDef& matches(QString re, const char* hint) {
        pattern = std::move(re);
        patternHint = hint;
        return *this;
    }
};

// Constructors for each type.
namespace field {
inline FieldDef make(QString key, FieldType t, const char* label) {
    FieldDef f;
    f.key = std::move(key);
    f.type = t;
    f.label = label;
    return f;
}
inline FieldDef text(QString key, const char* label) {
    return make(std::move(key), FieldType::Text, label).maxLen(200);
}
inline FieldDef longText(QString key, const char* label) {
    return make(std::move(key), FieldType::LongText, label).maxLen(4000);
}
inline FieldDef person(QString key, const char* label) {
    return make(std::move(key), FieldType::Person, label).maxLen(50);
}
inline FieldDef campus(QString key, const char* label) {
    return make(std::move(key), FieldType::Campus, label);
}
inline FieldDef choice(QString key, const char* label, QList<ChoiceDef> choices) {
    FieldDef f = make(std::move(key), FieldType::Choice, label);
    f.choices = std::move(choices);
    return f;
}
inline FieldDef integer(QString key, const char* label) {
    return make(std::move(key), FieldType::Integer, label);
}
inline FieldDef money(QString key, const char* label) {
    return make(std::move(key), FieldType::Money, label);
}
inline FieldDef decimal(QString key, const char* label, int decimals) {
    return make(std::move(key), FieldType::Decimal, label).dec(decimals);
}
inline FieldDef date(QString key, const char* label) {
    return make(std::move(key), FieldType::Date, label);
}
inline FieldDef dateTime(QString key, const char* label) {
    return make(std::move(key), FieldType::DateTime, label);
}
inline FieldDef boolean(QString key, const char* label) {
    return make(std::move(key), FieldType::Bool, label);
}
} // namespace field

} // namespace houqin
