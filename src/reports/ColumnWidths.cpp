#include "ColumnWidths.h"

#include <QFontMetricsF>
#include <QRegularExpression>

namespace houqin::reports::detail {

namespace {
const QRegularExpression& lineBreak() {
    static const QRegularExpression re(QStringLiteral("\r\n|\n"));
    return re;
}
// Words are what may not be broken: runs of Latin letters and digits. Chinese text breaks between any two
// characters, so ideographs and full-width punctuation separate words as spaces do.
const QRegularExpression& wordBreak() {
    static const QRegularExpression re(
        QStringLiteral("[\\s\\x{2E80}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{FF00}-\\x{FFEF}]+"));
    return re;
}
} // namespace

void measureCell(ColumnNeed& need, const QString& text, const QFontMetricsF& metrics, double noBreak,
                 double padding) {
    CellMeasurer(metrics, noBreak, padding).measure(need, text);
}

CellMeasurer::CellMeasurer(const QFontMetricsF& metrics, double noBreak, double padding)
    : m_metrics(metrics), m_noBreak(noBreak), m_padding(padding),
      // The shortest a long text may become: four characters, or its longest word (a code, a number).
      m_floor(4 * metrics.horizontalAdvance(QChar(0x4E2D))) {}

void CellMeasurer::measure(ColumnNeed& need, const QString& text) {
    auto it = m_seen.constFind(text);
    if (it == m_seen.constEnd())
        it = m_seen.insert(text, sizesOf(text));
    need.natural = qMax(need.natural, it->natural);
    need.minimum = qMax(need.minimum, it->minimum);
    need.wordMinimum = qMax(need.wordMinimum, it->wordMinimum);
}

CellMeasurer::Sizes CellMeasurer::sizesOf(const QString& text) const {
    Sizes out;
    const QStringList lines = text.contains(QLatin1Char('\n')) ? text.split(lineBreak()) : QStringList{text};
    for (const QString& line : lines) {
        const double natural = m_metrics.horizontalAdvance(line);
        double minimum = natural, wordMinimum = natural;
        // No wider than the floor and than noBreak: both minimums are the line's own width, whatever its
        // words (min(natural, max(min(floor, natural), longestWord)) is natural), so they are not measured.
        if (natural > m_floor || natural > m_noBreak) {
            double longestWord = 0;
            const QStringList words = line.split(wordBreak(), Qt::SkipEmptyParts);
            if (words.size() == 1 && words.first().size() == line.size())
                longestWord = natural; // the line is one word
            else
                for (const QString& word : words)
                    longestWord = qMax(longestWord, m_metrics.horizontalAdvance(word));
            minimum = natural > m_noBreak ? qBound(m_floor, longestWord, m_noBreak) : natural;
            wordMinimum = qMin(minimum, qMax(qMin(m_floor, natural), longestWord));
        }
        out.natural = qMax(out.natural, natural + 2 * m_padding);
        out.minimum = qMax(out.minimum, minimum + 2 * m_padding);
        out.wordMinimum = qMax(out.wordMinimum, wordMinimum + 2 * m_padding);
    }
    return out;
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
