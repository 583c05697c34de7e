#pragma once

#include "domain/Result.h"

#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>
#include <functional>

class QPagedPaintDevice;

namespace houqin::reports {

// A printable A4 register: what every report and every list's "print" produces.
struct TableDocument {
    struct Column {
        QString title;
        int stretch = 1; // relative width
        Qt::Alignment align = Qt::AlignLeft;
    };
    QString kindergarten;      // page header, left
    QString title;             // page header and first-page heading
    QStringList subtitleLines; // under the heading on the first page: period, campus...
    QList<Column> columns;
    QList<QStringList> rows;    // one cell per column, display text
    QStringList signatureLines; // after the table, e.g. "留样人（签字）：", "审核人（签字）："
    QString footnote;           // small text after the table
    // The audit trail's head when the document was made ("操作记录 3f9a1c2e…b7d04c11"), small at the right of
    // every page's footer: a history rewritten after this paper was signed and filed no longer ends there.
    QString chainNote;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    // Text size of the body (heading, table, footnote, signatures) relative to a register's; a notice for
    // the lobby board is read from a few steps away and uses about 2. The page header and footer keep
    // their size.
    double fontScale = 1.0;
    // A notice posted alone on its page: the body grows from fontScale (up to twice it) as long as the
    // whole notice still fits on one page, so a day with three tests is as readable from afar as the page
    // allows.
    bool fillPage = false;
    // A document its report draws itself instead of a table (the sheets of QR labels): render() gives it
    // the device (a PDF writer, or the preview's printer) and it paints every page, returning how many.
    // The header fields above still name it (title for the PDF's metadata).
    std::function<Result<int>(QPagedPaintDevice& device)> paintPages;
};

} // namespace houqin::reports
