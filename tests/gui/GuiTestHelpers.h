#pragma once

#include "FoodSampleRecords.h"
#include "TestSupport.h"
#include "domain/RecordKind.h"
#include "storage/RecordRepository.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QWidget>
#include <gtest/gtest.h>

namespace houqin::test {

inline qint64 insertOrFail(RecordRepository& repo, const Record& r) {
    auto id = repo.insert(r, tester());
    EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().message.toStdString());
    return id.ok() ? *id : 0;
}

// Types text the way an input method commits it: QTest::keyClicks only handles ASCII, so Chinese goes
// through a QInputMethodEvent with a commit string, as it does from a real IME.
inline void commitText(QWidget* w, const QString& text) {
    w->setFocus();
    QInputMethodEvent preedit(text, {});
    QApplication::sendEvent(w, &preedit);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(w, &commit);
}

// Fills the first-run wizard's director's account page (present on a file without users).
inline void fillDirectorAccount(QWidget* wizard, const QString& name = QStringLiteral("刘园长"),
                                const QString& password = QStringLiteral("园长密码-2026")) {
    for (const char* key : {"newPasswordLineEdit", "repeatLineEdit"})
        if (auto* e = wizard->findChild<QLineEdit*>(QLatin1String(key)))
            e->setText(password);
    if (auto* e = wizard->findChild<QLineEdit*>(QStringLiteral("directorNameLineEdit")))
        e->setText(name);
}

} // namespace houqin::test
