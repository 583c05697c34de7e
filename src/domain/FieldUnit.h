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

// A column header: the label, and the unit in brackets when the field has one ("Unit price (yuan)").
inline QString labelWithUnit(const FieldDef& f) {
    const QString unit = displayUnit(f);
    return unit.isEmpty() ? f.displayLabel() : QStringLiteral("%1 (%2)").arg(f.displayLabel(), unit);
}

} // namespace houqin
