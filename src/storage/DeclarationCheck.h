#pragma once

#include "domain/Result.h"

#include <QStringList>

namespace houqin {

class Database;

namespace DeclarationCheck {
// The stored data against the record-kind declarations, beyond what SQLite's own checks see: every declared
// table and column exists, and every stored value of every row is one its field accepts (a choice key that
// is declared, a real date, a number in range, required values present, readable text). Each problem names
// the kind, the row id, the field and the stored value (cut short). At most maxProblems are listed; *more
// receives how many further problems were found.
Result<QStringList> run(Database& db, int maxProblems, int* more);
} // namespace DeclarationCheck

} // namespace houqin
