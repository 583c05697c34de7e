#include "Permissions.h"

#include "storage/Database.h"

#include <QAction>
#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace houqin::gui {

namespace {
bool roleMay(const Database& db, const QString& kindKey, access::Action action) {
    return !db.signedIn() || access::allows(db.signedIn()->role, kindKey, action);
}
} // namespace

bool may(const Database& db, const QString& kindKey, access::Action action) {
    if (db.readOnly() && access::changes(action))
        return false;
    return roleMay(db, kindKey, action);
}

bool mayStep(const Database& db, const QString& kindKey, const QString& stepKey) {
    return !db.readOnly() && (!db.signedIn() || access::allowsStep(db.signedIn()->role, kindKey, stepKey));
}

bool isDirector(const Database& db) {
    return !db.signedIn() || access::mayManageSettings(db.signedIn()->role);
}

void hideForbiddenActions(const Database& db, const QString& kindKey, QObject* owner) {
    using A = access::Action;
    const QList<QPair<const char*, A>> actions{{"newAction", A::Create},    {"editAction", A::Edit},
                                               {"deleteAction", A::Delete}, {"printAction", A::Print},
                                               {"pdfAction", A::Print},     {"exportAction", A::Export},
                                               {"importAction", A::Import}};
    for (const auto& [name, action] : actions)
        if (auto* a = owner->findChild<QAction*>(QLatin1String(name), Qt::FindDirectChildrenOnly)) {
            // The role decides what is there; a file open read-only shows the changes greyed out.
            a->setVisible(roleMay(db, kindKey, action));
            if (db.readOnly() && access::changes(action)) {
                a->setEnabled(false);
                a->setToolTip(QCoreApplication::translate("MainWindow", "The file is open read-only."));
            }
        }
}

} // namespace houqin::gui
