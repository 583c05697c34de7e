#include "RecordLines.h"

#include "Database.h"
#include "Query.h"
#include "RecordReader.h"
#include "Rows.h"
#include "StoredPage.h"
#include "domain/ValueFormat.h"

#include <QJsonObject>
#include <QSet>

namespace houqin::recordlines {

namespace {

constexpr int kFirstLineField = 2; // after the record's id and the line's own

QString lineColumns(const RecordKind& lines) {
    QStringList cols;
    for (const FieldDef& f : lines.fields)
        cols << f.key;
    return cols.join(QStringLiteral(", "));
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
        // Read as a record's own values are (storage/RecordReader): the cells stay in pages of
        // StoredPage, converted when a line's value is read.
        Rows q(db, QStringLiteral("SELECT %1, id, %2 FROM %3 WHERE %1 IN (%4) ORDER BY %1, line_no")
                       .arg(kind.linesParentColumn, lineColumns(lines), lines.table,
                            params.join(QStringLiteral(", "))));
        for (qsizetype i = 0; i < chunk.size(); ++i)
            q.bind(params.at(i), chunk.at(i));
        std::shared_ptr<StoredPage> page;
        if (Status s = q.forEach([&](const Rows& row) {
                if (!page || page->rowCount() >= RecordReader::kRowsPerPage)
                    page = std::make_shared<StoredPage>(lines.fields, kFirstLineField, 64);
                Record line;
                line.id = row.int64(1);
                line.values = RecordValues(page, page->append(row));
                out[row.int64(0)] << line;
            });
            !s)
            return s.error();
    }
    return out;
}

Status write(Database& db, const RecordKind& kind, qint64 recordId, const QList<Record>& lines) {
    if (!kind.lines)
        return {};
    const RecordKind& lk = *kind.lines;
    // The record's lines as stored: a line given with one of these ids is updated in place, so that what
    // hangs on it (its photos) stays; a stored line not given is deleted (its photos go with it, by
    // trigger); a line without an id, or with an id of another record's line, is inserted.
    QSet<qint64> stored;
    {
        Query q(db, QStringLiteral("SELECT id FROM %1 WHERE %2 = :id").arg(lk.table, kind.linesParentColumn));
        q.bind(QStringLiteral(":id"), recordId);
        if (Status s = q.exec(); !s)
            return s;
        while (q.next())
            stored.insert(q.value(0).toLongLong());
    }
    QSet<qint64> kept;
    QList<bool> update(lines.size(), false);
    for (qsizetype n = 0; n < lines.size(); ++n)
        if (const qint64 id = lines.at(n).id; stored.contains(id) && !kept.contains(id)) {
            kept.insert(id);
            update[n] = true;
        }
    Query del(db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(lk.table));
    for (qint64 id : std::as_const(stored))
        if (!kept.contains(id)) {
            del.bind(QStringLiteral(":id"), id);
            if (Status s = del.exec(); !s)
                return s;
        }
    // Out of the way of UNIQUE(parent, line_no) while the kept lines take their new numbers: negative
    // numbers never collide with the positive ones given below (checked per row, as PostgreSQL does).
    if (!kept.isEmpty()) {
        Query away(db, QStringLiteral("UPDATE %1 SET line_no = -line_no WHERE %2 = :id")
                           .arg(lk.table, kind.linesParentColumn));
        away.bind(QStringLiteral(":id"), recordId);
        if (Status s = away.exec(); !s)
            return s;
    }
    QStringList cols{kind.linesParentColumn, QStringLiteral("line_no")};
    QStringList params{QStringLiteral(":parent"), QStringLiteral(":line_no")};
    QStringList sets{QStringLiteral("line_no = :line_no")};
    for (const FieldDef& f : lk.fields) {
        cols << f.key;
        params << QLatin1Char(':') + f.key;
        sets << f.key + QStringLiteral(" = :") + f.key;
    }
    // Prepared once each, bound and run per line.
    Query ins(db, QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                      .arg(lk.table, cols.join(QStringLiteral(", ")), params.join(QStringLiteral(", "))));
    Query upd(
        db, QStringLiteral("UPDATE %1 SET %2 WHERE id = :id").arg(lk.table, sets.join(QStringLiteral(", "))));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        Query& q = update.at(n) ? upd : ins;
        if (update.at(n))
            q.bind(QStringLiteral(":id"), lines.at(n).id);
        else
            q.bind(QStringLiteral(":parent"), recordId);
        q.bind(QStringLiteral(":line_no"), qint64(n + 1));
        for (const FieldDef& f : lk.fields)
            q.bind(QLatin1Char(':') + f.key, valuefmt::toSql(f, lines.at(n).value(f.key)));
        if (Status s = q.exec(); !s)
            return s;
    }
    return {};
}

} // namespace houqin::recordlines
