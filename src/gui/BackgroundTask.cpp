#include "BackgroundTask.h"

#include "storage/Database.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

namespace houqin::gui {

Status runInBackground(QWidget* parent, Database& db, const QString& label,
                       const std::function<Status(Database&, TaskControl&)>& work) {
    TaskControl control;
    const QString path = db.path();
    if (path.isEmpty() || path == QStringLiteral(":memory:"))
        return work(db, control);
    Status result;
    std::unique_ptr<QThread> thread(QThread::create([&, signedIn = db.signedIn(), clock = db.clock(),
                                                     readOnly = db.readOnly()] {
        // Opened, used and closed on this thread: a Qt SQL connection belongs to the thread that made it.
        // A database the GUI has open read-only stays read-only here too; the GUI checked it when it
        // opened it.
        auto own = Database::open(path, Database::OpenOptions{.readOnly = readOnly, .alreadyChecked = true});
        if (!own) {
            result = own.error();
            return;
        }
        (*own)->setSignedIn(signedIn);
        (*own)->setClock(clock);
        result = work(**own, control);
    }));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    thread->start();
    // A short task ends before anything is shown; meanwhile the window repaints but takes no input.
    QElapsedTimer waited;
    waited.start();
    while (!thread->wait(QDeadlineTimer(20)) && waited.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    if (!thread->isFinished()) {
        QProgressDialog dialog(label, QApplication::translate("BackgroundTask", "Cancel"), 0, 0, parent);
        dialog.setObjectName(QStringLiteral("backgroundTaskDialog"));
        dialog.setWindowModality(Qt::WindowModal);
        dialog.setAutoReset(false);
        dialog.setAutoClose(false);
        dialog.setMinimumDuration(0);
        // Cancel asks the work to stop; the dialog stays until it has rolled back.
        QObject::disconnect(&dialog, &QProgressDialog::canceled, &dialog, &QProgressDialog::cancel);
        QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
            control.cancel();
            dialog.setLabelText(QApplication::translate("BackgroundTask", "Cancelling…"));
            if (auto* button = dialog.findChild<QPushButton*>())
                button->setEnabled(false);
        });
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (thread->isFinished()) {
                loop.quit();
                return;
            }
            const int total = control.total();
            if (total > 0 && dialog.maximum() != total)
                dialog.setMaximum(total);
            if (total > 0)
                dialog.setValue(qMin(control.done(), total));
        });
        poll.start(50);
        dialog.show();
        loop.exec();
    }
    thread->wait();
    QApplication::restoreOverrideCursor();
    return result;
}

} // namespace houqin::gui
