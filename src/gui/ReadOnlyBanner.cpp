#include "ReadOnlyBanner.h"

#include "storage/Database.h"
#include "storage/DatabaseFile.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QVBoxLayout>

namespace houqin::gui {

QWidget* withReadOnlyBanner(const Database& db, QWidget* content, QMainWindow* window) {
    if (!db.readOnly())
        return content;
    auto* container = new QWidget(window);
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* banner = new QLabel(dbfile::readOnlyNote(db.path()), container);
    banner->setObjectName(QStringLiteral("readOnlyBanner"));
    banner->setWordWrap(true);
    banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4c2; color: #5c4400; padding: 6px 10px;"
                                         " border-bottom: 1px solid #e0c060; }"));
    layout->addWidget(banner);
    content->setParent(container);
    layout->addWidget(content, 1);
    auto* status = new QLabel(QCoreApplication::translate("MainWindow", "Read-only"), window->statusBar());
    status->setObjectName(QStringLiteral("readOnlyStatusLabel"));
    status->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; font-weight: bold; }"));
    status->setContentsMargins(6, 0, 6, 0);
    window->statusBar()->addPermanentWidget(status);
    return container;
}

} // namespace houqin::gui
