#include "RestoreFlow.h"

#include "CopyProgressDialog.h"
#include "ErrorDisplay.h"
#include "storage/Restore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QMessageBox>

namespace houqin::gui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("RestoreFlow", text);
}
} // namespace

bool restoreClosedDatabase(const QString& backup, const QString& dbPath, QWidget* parent) {
    QString aside;
    //: zh_CN "正在恢复…"
    const Status s =
        runWithProgress(parent, tr("Restoring…"), [&](const checkedcopy::Progress& progress) -> Status {
            auto r = restore::run(backup, dbPath, QDateTime::currentDateTime(), progress);
            if (!r)
                return r.error();
            aside = *r;
            return {};
        });
    if (!s) {
        if (!checkedcopy::isCancelled(s.error()))
            //: zh_CN "无法恢复数据库（数据库没有改动）"
            showError(parent, tr("Could not restore the database (it was not changed)"), s.error());
        return false;
    }
    QString text = tr("The database was restored from %1.").arg(QDir::toNativeSeparators(backup));
    if (!aside.isEmpty())
        text +=
            QLatin1Char('\n') + tr("The previous file is kept as %1.").arg(QDir::toNativeSeparators(aside));
    QMessageBox box(QMessageBox::Information, tr("Database restored"), text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("restoredMessage"));
    box.exec();
    return true;
}

} // namespace houqin::gui
