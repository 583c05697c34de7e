#pragma once

#include "domain/access/Roles.h"

#include <QString>

class QObject;

namespace houqin {
class Database;
}

// The permission matrix as the GUI asks it, for the user signed in to the database: what a tab's side list
// offers, which buttons a list and a workflow bar show, whether Tools → Settings is there. The repository
// refuses whatever these let through by mistake; these keep people from meeting the refusal.
namespace houqin::gui {

// Everything is allowed while no one is signed in (a file without users). Nothing that changes records is
// allowed while the file is open read-only (Database::readOnly).
bool may(const Database& db, const QString& kindKey, access::Action action);
bool mayStep(const Database& db, const QString& kindKey, const QString& stepKey);
// Settings, users and the audit trail.
bool isDirector(const Database& db);
// Hides the list actions of kindKey under owner that the user may not take, found by their object names
// (newAction, editAction, deleteAction, printAction, pdfAction, exportAction, importAction); on a file open
// read-only, disables those that change records.
void hideForbiddenActions(const Database& db, const QString& kindKey, QObject* owner);

} // namespace houqin::gui
