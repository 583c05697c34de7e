#pragma once

#include "storage/Attachments.h"

#include <QList>
#include <QString>

class QWidget;

namespace houqin {
class Database;
}

namespace houqin::gui {

// A window of one PhotoStrip to add, remove and look at the photos of something inside a form (a
// checklist line). `photos` holds them before and, when the user clicked OK, after; nothing is stored here:
// the form saves them with its record. Returns whether OK was clicked.
bool editPhotos(QWidget* parent, Database& db, const QString& title, QList<PendingPhoto>& photos);

} // namespace houqin::gui
