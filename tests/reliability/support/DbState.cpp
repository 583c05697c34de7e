#include "DbState.h"

#include <QStringList>
#include <sqlite3.h>

namespace houqin::reliability {

DbState::DbState(const QString& path) {
    const QByteArray name = path.toUtf8();
    if (sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    sqlite3_busy_timeout(m_db, 10000);
}

DbState::~DbState() {
    sqlite3_close(m_db);
}

QString DbState::query(const char* sql, const QString& separator) {
    if (!m_db)
        return m_error;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK)
        return QStringLiteral("cannot prepare %1: %2")
            .arg(QLatin1String(sql), QString::fromUtf8(sqlite3_errmsg(m_db)));
    QStringList rows;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        QStringList cols;
        for (int i = 0; i < sqlite3_column_count(st); ++i)
            cols << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, i)));
        rows << cols.join(QLatin1Char('|'));
    }
    if (rc != SQLITE_DONE)
        rows << QStringLiteral("error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    sqlite3_finalize(st);
    return rows.join(separator);
}

QString DbState::integrityCheck() {
    return query("PRAGMA integrity_check", QStringLiteral("; "));
}

QString DbState::foreignKeyCheck() {
    return query("PRAGMA foreign_key_check", QStringLiteral("; "));
}

qint64 DbState::count(const QString& table, const QString& condition) {
    if (!m_db)
        return -1;
    const QByteArray sql =
        QStringLiteral("SELECT COUNT(*) FROM \"%1\" WHERE %2").arg(table, condition).toUtf8();
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        return -1;
    const qint64 n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    return n;
}

TableCounts DbState::counts() {
    TableCounts out;
    const QString names = query(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        QStringLiteral("\n"));
    for (const QString& table : names.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out.insert(table, count(table));
    return out;
}

TableCounts difference(const TableCounts& before, const TableCounts& after) {
    TableCounts d;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (const qint64 delta = it.value() - before.value(it.key(), 0); delta != 0)
            d.insert(it.key(), delta);
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()))
            d.insert(it.key(), -it.value());
    return d;
}

TableCounts plus(const TableCounts& base, const TableCounts& delta) {
    TableCounts out = base;
    for (auto it = delta.begin(); it != delta.end(); ++it)
        out[it.key()] += it.value();
    return out;
}

QString describe(const TableCounts& delta) {
    if (delta.isEmpty())
        return QStringLiteral("no change");
    QStringList parts;
    for (auto it = delta.begin(); it != delta.end(); ++it)
        parts << QStringLiteral("%1 %2%3")
                     .arg(it.key(), it.value() > 0 ? QStringLiteral("+") : QString())
                     .arg(it.value());
    return parts.join(QStringLiteral(", "));
}

} // namespace houqin::reliability
