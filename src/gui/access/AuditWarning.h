#pragma once

#include <QString>
#include <optional>

class QWidget;

namespace houqin {
class Database;
}

namespace houqin::gui {

// When the director signs in, the audit trail is checked from the last verified row on (AuditChain::verify
// with the checkpoint, so the check stays short however long the history): a changed, deleted or inserted
// row is reported at once. Other roles are not told; the director is.
std::optional<QString> auditProblem(Database& db);
// Shows auditProblem() in a warning box over parent, if there is one.
void warnIfAuditBroken(Database& db, QWidget* parent);

} // namespace houqin::gui
