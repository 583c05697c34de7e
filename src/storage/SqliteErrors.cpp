#include "SqliteErrors.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace houqin::sqliteerrors {

QString message(int sqliteCode) {
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate(
            "Storage", "The database is in use by another program. Try again in a moment.");
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return QCoreApplication::translate(
            "Storage", "The database file cannot be written (it or its folder is read-only), so nothing was "
                       "saved. Check the file's permissions, or copy it to a folder you may write to.");
    case SQLITE_CORRUPT:
        return QCoreApplication::translate(
            "Storage", "The database file is damaged. Nothing more was written to it. Restore it from the "
                       "newest backup, or run \"houqin check\" to see what is damaged.");
    case SQLITE_NOTADB:
        return QCoreApplication::translate("Storage", "The file is not a database that Houqin can read.");
    case SQLITE_FULL:
        return QCoreApplication::translate(
            "Storage", "The disk is full, so nothing was saved. Free some space and try again.");
    case SQLITE_IOERR:
        return QCoreApplication::translate(
            "Storage", "The database file could not be read or written (a disk or network error). Nothing "
                       "was saved; check the disk or the network share and try again.");
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate(
            "Storage",
            "The database file cannot be opened. Check that its folder exists and may be written.");
    case SQLITE_NOMEM:
        return QCoreApplication::translate("Storage", "The computer ran out of memory; nothing was saved.");
    case SQLITE_CONSTRAINT:
        return QCoreApplication::translate("Storage", "The database refused this change.");
    default:
        return QCoreApplication::translate("Storage", "A database operation failed (SQLite error %1).")
            .arg(sqliteCode);
    }
}

Error::Code codeOf(int sqliteCode) {
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Code::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::Code::Damaged;
    case SQLITE_READONLY:
        return Error::Code::ReadOnly;
    default:
        return Error::Code::Sql;
    }
}

Error failure(sqlite3* h, int rc, const QString& sql, const char* where) {
    const int native = rc ? rc : sqlite3_extended_errcode(h);
    Error e;
    e.code = codeOf(native);
    e.message = message(native);
    e.sql = sql;
    e.where = QString::fromLatin1(where);
    e.detail = QString::fromUtf8(rc ? sqlite3_errstr(rc) : sqlite3_errmsg(h));
    // SQLITE_CONSTRAINT, also as an extended code: a trigger's RAISE(ABORT), UNIQUE, CHECK.
    e.constraint = (native & 0xff) == SQLITE_CONSTRAINT;
    return e;
}

} // namespace houqin::sqliteerrors
