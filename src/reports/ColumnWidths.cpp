#include "ColumnWidths.h"

#include <QFontMetricsF>
#include <QRegularExpression>

namespace houqin::reports::detail {

void measureCell(ColumnNeed& need, const QString& text, const QFontMetricsF& metrics, double noBreak,
                 double padding) {
    // The shortest a long text may become: four characters, or its longest word (a code, a number).
    const double floor = 4 * metrics.horizontalAdvance(QChar(0x4E2D));
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\n"));
    // Words are what may not be broken: runs of Latin letters and digits. Chinese text breaks between any
    // two characters, so ideographs and full-width punctuation separate words as spaces do.
    static const QRegularExpression space(
        QStringLiteral("[\\s\\x{2E80}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{FF00}-\\x{FFEF}]+"));
    for (const QString& line : text.split(lineBreak)) {
        const double natural = metrics.horizontalAdvance(line);
        double longestWord = 0;
        for (const QString& word : line.split(space, Qt::SkipEmptyParts))
            longestWord = qMax(longestWord, metrics.horizontalAdvance(word));
        const double minimum = natural > noBreak ? qBound(floor, longestWord, noBreak) : natural;
        const double wordMinimum = qMin(minimum, qMax(qMin(floor, natural), longestWord));
        need.natural = qMax(need.natural, natural + 2 * padding);
        need.minimum = qMax(need.minimum, minimum + 2 * padding);
        need.wordMinimum = qMax(need.wordMinimum, wordMinimum + 2 * padding);
    }
}

namespace {
double wordMinimumOf(const ColumnNeed& n) {
    return n.wordMinimum > 0 ? qMin(n.wordMinimum, n.minimum) : n.minimum;
}
} // namespace

QList<double> columnWidths(const QList<ColumnNeed>& needs, double available) {
    double sumMin = 0, sumNatural = 0, sumWordMin = 0;
    int sumStretch = 0;
    for (const ColumnNeed& n : needs) {
        sumMin += n.minimum;
        sumWordMin += wordMinimumOf(n);
        sumNatural += qMax(n.natural, n.minimum);
        sumStretch += qMax(1, n.stretch);
    }
    QList<double> widths;
    widths.reserve(needs.size());
    if (needs.isEmpty())
        return widths;
    if (sumNatural <= available) {
        const double extra = available - sumNatural;
        for (const ColumnNeed& n : needs)
            widths << qMax(n.natural, n.minimum) + extra * qMax(1, n.stretch) / sumStretch;
    } else if (sumMin <= available) {
        const double extra = available - sumMin;
        const double wanted = sumNatural - sumMin; // > extra >= 0, so > 0
        for (const ColumnNeed& n : needs)
            widths << n.minimum + extra * (qMax(n.natural, n.minimum) - n.minimum) / wanted;
    } else if (sumWordMin <= available) {
        const double extra = available - sumWordMin;
        const double wanted = sumMin - sumWordMin; // > extra >= 0, so > 0
        for (const ColumnNeed& n : needs) {
            const double word = wordMinimumOf(n);
            widths << word + extra * (n.minimum - word) / wanted;
        }
    } else {
        for (const ColumnNeed& n : needs) {
            const double word = wordMinimumOf(n);
            widths << (sumWordMin > 0 ? available * word / sumWordMin : available / needs.size());
        }
    }
    return widths;
}

} // namespace houqin::reports::detail
