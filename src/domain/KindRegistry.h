#pragma once

#include "RecordKind.h"

#include <QList>
#include <QString>

namespace houqin {

// Every record kind of the application, in the order menus and `houqin kinds` list them.
const QList<const RecordKind*>& allKinds();
// nullptr when no kind has that key.
const RecordKind* findKind(const QString& key);

} // namespace houqin
