// RecordRepository's reads: the SQL of a ListQuery (filters, search, date range, sort, page), list, get,
// latest, count and the streaming forEach, with access checks. Writes are in RecordRepositoryWrites.cpp.
#include "RecordRepository.h"

#include "ConditionSql.h"
#include "Database.h"
#include "Query.h"
#include "RecordLines.h"
#include "RecordReader.h"
#include "Rows.h"
#include "access/AccessCheck.h"
#include "domain/ValueFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace houqin {

namespace {

const QStringList kMetaColumns{QStringLiteral("id"), QStringLiteral("created_at"),
                               QStringLiteral("created_by"), QStringLiteral("updated_at"),
                               QStringLiteral("updated_by")};

bool isIdentifier(const QString& s) {
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return re.match(s).hasMatch();
}

QString likeEscape(QString s) {
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    s.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return s;
}
} // namespace

RecordRepository RecordRepository::forSystem(Database& db, const RecordKind& kind) {
    RecordRepository r(db, kind);
    r.m_checked = false;
    return r;
}

Status RecordRepository::check(int action) const {
    if (!m_checked)
        return accesscheck::requireWritable(m_db, m_kind, static_cast<access::Action>(action));
    return accesscheck::require(m_db, m_kind, static_cast<access::Action>(action));
}

RecordRepository::RecordRepository(Database& db, const RecordKind& kind) : m_db(db), m_kind(kind) {
    // Declarations are code, but table and column names still never reach SQL unchecked.
    Q_ASSERT(isIdentifier(kind.table));
    for (const FieldDef& f : kind.fields)
        Q_ASSERT(isIdentifier(f.key));
}

QString RecordRepository::selectColumns() const {
    QStringList cols = kMetaColumns;
    for (const FieldDef& f : m_kind.fields)
        cols << f.key;
    return cols.join(QStringLiteral(", "));
}

