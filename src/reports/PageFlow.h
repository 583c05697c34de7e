#pragma once

#include "TableDocument.h"

#include <QBrush>
#include <QFont>
#include <QHash>
#include <QList>
#include <QSizeF>
#include <functional>
#include <memory>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace houqin::reports::detail {

// Lays the body of a TableDocument (heading, table, footnote, signatures) out in pages of a fixed size on
// one paint device, then paints any page. Our own pagination instead of QTextDocument's because
// QTextDocument splits a table row across a page break whenever its first line fits; a register's row
// must stay whole. Only a row taller than a whole page is split, between two lines of text.
class PageFlow {
public:
    PageFlow(const TableDocument& doc, const QPaintDevice& device, QSizeF bodySize);
    ~PageFlow();
    int pageCount() const { return int(m_pages.size()); }
    // The table's columns were too many or too wide for the page even at their minimums, so short cells
    // (dates, names) had to break.
    bool squeezed() const { return m_squeezed; }
    // The largest font scale, up to twice doc.fontScale, at which the document fits on one page without
    // squeezing its columns (TableDocument::fillPage). Below doc.fontScale only when the columns need it,
    // and never below a register's 1.0; doc.fontScale when even 1.0 takes more than a page.
    static double fittingScale(const TableDocument& doc, const QPaintDevice& device, QSizeF bodySize);
    // Paints page `page` (0-based) with the body's top left at the painter's origin.
    void paintPage(QPainter& painter, int page) const;

    struct Row;   // one table row, paragraph or signature line, laid out
    struct Slice; // the part of a Row on one page

private:
    using Op = std::function<void(QPainter&)>;

    std::shared_ptr<QTextLayout> layoutText(const QString& text, const QFont& font, Qt::Alignment align,
                                            qreal width, qreal* height) const;
    // Per column, the layout already made for a text, and its height.
    using LayoutCache = QList<QHash<QString, std::pair<std::shared_ptr<QTextLayout>, qreal>>>;
    std::shared_ptr<Row> makeRow(const QStringList& cells, const QList<qreal>& widths,
                                 const QList<Qt::Alignment>& aligns, const QFont& font, bool borders,
                                 const QBrush& background, LayoutCache* cache = nullptr) const;
    void addParagraph(const QString& text, const QFont& font, Qt::Alignment align, qreal spaceAfter);
    void addTable(const TableDocument& doc);
    void placeRow(const std::shared_ptr<Row>& row);
    void placeSlice(const std::shared_ptr<Row>& row, const Slice& slice);
    void newPage();
    qreal room() const;

    const QPaintDevice& m_device;
    QSizeF m_body;
    qreal m_padding = 0, m_rule = 0;
    qreal m_scale = 1; // TableDocument::fontScale
    QList<QList<Op>> m_pages;
    qreal m_y = 0;
    std::shared_ptr<Row> m_header; // repeated on each new page while the table runs
    bool m_squeezed = false;
};

} // namespace houqin::reports::detail
