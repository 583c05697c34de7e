#include "TestSupport.h"

#include "storage/SettingsStore.h"

#include <gtest/gtest.h>

namespace houqin::test {

TempDb::TempDb(QDateTime now) : m_now(std::move(now)) {
    m_path = m_dir.filePath(QStringLiteral("houqin.sqlite"));
    reopen();
    KindergartenSettings s = m_db->settings();
    s.name = QStringLiteral("测试幼儿园");
    s.campuses = {QStringLiteral("滨豪园区"), QStringLiteral("新港园区")};
    s.semesterStart = QDate(2026, 9, 1);
    const Status saved = SettingsStore::save(*m_db, s, tester());
    if (!saved)
        ADD_FAILURE() << saved.error().message.toStdString();
}

void TempDb::setNow(const QDateTime& now) {
    m_now = now;
    m_db->setClock([this] { return m_now; });
}

void TempDb::reopen() {
    m_db.reset();
    auto opened = Database::open(m_path);
    if (!opened) {
        ADD_FAILURE() << opened.error().message.toStdString();
        return;
    }
    m_db = std::move(opened.value());
    setNow(m_now);
}

QString dataPath(const QString& relative) {
    return QStringLiteral(HOUQIN_TEST_DATA "/") + relative;
}

} // namespace houqin::test
