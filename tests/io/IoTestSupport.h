#pragma once

#include "TestSupport.h"
#include "domain/Translations.h"
#include "io/RecordCsv.h"
#include "storage/Query.h"

#include <QByteArray>
#include <QString>
#include <gtest/gtest.h>

namespace houqin::test {

inline int countSql(Database& db, const QString& sql) {
    Query q(db, sql);
    EXPECT_TRUE(q.exec().ok());
    EXPECT_TRUE(q.next());
    return q.value(0).toInt();
}

// Rows of a table and of the audit trail: an import that fails must change neither.
struct DbCounts {
    int rows = 0;
    int audit = 0;
    bool operator==(const DbCounts&) const = default;
};
inline DbCounts counts(Database& db, const QString& table) {
    return {countSql(db, QStringLiteral("SELECT count(*) FROM ") + table),
            countSql(db, QStringLiteral("SELECT count(*) FROM audit_log"))};
}
inline void PrintTo(const DbCounts& c, std::ostream* os) {
    *os << "{rows " << c.rows << ", audit " << c.audit << "}";
}

inline std::string describe(const io::ImportResult& r) {
    std::string s;
    for (const io::ImportProblem& p : r.problems)
        s += p.toString().toStdString() + "\n";
    return s;
}

// The zh_CN label of a field, or empty while the catalogue has no translation for it yet.
inline QString zhLabel(const char* source) {
    const QString zh = i18n::translateIn(QStringLiteral("zh_CN"), "Fields", source);
    return zh == QString::fromUtf8(source) ? QString() : zh;
}

} // namespace houqin::test

namespace houqin::test {
// A file from another database (a copy between two files): its record IDs are ignored, every row is added.
inline io::ImportOptions insertOnly() {
    io::ImportOptions o;
    o.ids = io::IdMode::InsertOnly;
    return o;
}
} // namespace houqin::test