QString RecordRepository::whereClause(const ListQuery& lq, QVariantMap& binds) const {
    QStringList where;
    int n = 0;
    auto param = [&](const QVariant& v) {
        const QString name = QStringLiteral(":p%1").arg(n++);
        binds.insert(name, v);
        return name;
    };
    const RuleContext ctx = m_db.ruleContext();
    if (m_checked)
        if (const QList<Condition> own = accesscheck::ownRecords(m_db, m_kind); !own.isEmpty())
            where << ConditionSql::build(m_kind, m_kind.table, own, ctx, param);
    if (const FieldDef* df = m_kind.field(m_kind.dateField)) {
        if (lq.from.isValid())
            where << df->key + QStringLiteral(" >= ") + param(lq.from.toString(Qt::ISODate));
        if (lq.to.isValid()) {
            // A date-time field's day runs to 23:59:59; comparing on the day boundary covers both types.
            where << df->key + QStringLiteral(" < ") + param(lq.to.addDays(1).toString(Qt::ISODate));
        }
    }
    if (!lq.filter.isEmpty()) {
        if (const FilterDef* fd = m_kind.filter(lq.filter)) {
            // Qualified with the table name, which subqueries (Exists/NotExists) need to reach the outer
            // row; the rest of the statement stays unqualified.
            const QString sql = ConditionSql::build(m_kind, m_kind.table, fd->conditions, ctx, param);
            if (!sql.isEmpty())
                where << sql;
        } else {
            where << QStringLiteral("0"); // an unknown filter matches nothing rather than everything
        }
    }
    for (const auto& [key, value] : lq.equals) {
        if (const FieldDef* f = m_kind.field(key))
            where << (value.isNull() ? f->key + QStringLiteral(" IS NULL")
                                     : f->key + QStringLiteral(" = ") + param(valuefmt::toSql(*f, value)));
        else if (key == QStringLiteral("id"))
            where << QStringLiteral("id = ") + param(value);
    }
    for (const auto& [key, value] : lq.equalsOrEmpty)
        if (const FieldDef* f = m_kind.field(key))
            where << QStringLiteral("(%1 = %2 OR %1 IS NULL)").arg(f->key, param(valuefmt::toSql(*f, value)));
    const QStringList words = lq.search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        QList<const FieldDef*> fields;
        if (m_kind.searchFields.isEmpty()) {
            for (const FieldDef& f : m_kind.fields)
                if (f.isText() || f.type == FieldType::Choice)
                    fields << &f;
        } else {
            for (const QString& k : m_kind.searchFields)
                if (const FieldDef* f = m_kind.field(k))
                    fields << f;
        }
        // Every word must match some field; choice fields match on their translated labels too.
        for (const QString& w : words) {
            QStringList any;
            const QString like = param(QLatin1Char('%') + likeEscape(w) + QLatin1Char('%'));
            for (const FieldDef* f : fields) {
                if (f->type == FieldType::Choice) {
                    QStringList keys;
                    for (const ChoiceDef& c : f->choices)
                        if (trLabel(c.label).contains(w, Qt::CaseInsensitive) ||
                            QString::fromUtf8(c.label).contains(w, Qt::CaseInsensitive))
                            keys << param(c.key);
                    if (!keys.isEmpty())
                        any << f->key + QStringLiteral(" IN (") + keys.join(QStringLiteral(", ")) +
                                   QLatin1Char(')');
                } else {
                    any << f->key + QStringLiteral(" LIKE ") + like + QStringLiteral(" ESCAPE '\\'");
                }
            }
            where << (any.isEmpty() ? QStringLiteral("0")
                                    : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
        }
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

Result<Record> RecordRepository::get(qint64 id) const {
    if (Status s = check(int(access::Action::View)); !s)
        return s.error();
    Rows q(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = :id").arg(selectColumns(), m_kind.table));
    q.bind(QStringLiteral(":id"), id);
    std::optional<Record> found;
    RecordReader reader(m_kind, 1);
    if (Status s = q.forEach([&](const Rows& row) { found = reader.read(row); }); !s)
        return s.error();
    if (!found) {
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("Storage", "%1 #%2 does not exist (it may have been deleted).")
                .arg(m_kind.displayLabel())
                .arg(id));
    }
    Record r = std::move(*found);
    if (m_kind.lines) {
        auto lines = recordlines::load(m_db, m_kind, id);
        if (!lines)
            return lines.error();
        r.lines = *lines;
    }
    if (m_checked) {
        // Someone who sees only their own records reads no one else's by its number.
        if (const QList<Condition> own = accesscheck::ownRecords(m_db, m_kind); !own.isEmpty()) {
            ListQuery mine;
            mine.equals = {{QStringLiteral("id"), id}};
            auto n = count(mine);
            if (!n)
                return n.error();
            if (*n == 0)
                return Error::make(Error::Code::Denied,
                                   QCoreApplication::translate("Storage", "%1 #%2 is not yours to see.")
                                       .arg(m_kind.displayLabel())
                                       .arg(id));
        }
        accesscheck::keepOwnLines(m_db, m_kind, r);
    }
    return r;
}

Status RecordRepository::attachLines(QList<Record>& records) const {
    if (!m_kind.lines || records.isEmpty())
        return {};
    QList<qint64> ids;
    ids.reserve(records.size());
    for (const Record& r : records)
        ids << r.id;
    auto lines = recordlines::loadMany(m_db, m_kind, ids);
    if (!lines)
        return lines.error();
    for (Record& r : records)
        r.lines = lines->value(r.id);
    return {};
}

QString RecordRepository::listSql(const ListQuery& lq, QVariantMap& binds) const {
    QString sql =
        QStringLiteral("SELECT %1 FROM %2").arg(selectColumns(), m_kind.table) + whereClause(lq, binds);
    QString sort = lq.sortField.isEmpty() ? m_kind.defaultSort : lq.sortField;
    if (!m_kind.field(sort) && sort != QStringLiteral("id"))
        sort = QStringLiteral("id");
    const bool desc = lq.sortDescending.value_or(m_kind.defaultSortDescending);
    const QString dir = desc ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    sql += QStringLiteral(" ORDER BY ") + sort + dir;
    if (sort != QStringLiteral("id"))
        sql += QStringLiteral(", id") + dir; // a stable order, so pages never overlap
    if (lq.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(lq.limit).arg(qMax(0, lq.offset));
    return sql;
}

Result<QList<Record>> RecordRepository::list(const ListQuery& lq) const {
    if (Status s = check(int(access::Action::View)); !s)
        return s.error();
    QVariantMap binds;
    Rows q(m_db, listSql(lq, binds));
    for (auto it = binds.begin(); it != binds.end(); ++it)
        q.bind(it.key(), it.value());
    QList<Record> out;
    if (lq.limit > 0)
        out.reserve(lq.limit);
    RecordReader reader(m_kind, lq.limit);
    if (Status s = q.forEach([&](const Rows& row) { out << reader.read(row); }); !s)
        return s.error();
    if (Status s = attachLines(out); !s)
        return s.error();
    if (m_checked)
        for (Record& r : out)
            accesscheck::keepOwnLines(m_db, m_kind, r);
    return out;
}

Status RecordRepository::forEach(const ListQuery& lq, const std::function<bool(const Record&)>& each) const {
    if (Status s = check(int(access::Action::View)); !s)
        return s;
    // A chunk is a reader's page, so the records handed out belong to a page that is read to its end.
    constexpr int kChunk = RecordReader::kRowsPerPage;
    QVariantMap binds;
    Rows q(m_db, listSql(lq, binds));
    for (auto it = binds.begin(); it != binds.end(); ++it)
        q.bind(it.key(), it.value());
    QList<Record> chunk;
    chunk.reserve(kChunk);
    std::optional<Error> failed;
    bool stopped = false;
    RecordReader reader(m_kind);
    // The lines of a chunk are read while the statement waits; SQLite allows both on one connection.
    auto handOut = [&] {
        if (Status s = attachLines(chunk); !s) {
            failed = s.error();
            return false;
        }
        for (Record& r : chunk) {
            if (m_checked)
                accesscheck::keepOwnLines(m_db, m_kind, r);
            if (!each(r)) {
                stopped = true;
                return false;
            }
        }
        chunk.clear();
        return true;
    };
    if (Status s = q.forEachWhile([&](const Rows& row) {
            chunk << reader.read(row);
            return chunk.size() < kChunk || handOut();
        });
        !s)
        return s;
    if (!failed && !stopped && !chunk.isEmpty())
        handOut();
    if (failed)
        return *failed;
    return {};
}

Result<qint64> RecordRepository::count(const ListQuery& lq) const {
    if (Status s = check(int(access::Action::View)); !s)
        return s.error();
    QVariantMap binds;
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM ") + m_kind.table + whereClause(lq, binds));
    for (auto it = binds.begin(); it != binds.end(); ++it)
        q.bind(it.key(), it.value());
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next()) {
        if (Status s = q.finish(); !s)
            return s.error();
        return qint64(0);
    }
    return q.value(0).toLongLong();
}

Result<std::optional<Record>> RecordRepository::latest() const {
    if (Status s = check(int(access::Action::View)); !s)
        return s.error();
    Rows q(m_db,
           QStringLiteral("SELECT %1 FROM %2 ORDER BY id DESC LIMIT 1").arg(selectColumns(), m_kind.table));
    std::optional<Record> last;
    RecordReader reader(m_kind, 1);
    if (Status s = q.forEach([&](const Rows& row) { last = reader.read(row); }); !s)
        return s.error();
    return last;
}

Issues RecordRepository::validate(const Record& r) const {
    return validateRecord(m_kind, r, m_db.ruleContext());
}

} // namespace houqin
