#include "Permissions.h"

#include "storage/Database.h"

#include <QAction>
#include <QList>
#include <QPair>

namespace houqin::gui {

bool may(const Database& db, const QString& kindKey, access::Action action) {
    return !db.signedIn() || access::allows(db.signedIn()->role, kindKey, action);
}

bool mayStep(const Database& db, const QString& kindKey, const QString& stepKey) {
    return !db.signedIn() || access::allowsStep(db.signedIn()->role, kindKey, stepKey);
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
        if (auto* a = owner->findChild<QAction*>(QLatin1String(name), Qt::FindDirectChildrenOnly))
            a->setVisible(may(db, kindKey, action));
}

} // namespace houqin::gui
