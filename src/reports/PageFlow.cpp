#include "PageFlow.h"

#include "ColumnWidths.h"
#include "Printer.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace houqin::reports::detail {

namespace {

constexpr qreal kBodyPt = 9.5;
constexpr qreal kHeadingPt = 15.0;
constexpr qreal kSubtitlePt = 10.0;
constexpr qreal kFootnotePt = 8.5;
constexpr qreal kPaddingPt = 2.5; // inside each table cell
constexpr qreal kRulePt = 0.6;    // table lines
// How long a blank to sign on is.
const QString kSignatureBlank = QStringLiteral("____________________");

} // namespace

struct PageFlow::Row {
    QList<std::shared_ptr<QTextLayout>> cells;
    QList<qreal> x, widths; // column positions and widths, borders included
    qreal padding = 0;
    qreal contentHeight = 0; // of the tallest cell
    qreal totalWidth = 0;
    bool borders = true;
    QBrush background;

    qreal height() const { return contentHeight + 2 * padding; }
};

// The lines of each cell that go on one page. A whole row is one slice.
struct PageFlow::Slice {
    QList<int> from, to; // line range per cell
    QList<qreal> offset; // y of the cell's first line in this slice, within its layout
    qreal contentHeight = 0;
    bool whole = true; // whole rows are centred vertically; parts of a split row start at the top

    static Slice of(const Row& row) {
        Slice s;
        for (const auto& cell : row.cells) {
            s.from << 0;
            s.to << cell->lineCount();
            s.offset << 0;
        }
        s.contentHeight = row.contentHeight;
        return s;
    }
};

namespace {

qreal linesHeight(const QTextLayout& l, int from, int to, qreal offset) {
    if (to <= from)
        return 0;
    const QTextLine last = l.lineAt(to - 1);
    return last.y() + last.height() - offset;
}

void drawSlice(QPainter& p, const PageFlow::Row& row, const PageFlow::Slice& s, qreal top, qreal rule);

} // namespace

PageFlow::PageFlow(const TableDocument& doc, const QPaintDevice& device, QSizeF bodySize)
    : m_device(device), m_body(bodySize), m_scale(doc.fontScale > 0 ? doc.fontScale : 1.0) {
    const qreal px = device.logicalDpiY() / 72.0; // device pixels per point
    m_padding = kPaddingPt * m_scale * px;
    m_rule = kRulePt * px;
    m_pages.append(QList<Op>());

    addParagraph(doc.title, printFont(kHeadingPt * m_scale, true), Qt::AlignHCenter, 4 * m_scale * px);
    for (const QString& line : doc.subtitleLines)
        addParagraph(line, printFont(kSubtitlePt * m_scale), Qt::AlignHCenter, 2 * m_scale * px);
    m_y += 6 * m_scale * px;
    addTable(doc);
    if (!doc.footnote.isEmpty()) {
        m_y += 4 * m_scale * px;
        addParagraph(doc.footnote, printFont(kFootnotePt * m_scale), Qt::AlignLeft, 0);
    }
    if (!doc.signatureLines.isEmpty()) {
        m_y += 18 * m_scale * px;
        QStringList cells;
        QList<qreal> widths;
        QList<Qt::Alignment> aligns;
        for (QString label : doc.signatureLines) {
            // "Sampler (signature): ____", but "留样人（签字）：____" with no space after a full-width colon.
            if (!label.isEmpty() && label.back().unicode() < 0x2E80)
                label += QLatin1Char(' ');
            cells << label + kSignatureBlank;
            widths << m_body.width() / doc.signatureLines.size();
            aligns << Qt::AlignLeft;
        }
        placeRow(makeRow(cells, widths, aligns, printFont(kSubtitlePt * m_scale), false, Qt::NoBrush));
    }
}

PageFlow::~PageFlow() = default;

double PageFlow::fittingScale(const TableDocument& doc, const QPaintDevice& device, QSizeF bodySize) {
    TableDocument probe = doc;
    const double base = doc.fontScale > 0 ? doc.fontScale : 1.0;
    auto fits = [&](double scale) {
        probe.fontScale = scale;
        const PageFlow flow(probe, device, bodySize);
        return flow.pageCount() == 1 && !flow.squeezed();
    };
    double lo = base, hi = 2 * base;
    if (!fits(lo)) {
        // Smaller, down to a register's size, so that the columns fit.
        hi = lo;
        lo = qMin(1.0, base);
        if (!fits(lo))
            return base;
    } else if (fits(hi)) {
        return hi;
    }
    for (int i = 0; i < 6; ++i) { // to within 1/64 of the range
        const double mid = (lo + hi) / 2;
        (fits(mid) ? lo : hi) = mid;
    }
    return lo;
}

