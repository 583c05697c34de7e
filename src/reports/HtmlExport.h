#pragma once

#include "TableDocument.h"
#include "domain/Result.h"

#include <QString>

namespace houqin::reports {

// A report as one standalone HTML file (styles inline, no images or scripts), for the kindergarten's
// website or a parents' group: the weekly menu is published this way. Every text is escaped.
QString toHtml(const TableDocument& doc);
// Written through QSaveFile, so an interrupted export never leaves half a file.
Status writeHtml(const TableDocument& doc, const QString& path);

} // namespace houqin::reports
