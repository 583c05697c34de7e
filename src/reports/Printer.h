#pragma once

#include "TableDocument.h"
#include "domain/Result.h"

#include <QString>

class QPagedPaintDevice;

namespace houqin::reports {

// Lays a TableDocument out on A4 pages: a header with the kindergarten name and the title on every page,
// the table's header row repeated on every page, and the footer "第 x 页 / 共 y 页" (translated).
// Fonts render Chinese and copy back correctly from the PDF (WenQuanYi Micro Hei, see docs/architecture.md).
// device is a QPdfWriter or a QPrinter (print preview); its page layout is set to A4 and the document's
// orientation. Returns the number of pages.
Result<int> render(const TableDocument& doc, QPagedPaintDevice& device);
// render() into a PDF file.
Result<int> writePdf(const TableDocument& doc, const QString& path);

} // namespace houqin::reports