std::shared_ptr<QTextLayout> PageFlow::layoutText(const QString& text, const QFont& font, Qt::Alignment align,
                                                  qreal width, qreal* height) const {
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QString(QChar::LineSeparator));
    t.replace(QLatin1Char('\n'), QChar::LineSeparator);
    auto layout = std::make_shared<QTextLayout>(t, font, &m_device);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long codes wrap instead of overflowing
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    qreal y = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(qMax<qreal>(width, 1));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    *height = y;
    return layout;
}

std::shared_ptr<PageFlow::Row> PageFlow::makeRow(const QStringList& cells, const QList<qreal>& widths,
                                                 const QList<Qt::Alignment>& aligns, const QFont& font,
                                                 bool borders, const QBrush& background,
                                                 LayoutCache* cache) const {
    auto row = std::make_shared<Row>();
    row->padding = m_padding;
    row->borders = borders;
    row->background = background;
    qreal x = 0;
    for (int c = 0; c < widths.size(); ++c) {
        qreal h = 0;
        const QString text = cells.value(c);
        if (cache && c < cache->size()) {
            auto& column = (*cache)[c];
            auto it = column.constFind(text);
            if (it == column.constEnd()) {
                auto layout =
                    layoutText(text, font, aligns.value(c, Qt::AlignLeft), widths[c] - 2 * m_padding, &h);
                it = column.insert(text, {layout, h});
            }
            row->cells << it->first;
            h = it->second;
        } else {
            row->cells << layoutText(text, font, aligns.value(c, Qt::AlignLeft), widths[c] - 2 * m_padding,
                                     &h);
        }
        row->x << x;
        row->widths << widths[c];
        row->contentHeight = qMax(row->contentHeight, h);
        x += widths[c];
    }
    row->totalWidth = x;
    return row;
}

void PageFlow::addParagraph(const QString& text, const QFont& font, Qt::Alignment align, qreal spaceAfter) {
    qreal h = 0;
    auto row = std::make_shared<Row>();
    row->borders = false;
    row->cells << layoutText(text, font, align, m_body.width(), &h);
    row->x << 0;
    row->widths << m_body.width();
    row->totalWidth = m_body.width();
    row->contentHeight = h;
    placeRow(row);
    m_y += spaceAfter;
}

void PageFlow::addTable(const TableDocument& doc) {
    if (doc.columns.isEmpty())
        return;
    const QFont headFont = printFont(kBodyPt * m_scale, true);
    const QFont body = printFont(kBodyPt * m_scale);
    const QFontMetricsF headMetrics(headFont, &m_device), bodyMetrics(body, &m_device);
    // Up to twelve characters (a date range, a company's name, a time) stay on one line.
    const qreal noBreak = 12 * bodyMetrics.horizontalAdvance(QChar(0x4E2D));
    QList<ColumnNeed> needs;
    QList<Qt::Alignment> headAligns, aligns;
    QStringList titles;
    CellMeasurer headMeasurer(headMetrics, noBreak, m_padding), bodyMeasurer(bodyMetrics, noBreak, m_padding);
    for (const TableDocument::Column& col : doc.columns) {
        ColumnNeed need;
        need.stretch = col.stretch;
        headMeasurer.measure(need, col.title);
        needs << need;
        headAligns << Qt::AlignHCenter;
        aligns << (col.align & Qt::AlignHorizontal_Mask);
        titles << col.title;
    }
    for (const QStringList& cells : doc.rows)
        for (int c = 0; c < needs.size() && c < cells.size(); ++c)
            bodyMeasurer.measure(needs[c], cells[c]);
    double sumMinimum = 0;
    for (const ColumnNeed& n : needs)
        sumMinimum += n.minimum;
    m_squeezed = sumMinimum > m_body.width();
    QList<qreal> widths;
    for (double w : columnWidths(needs, m_body.width()))
        widths << w;
    auto header = makeRow(titles, widths, headAligns, headFont, true, QColor(0xE8, 0xE8, 0xE8));
    QList<std::shared_ptr<Row>> rows;
    rows.reserve(doc.rows.size());
    // A cell's layout depends only on its text within a column (same font, width and alignment), so the
    // rows share one layout per repeated text: it is only ever drawn, never changed.
    LayoutCache shared(needs.size());
    for (const QStringList& cells : doc.rows)
        rows << makeRow(cells, widths, aligns, body, true, Qt::NoBrush, &shared);

    // The header row never stands alone at the bottom of a page.
    const qreal firstRow = rows.isEmpty() ? 0 : qMin(rows.first()->height(), m_body.height() / 2);
    if (header->height() + firstRow > room() && m_y > 0)
        newPage();
    placeSlice(header, Slice::of(*header));
    m_header = header;
    for (const auto& row : rows)
        placeRow(row);
    m_header.reset();
}

