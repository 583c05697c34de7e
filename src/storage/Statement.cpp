#include "Statement.h"

#include "Database.h"
#include "SqliteErrors.h"
#include "logging/Log.h"

#include <sqlite3.h>

namespace houqin {

Statement::Statement(Database& db, const QString& sql, const char* where)
    : m_handle(db.handle()), m_sql(sql), m_where(where) {
    m_stmt = db.keptStatement(sql);
    if (!m_stmt) // read now: SQLite's message is the connection's last one
        m_prepareError = sqliteerrors::failure(m_handle, 0, sql, where);
}

Statement::~Statement() {
    // The statement stays prepared for the next record; a run that was never executed leaves no values.
    if (m_stmt)
        sqlite3_clear_bindings(m_stmt);
}

Statement& Statement::bindNull(int i) {
    if (m_stmt && m_bindRc == SQLITE_OK)
        m_bindRc = sqlite3_bind_null(m_stmt, i);
    return *this;
}

Statement& Statement::bind(int i, qint64 v) {
    if (m_stmt && m_bindRc == SQLITE_OK)
        m_bindRc = sqlite3_bind_int64(m_stmt, i, v);
    return *this;
}

Statement& Statement::bind(int i, const QString& text) {
    if (text.isNull())
        return bindNull(i);
    // A lone surrogate has no UTF-8 form: such text is handed to SQLite as UTF-16, as the Qt driver does,
    // so that it is stored as it always was.
    for (const QChar c : text)
        if (c.isSurrogate()) {
            if (m_stmt && m_bindRc == SQLITE_OK)
                m_bindRc =
                    sqlite3_bind_text16(m_stmt, i, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
            return *this;
        }
    return bindUtf8(i, text.toUtf8());
}

Statement& Statement::bindUtf8(int i, const QByteArray& text) {
    if (text.isNull())
        return bindNull(i);
    if (m_stmt && m_bindRc == SQLITE_OK)
        m_bindRc = sqlite3_bind_text64(m_stmt, i, text.constData(), sqlite3_uint64(text.size()),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bind(int i, const QVariant& v) {
    if (v.isNull())
        return bindNull(i);
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return bind(i, v.toLongLong());
    case QMetaType::Double:
        if (m_stmt && m_bindRc == SQLITE_OK)
            m_bindRc = sqlite3_bind_double(m_stmt, i, v.toDouble());
        return *this;
    case QMetaType::QByteArray: {
        const QByteArray b = v.toByteArray();
        if (b.isNull())
            return bindNull(i);
        if (m_stmt && m_bindRc == SQLITE_OK)
            m_bindRc =
                sqlite3_bind_blob64(m_stmt, i, b.constData(), sqlite3_uint64(b.size()), SQLITE_TRANSIENT);
        return *this;
    }
    default:
        return bind(i, v.toString());
    }
}

Error Statement::fail(const QString& what, int rc) const {
    const Error e = sqliteerrors::failure(m_handle, rc, m_sql, m_where);
    log::get("storage")->error("{} in {}: {} [SQL: {}]", log::s(what), m_where, log::s(e.detail),
                               log::s(m_sql));
    return e;
}

Status Statement::exec() {
    if (!m_stmt) {
        log::get("storage")->error("prepare failed in {}: {} [SQL: {}]", m_where,
                                   log::s(m_prepareError->detail), log::s(m_sql));
        return *m_prepareError;
    }
    if (m_bindRc != SQLITE_OK) {
        const int rc = m_bindRc;
        m_bindRc = SQLITE_OK;
        sqlite3_clear_bindings(m_stmt);
        return fail(QStringLiteral("bind failed"), rc);
    }
    const int rc = sqlite3_step(m_stmt);
    // The error is read before the reset, which would leave the same message but is not needed for it.
    std::optional<Error> error;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        error = fail(QStringLiteral("exec failed"));
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (error)
        return *error;
    return {};
}

qint64 Statement::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_handle);
}

} // namespace houqin
