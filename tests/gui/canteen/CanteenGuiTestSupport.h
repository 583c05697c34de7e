#pragma once

#include "../GuiTestHelpers.h"
#include "domain/staff/StaffKind.h"

#include <QApplication>
#include <QTest>

namespace houqin::test {

// A staff member as the staff list stores one.
inline Record staffMember(const QString& name, const QString& post, const QString& campus,
                          const QString& status = QStringLiteral("active")) {
    Record r;
    r.set(QStringLiteral("name"), name);
    r.set(QStringLiteral("post"), post);
    r.set(QStringLiteral("campus"), campus);
    r.set(QStringLiteral("status"), status);
    return r;
}

// Shows a dialog as the active window and lets its queued start-up (the first cell opening) run.
inline void showActive(QWidget& w) {
    w.show();
    QApplication::setActiveWindow(&w);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

// Types ASCII text into whatever has the focus, as a keyboard would.
inline void typeKeys(const QString& text) {
    QWidget* w = QApplication::focusWidget();
    ASSERT_NE(w, nullptr) << "nothing has the keyboard focus";
    QTest::keyClicks(w, text);
}

// Presses a key in whatever has the focus, then lets queued work (Enter's commit) run.
inline void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget* w = QApplication::focusWidget();
    ASSERT_NE(w, nullptr) << "nothing has the keyboard focus";
    QTest::keyClick(w, key, modifiers);
    QCoreApplication::processEvents();
}

} // namespace houqin::test
