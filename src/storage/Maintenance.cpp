#include "Maintenance.h"

#include "Database.h"
#include "DeclarationCheck.h"
#include "Query.h"

#include <QCoreApplication>

namespace houqin::Maintenance {

namespace {
constexpr int kMaxListed = 100; // a damaged file can have millions of bad values; the first ones tell enough
} // namespace

Result<QStringList> check(Database& db) {
    QStringList problems;
    Query integrity(db, QStringLiteral("PRAGMA integrity_check"));
    if (Status s = integrity.exec(); !s)
        return s.error();
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QStringLiteral("ok"))
            problems << line;
    }
    if (Status s = integrity.finish(); !s)
        return s.error();
    Query fk(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (Status s = fk.exec(); !s)
        return s.error();
    while (fk.next())
        problems << QCoreApplication::translate("Storage", "Table %1, row %2 points to a missing row in %3.")
                        .arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString());
    if (Status s = fk.finish(); !s)
        return s.error();
    // SQLite's checks pass on a file whose values no declaration accepts ('bogus' as a meal, 'not-a-date' as
    // a date) or that lost a table; the declarations see those.
    int more = 0;
    auto declared = DeclarationCheck::run(db, kMaxListed, &more);
    if (!declared)
        return declared.error();
    problems << *declared;
    if (more > 0)
        problems << QCoreApplication::translate("Storage", "… and %n more problem(s).", nullptr, more);
    return problems;
}

} // namespace houqin::Maintenance
