#include "WaitForOtherWriter.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QLabel>
#include <QProgressDialog>
#include <QTimer>

namespace houqin::gui {

WaitForOtherWriter::WaitForOtherWriter(QString path) : m_path(std::move(path)) {}

WaitForOtherWriter::~WaitForOtherWriter() {
    finished();
}

bool WaitForOtherWriter::keepWaiting(qint64 waitedMs) {
    if (!m_cursor) {
        QApplication::setOverrideCursor(Qt::BusyCursor);
        m_cursor = true;
    }
    if (!m_dialog && waitedMs >= kShowAfterMs) {
        auto* label =
            new QLabel(QApplication::translate(
                           "WaitForOtherWriter",
                           "Another program is writing to %1 (an import from the command line, or Houqin "
                           "on another computer). Houqin saves as soon as it has finished; nothing "
                           "you entered is lost.")
                           .arg(QDir::toNativeSeparators(m_path)));
        label->setWordWrap(true);
        label->setMinimumWidth(440);
        m_dialog = new QProgressDialog(QApplication::activeWindow());
        m_dialog->setLabel(label);
        //: zh_CN "取消保存"
        m_dialog->setCancelButtonText(QApplication::translate("WaitForOtherWriter", "Cancel the save"));
        m_dialog->setRange(0, 0);
        m_dialog->setObjectName(QStringLiteral("waitForOtherWriter"));
        //: zh_CN "正在等待另一个程序"
        m_dialog->setWindowTitle(
            QApplication::translate("WaitForOtherWriter", "Waiting for another program"));
        m_dialog->setWindowModality(Qt::ApplicationModal);
        m_dialog->setMinimumDuration(0);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->show();
    }
    // Until the dialog is up, input is held back: a click could close the form whose save is waiting.
    // Once it is up it is modal, so only its Cancel can be used.
    QEventLoop loop;
    QTimer::singleShot(WriteWait::kSliceMs, &loop, &QEventLoop::quit);
    loop.exec(m_dialog ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
    return !(m_dialog && m_dialog->wasCanceled());
}

void WaitForOtherWriter::finished() {
    delete m_dialog; // QPointer: null after, and null already if its parent took it along
    if (m_cursor) {
        QApplication::restoreOverrideCursor();
        m_cursor = false;
    }
}

} // namespace houqin::gui
