#pragma once

#include "domain/Actor.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace houqin::test {

// A fresh database file in its own temporary folder (WAL, locking and backups exist only for files),
// with settings filled in and the clock fixed at `now`.
class TempDb {
public:
    explicit TempDb(QDateTime now = QDateTime(QDate(2026, 9, 7), QTime(10, 0)));
    Database& db() { return *m_db; }
    Database* operator->() { return m_db.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    void setNow(const QDateTime& now);
    // Closes and reopens the same file.
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QDateTime m_now;
    std::unique_ptr<Database> m_db;
};

inline Actor tester() {
    return {QStringLiteral("tester")};
}

// The test data folder (tests/ in the source tree).
QString dataPath(const QString& relative);

} // namespace houqin::test
