#pragma once

#include "domain/Result.h"
#include "storage/Attachments.h"

#include <QImage>
#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QMimeData;
class QPushButton;

namespace houqin {
class Database;
}

namespace houqin::gui {

class PhotoViewer;

// A record's photos as a row of thumbnails. Editable (the record form): "Add photos…" (several files at
// once), image files or images dropped onto the strip or onto any widget given to acceptDropsOn, Remove or
// the Delete key for the selected photo; double-click or Enter opens the photo. Read-only (the details
// pane): a click opens it. Changes stay in memory until the owner saves photos() with AttachmentStore.
class PhotoStrip : public QWidget {
    Q_OBJECT
public:
    explicit PhotoStrip(Database& db, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Thumbnails are shown at most this many pixels on their long side (stored ones are 160).
    void setThumbnailSize(int px);

    // The record's stored photos (clears unsaved ones); an error is also shown in the message label.
    Status load(const QString& kindKey, qint64 recordId);
    void setPhotos(const QList<PendingPhoto>& photos);
    const QList<PendingPhoto>& photos() const { return m_photos; }
    int count() const { return int(m_photos.size()); }

    // Prepares and appends image files; the ones that cannot be added (not pictures, too large, over the
    // per-record limit) are named in the message label. Returns how many were added.
    int addFiles(const QStringList& paths);
    int addImage(const QImage& image, const QString& fileName);
    // Files or image data from a drop or the clipboard.
    int addMimeData(const QMimeData* mime);
    void removeSelected();
    // Opens photo i in a PhotoViewer (window-modal, deleted on close).
    PhotoViewer* openPhoto(int index);

    // Makes image files dropped anywhere on root (a form and its editors) land here.
    void acceptDropsOn(QWidget* root);

    QListWidget* listWidget() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    // Red text under the strip: why photos could not be added, or (set by the form) could not be saved.
    QLabel* messageLabel() const { return m_message; }

Q_SIGNALS:
    void changed();

protected:
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dragMoveEvent(QDragMoveEvent* e) override;
    void dropEvent(QDropEvent* e) override;
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    void chooseFiles();
    void rebuild();
    void updateState();
    void showMessages(const QStringList& messages);
    bool wanted(const QMimeData* mime, bool strict) const;

    Database& m_db;
    QList<PendingPhoto> m_photos;
    bool m_readOnly = false;
    int m_thumbSide = 96;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_status;
    QLabel* m_message;
};

} // namespace houqin::gui
