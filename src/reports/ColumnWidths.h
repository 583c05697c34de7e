#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QFontMetricsF;

namespace houqin::reports::detail {

// What one column of a printed table needs, in device units, padding included: natural = its widest cell
// on one line; minimum = the width below which a cell that must not break would break. A short cell (a
// date, a time, a name, "序号") must never break: its minimum is its natural width. A long cell (notes, a
// task) may wrap anywhere, but not narrower than a few characters or its longest word.
struct ColumnNeed {
    double minimum = 0;
    double natural = 0;
    int stretch = 1; // TableDocument::Column::stretch: the share of any room left over
    // Narrower still when the page cannot give every column its minimum: a short cell may then wrap
    // between its words ("Furniture and / fittings"), never inside one (a code, a number) and never below
    // four characters. 0 = not measured, the same as minimum.
    double wordMinimum = 0;
};

// Widens `need` to hold `text` (lines separated by '\n') in the font of `metrics`. Text no wider than
// `noBreak` stays on one line.
void measureCell(ColumnNeed& need, const QString& text, const QFontMetricsF& metrics, double noBreak,
                 double padding);

// measureCell for the many cells of one table in one font, with the same results: the font's four-character
// floor is measured once, a line's words only when the line is wider than that floor, and a text already
// measured is not shaped again (a register repeats its dates, meals, names and statuses down a column:
// shaping every cell was half the layout of a weekly register, issue #15).
class CellMeasurer {
public:
    CellMeasurer(const QFontMetricsF& metrics, double noBreak, double padding);
    void measure(ColumnNeed& need, const QString& text);

private:
    struct Sizes {
        double natural = 0, minimum = 0, wordMinimum = 0; // padding included
    };
    Sizes sizesOf(const QString& text) const;

    const QFontMetricsF& m_metrics;
    double m_noBreak, m_padding;
    double m_floor; // four ideographs
    QHash<QString, Sizes> m_seen;
};

// Column widths that add up to `available`:
// - everything fits on one line: each column gets its natural width, and the room left over goes by
//   stretch (so a table always spans its page);
// - the minimums fit: each column gets its minimum, and the rest goes in proportion to how much more each
//   would like (natural - minimum), so long text wraps and short cells stay whole;
// - the minimums do not fit (many columns, or English headings and categories): each column gets its word
//   minimum, and the rest goes in proportion to (minimum - wordMinimum), so short cells wrap between words
//   while codes and numbers stay whole;
// - not even the word minimums fit: widths in proportion to the word minimums.
QList<double> columnWidths(const QList<ColumnNeed>& needs, double available);

} // namespace houqin::reports::detail
