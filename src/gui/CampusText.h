#pragma once

#include <QString>
#include <QStringList>

namespace houqin::gui {

// Campuses are edited as text, one per line: what people find easiest to type and to reorder.
inline QStringList campusesFromText(const QString& text) {
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString c = line.trimmed();
        if (!c.isEmpty())
            out << c;
    }
    return out;
}

inline QString campusesToText(const QStringList& campuses) {
    return campuses.join(QLatin1Char('\n'));
}

} // namespace houqin::gui
