#include "RecordLines.h"

#include "Database.h"
#include "Query.h"
#include "domain/ValueFormat.h"

#include <QJsonObject>

namespace houqin::recordlines {

namespace {

QString lineColumns(const RecordKind& lines) {
    QStringList cols;
    for (const FieldDef& f : lines.fields)
        cols << f.key;
    return cols.join(QStringLiteral(", "));
}

Record lineFrom(const RecordKind& lines, const Query& q, int first) {
    Record r;
    r.id = q.value(first - 1).toLongLong();
    int i = first;
    for (const FieldDef& f : lines.fields) {
        const QVariant v = valuefmt::fromSql(f, q.value(i++));
        if (!v.isNull())
            r.values.insert(f.key, v);
    }
    return r;
}

} // namespace

Result<QList<Record>> load(Database& db, const RecordKind& kind, qint64 recordId) {
    auto many = loadMany(db, kind, {recordId});
    if (!many)
        return many.error();
    return many->value(recordId);
}

Result<QHash<qint64, QList<Record>>> loadMany(Database& db, const RecordKind& kind,
                                              const QList<qint64>& ids) {
    QHash<qint64, QList<Record>> out;
    if (!kind.lines || ids.isEmpty())
        return out;
    const RecordKind& lines = *kind.lines;
    constexpr qsizetype kChunk = 500; // well under SQLite's limit of bound parameters
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QStringList params;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            params << QStringLiteral(":i%1").arg(i);
        Query q(db, QStringLiteral("SELECT %1, id, %2 FROM %3 WHERE %1 IN (%4) ORDER BY %1, line_no")
                        .arg(kind.linesParentColumn, lineColumns(lines), lines.table,
                             params.join(QStringLiteral(", "))));
        for (qsizetype i = 0; i < chunk.size(); ++i)
            q.bind(params.at(i), chunk.at(i));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            out[q.value(0).toLongLong()] << lineFrom(lines, q, 2);
        if (Status s = q.finish(); !s)
            return s.error();
    }
    return out;
}

Status write(Database& db, const RecordKind& kind, qint64 recordId, const QList<Record>& lines) {
    if (!kind.lines)
        return {};
    const RecordKind& lk = *kind.lines;
    Query del(db, QStringLiteral("DELETE FROM %1 WHERE %2 = :id").arg(lk.table, kind.linesParentColumn));
    del.bind(QStringLiteral(":id"), recordId);
    if (Status s = del.exec(); !s)
        return s;
    QStringList cols{kind.linesParentColumn, QStringLiteral("line_no")};
    QStringList params{QStringLiteral(":parent"), QStringLiteral(":line_no")};
    for (const FieldDef& f : lk.fields) {
        cols << f.key;
        params << QLatin1Char(':') + f.key;
    }
    const QString sql =
        QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
            .arg(lk.table, cols.join(QStringLiteral(", ")), params.join(QStringLiteral(", ")));
    Query ins(db, sql); // prepared once, bound and run per line
    for (qsizetype n = 0; n < lines.size(); ++n) {
        ins.bind(QStringLiteral(":parent"), recordId).bind(QStringLiteral(":line_no"), qint64(n + 1));
        for (const FieldDef& f : lk.fields)
            ins.bind(QLatin1Char(':') + f.key, valuefmt::toSql(f, lines.at(n).value(f.key)));
        if (Status s = ins.exec(); !s)
            return s;
    }
    return {};
}

QJsonArray toJson(const RecordKind& kind, const QList<Record>& lines) {
    QJsonArray out;
    if (!kind.lines)
        return out;
    for (const Record& line : lines) {
        QJsonObject o;
        for (const FieldDef& f : kind.lines->fields) {
            const QString v = valuefmt::canonical(f, line.value(f.key));
            if (!v.isEmpty())
                o.insert(f.key, v);
        }
        out << o;
    }
    return out;
}

} // namespace houqin::recordlines
