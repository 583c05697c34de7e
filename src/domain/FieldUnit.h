#pragma once

#include "FieldDef.h"

#include <QCoreApplication>

namespace houqin {

// Translation context of units declared with FieldDef::unitText: words are declared in English
// (QT_TRANSLATE_NOOP("Units", "yuan")), symbols ("g", "°C", "%") as they are and left untranslated.
inline constexpr const char* kUnitsContext = "Units";

// The unit shown after a field's numbers and in its column header, in the user's language.
inline QString displayUnit(const FieldDef& f) {
    return f.unit.isEmpty() ? QString()
                            : QCoreApplication::translate(kUnitsContext, f.unit.toUtf8().constData());
}

// The unit where a number is typed or read line by line (a form's field, an item line's column): money
// always says it is in yuan, even where a list of many money columns leaves it out of the headers.
inline QString entryUnit(const FieldDef& f) {
    return f.type == FieldType::Money ? QCoreApplication::translate(kUnitsContext, "yuan") : displayUnit(f);
}

namespace detail {
inline QString withUnit(const FieldDef& f, const QString& unit) {
    return unit.isEmpty() ? f.displayLabel() : QStringLiteral("%1 (%2)").arg(f.displayLabel(), unit);
}
} // namespace detail

// A list's column header: the label, and the unit in brackets when the field has one ("Unit price (yuan)").
inline QString labelWithUnit(const FieldDef& f) {
    return detail::withUnit(f, displayUnit(f));
}

// An item line's column header: the label and its entryUnit.
inline QString labelWithEntryUnit(const FieldDef& f) {
    return detail::withUnit(f, entryUnit(f));
}

} // namespace houqin
