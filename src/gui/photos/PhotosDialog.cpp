#include "PhotosDialog.h"

#include "PhotoStrip.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace houqin::gui {

bool editPhotos(QWidget* parent, Database& db, const QString& title, QList<PendingPhoto>& photos) {
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("photosDialog"));
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    // The title again inside the window: what the photos are of, when there is no title bar to read.
    auto* hint = new QLabel(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(title.toHtmlEscaped(),
                 QCoreApplication::translate("PhotosDialog", "Add photos, or drop image files here. "
                                                             "They are saved with the record.")
                     .toHtmlEscaped()),
        &dialog);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* strip = new PhotoStrip(db, &dialog);
    strip->setPhotos(photos);
    strip->acceptDropsOn(&dialog);
    layout->addWidget(strip, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(640, 360);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    photos = strip->photos();
    return true;
}

} // namespace houqin::gui
