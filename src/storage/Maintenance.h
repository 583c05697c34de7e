#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace houqin {

class Database;

namespace Maintenance {
// PRAGMA integrity_check and foreign_key_check, then every table, column and stored value against the
// record-kind declarations (DeclarationCheck; the first 100 problems, then a count of the rest). An empty
// list means the file is sound.
Result<QStringList> check(Database& db);
} // namespace Maintenance

} // namespace houqin
