#include "DeclarationCheck.h"

#include "Database.h"
#include "Query.h"
#include "domain/KindRegistry.h"
#include "domain/ValueFormat.h"

#include <QCoreApplication>
#include <QSet>

namespace houqin::DeclarationCheck {

namespace {

struct Collector {
    int max = 100;
    int more = 0;
    QStringList problems;
    void add(const QString& p) {
        if (problems.size() < max)
            problems << p;
        else
            ++more;
    }
};

Result<QSet<QString>> columnsOf(Database& db, const QString& table) {
    QSet<QString> columns;
    Query q(db, QStringLiteral("SELECT name FROM pragma_table_info(:t)"));
    q.bind(QStringLiteral(":t"), table);
    if (Status s = q.exec(); !s)
        return s.error();
    while (q.next())
        columns.insert(q.value(0).toString());
    if (Status s = q.finish(); !s)
        return s.error();
    return columns;
}

// One kind's table: its columns, then every row's values. Lines kinds are checked as kinds of their own.
Status checkKind(Database& db, const RecordKind& kind, const RuleContext& ctx, Collector& out) {
    auto columns = columnsOf(db, kind.table);
    if (!columns)
        return columns.error();
    if (columns->isEmpty()) {
        out.add(QCoreApplication::translate("Storage", "%1: the table %2 is missing.")
                    .arg(kind.displayLabel(), kind.table));
        return {};
    }
    QStringList present;
    for (const FieldDef& f : kind.fields) {
        if (columns->contains(f.key))
            present << f.key;
        else
            out.add(QCoreApplication::translate("Storage", "%1: the column %2 of table %3 is missing.")
                        .arg(kind.displayLabel(), f.key, kind.table));
    }
    if (present.isEmpty())
        return {};
    // Identifiers come from the declaration (checked against the table above), never from the data.
    Query q(db, QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id")
                    .arg(present.join(QStringLiteral(", ")), kind.table));
    if (Status s = q.exec(); !s)
        return s;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        for (int i = 0; i < present.size(); ++i) {
            const FieldDef& f = *kind.field(present.at(i));
            const QVariant raw = q.value(i + 1);
            const QVariant value = valuefmt::fromSql(f, raw);
            for (const Issue& issue : validateField(f, value, ctx))
                if (issue.isError())
                    out.add(
                        QCoreApplication::translate("Storage", "%1, row %2, %3: %4 (stored: \"%5\")")
                            .arg(kind.displayLabel())
                            .arg(id)
                            .arg(f.key, issue.message,
                                 raw.isNull() ? QStringLiteral("NULL") : valuefmt::excerpt(raw.toString())));
        }
    }
    return q.finish();
}

} // namespace

Result<QStringList> run(Database& db, int maxProblems, int* more) {
    Collector out;
    out.max = maxProblems;
    const RuleContext ctx = db.ruleContext();
    for (const RecordKind* kind : allKinds()) {
        if (Status s = checkKind(db, *kind, ctx, out); !s)
            return s.error();
        if (kind->lines)
            if (Status s = checkKind(db, *kind->lines, ctx, out); !s)
                return s.error();
    }
    if (more)
        *more = out.more;
    return out.problems;
}

} // namespace houqin::DeclarationCheck
