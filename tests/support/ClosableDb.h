#pragma once

#include "TestSupport.h"
#include "storage/SettingsStore.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace houqin::test {

// Like TempDb (a configured database file in its own folder, the clock fixed), but a test may close it
// and open it again: a restore replaces the file, and a command or a child process opens it itself.
class ClosableDb {
public:
    explicit ClosableDb(QDateTime now = QDateTime(QDate(2026, 9, 7), QTime(10, 0))) : m_now(std::move(now)) {
        m_path = m_dir.filePath(QStringLiteral("houqin.sqlite"));
        reopen();
        if (!m_db)
            return;
        KindergartenSettings s = m_db->settings();
        s.name = QStringLiteral("测试幼儿园");
        s.campuses = {QStringLiteral("滨豪园区"), QStringLiteral("新港园区")};
        s.semesterStart = QDate(2026, 9, 1);
        const Status saved = SettingsStore::save(*m_db, s, tester());
        if (!saved)
            ADD_FAILURE() << saved.error().message.toStdString();
    }
    Database& db() { return *m_db; }
    Database* operator->() { return m_db.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    void setNow(const QDateTime& now) {
        m_now = now;
        if (m_db)
            m_db->setClock([this] { return m_now; });
    }
    void close() { m_db.reset(); }
    void reopen() {
        m_db.reset();
        auto opened = Database::open(m_path);
        if (!opened) {
            ADD_FAILURE() << opened.error().message.toStdString();
            return;
        }
        m_db = std::move(opened.value());
        setNow(m_now);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QDateTime m_now;
    std::unique_ptr<Database> m_db;
};

} // namespace houqin::test
