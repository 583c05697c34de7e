#include "NationalHolidays.h"

#include "CalendarDays.h"

#include <QFile>
#include <QStringList>
#include <algorithm>

namespace houqin::plan {

QList<NationalDay> parseNationalDays(const QString& text) {
    QList<NationalDay> out;
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() < 3)
            continue;
        const QDate date = QDate::fromString(cells[0].trimmed(), Qt::ISODate);
        const QString kind = cells[1].trimmed();
        QString key;
        if (kind == QStringLiteral("放假"))
            key = calendardayfield::kHoliday;
        else if (kind == QStringLiteral("调休上班"))
            key = calendardayfield::kWorkday;
        if (!date.isValid() || key.isEmpty())
            continue;
        out << NationalDay{date, key, cells[2].trimmed()};
    }
    std::sort(out.begin(), out.end(),
              [](const NationalDay& a, const NationalDay& b) { return a.date < b.date; });
    return out;
}

QList<NationalDay> nationalDays(int year) {
    QFile f(QStringLiteral(":/calendar/cn-holidays.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<NationalDay> out;
    for (const NationalDay& d : parseNationalDays(QString::fromUtf8(f.readAll())))
        if (d.date.year() == year)
            out << d;
    return out;
}

} // namespace houqin::plan