qreal PageFlow::room() const {
    return m_body.height() - m_y;
}

void PageFlow::newPage() {
    m_pages.append(QList<Op>());
    m_y = 0;
    if (m_header)
        placeSlice(m_header, Slice::of(*m_header));
}

void PageFlow::placeRow(const std::shared_ptr<Row>& row) {
    const qreal headerHeight = m_header ? m_header->height() : 0;
    if (row->height() <= room()) {
        placeSlice(row, Slice::of(*row));
        return;
    }
    if (row->height() <= m_body.height() - headerHeight) {
        newPage();
        placeSlice(row, Slice::of(*row));
        return;
    }
    // Taller than a whole page: split between lines, each cell at its own last line that fits.
    const int n = int(row->cells.size());
    QList<int> next(n, 0);
    auto remaining = [&] {
        for (int c = 0; c < n; ++c)
            if (next[c] < row->cells[c]->lineCount())
                return true;
        return false;
    };
    bool freshPage = false;
    while (remaining()) {
        const qreal avail = room() - 2 * row->padding;
        Slice s;
        s.whole = false;
        bool any = false;
        for (int c = 0; c < n; ++c) {
            const QTextLayout& l = *row->cells[c];
            const int from = next[c];
            const qreal offset = from < l.lineCount() ? l.lineAt(from).y() : 0;
            int to = from;
            while (to < l.lineCount() && linesHeight(l, from, to + 1, offset) <= avail)
                ++to;
            if (to == from && freshPage && from < l.lineCount())
                ++to; // a single line taller than a page: print it anyway rather than loop
            any = any || to > from;
            s.from << from;
            s.to << to;
            s.offset << offset;
            s.contentHeight = qMax(s.contentHeight, linesHeight(l, from, to, offset));
        }
        if (any) {
            placeSlice(row, s);
            next = s.to;
        }
        if (remaining()) {
            newPage();
            freshPage = true;
        }
    }
}

void PageFlow::placeSlice(const std::shared_ptr<Row>& row, const Slice& slice) {
    const qreal top = m_y;
    const qreal rule = m_rule;
    m_pages.last().append([row, slice, top, rule](QPainter& p) { drawSlice(p, *row, slice, top, rule); });
    m_y += slice.contentHeight + 2 * row->padding;
}

void PageFlow::paintPage(QPainter& painter, int page) const {
    for (const Op& op : m_pages.value(page))
        op(painter);
}

namespace {

void drawSlice(QPainter& p, const PageFlow::Row& row, const PageFlow::Slice& s, qreal top, qreal rule) {
    const QRectF box(0, top, row.totalWidth, s.contentHeight + 2 * row.padding);
    if (row.background.style() != Qt::NoBrush)
        p.fillRect(box, row.background);
    p.setPen(Qt::black);
    for (int c = 0; c < row.cells.size(); ++c) {
        const QTextLayout& l = *row.cells[c];
        const qreal used = linesHeight(l, s.from[c], s.to[c], s.offset[c]);
        const qreal dy = s.whole ? (s.contentHeight - used) / 2 : 0;
        const QPointF origin(row.x[c] + row.padding, top + row.padding + dy - s.offset[c]);
        for (int i = s.from[c]; i < s.to[c]; ++i)
            l.lineAt(i).draw(&p, origin);
    }
    if (!row.borders)
        return;
    p.setPen(QPen(Qt::black, rule));
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
    for (int c = 1; c < row.x.size(); ++c)
        p.drawLine(QPointF(row.x[c], box.top()), QPointF(row.x[c], box.bottom()));
}

} // namespace

} // namespace houqin::reports::detail
