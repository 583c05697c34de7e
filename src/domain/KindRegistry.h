#pragma once

#include "RecordKind.h"

#include <QList>
#include <QString>

namespace houqin {

// Every record kind of the application, in the order menus and `houqin kinds` list them.
const QList<const RecordKind*>& allKinds();
// nullptr when no kind has that key.
const RecordKind* findKind(const QString& key);
// The kind whose lines kind has this key (inspections for inspection-lines); nullptr when none has.
const RecordKind* findLinesOwner(const QString& linesKey);

} // namespace houqin
