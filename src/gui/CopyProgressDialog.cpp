#include "CopyProgressDialog.h"

#include <QApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <atomic>
#include <memory>

namespace houqin::gui {

Status runWithProgress(QWidget* parent, const QString& label,
                       const std::function<Status(const checkedcopy::Progress&)>& work) {
    QProgressDialog dialog(label, QCoreApplication::translate("CopyProgressDialog", "Cancel"), 0, 100,
                           parent);
    dialog.setObjectName(QStringLiteral("copyProgressDialog"));
    dialog.setWindowTitle(label);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(0);
    dialog.setValue(0);
    dialog.show();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [cancelled] { *cancelled = true; });
    Status result;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        result = work([&dialog, cancelled](int done, int total) {
            // Queued to the dialog: a step still in the queue when the dialog is gone is dropped with it.
            QMetaObject::invokeMethod(
                &dialog,
                [&dialog, done, total] {
                    if (total > 0 && !dialog.wasCanceled()) {
                        dialog.setMaximum(total);
                        dialog.setValue(done);
                    }
                },
                Qt::QueuedConnection);
            return !cancelled->load();
        });
    }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    return result;
}

} // namespace houqin::gui
