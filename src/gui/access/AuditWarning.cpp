#include "AuditWarning.h"

#include "Permissions.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace houqin::gui {

std::optional<QString> auditProblem(Database& db) {
    if (!db.signedIn() || !isDirector(db))
        return std::nullopt;
    auto verdict = AuditChain::verify(db, true);
    if (!verdict)
        return verdict.error().message;
    if (verdict->intact())
        return std::nullopt;
    //: zh_CN "%1\n请运行 houqin audit verify 检查整条操作记录，并从备份中找回未被改动的数据文件。"
    return QCoreApplication::translate("AuditWarning",
                                       "%1\nRun houqin audit verify to check the whole trail, "
                                       "and look for an unchanged copy among the backups.")
        .arg(verdict->reason);
}

void warnIfAuditBroken(Database& db, QWidget* parent) {
    if (const auto problem = auditProblem(db))
        QMessageBox::warning(parent,
                             //: zh_CN "操作记录被改动过"
                             QCoreApplication::translate("AuditWarning", "The audit trail has been changed"),
                             *problem);
}

} // namespace houqin::gui
