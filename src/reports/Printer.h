#pragma once

#include "TableDocument.h"
#include "domain/Result.h"

#include <QFont>
#include <QString>

class QPagedPaintDevice;

namespace houqin::reports {

// Lays a TableDocument out on A4 pages: a header with the kindergarten name and the title on every page,
// the table's header row repeated on every page, and the footer "第 x 页 / 共 y 页" (translated).
// Fonts render Chinese and copy back correctly from the PDF (WenQuanYi Micro Hei, see docs/architecture.md).
// device is a QPdfWriter or a QPrinter (print preview); its page layout is set to A4 and the document's
// orientation. Long cells wrap; a table row is never split across pages unless it is taller than a page,
// and then only between lines. Returns the number of pages. Needs a QGuiApplication (fonts).
Result<int> render(const TableDocument& doc, QPagedPaintDevice& device);
// render() into a PDF file. The file is written completely or not at all (an existing file is kept when
// rendering fails).
Result<int> writePdf(const TableDocument& doc, const QString& path);

// The font family printed documents use: "WenQuanYi Micro Hei", or "Noto Sans CJK SC" only when WenQuanYi
// is not installed. Screens that preview a print can use it too.
QString printFontFamily();
// That family at pointSize, set up for printing (no hinting, so layout matches the PDF).
QFont printFont(qreal pointSize, bool bold = false);

} // namespace houqin::reports
