#pragma once

#include <QDialog>
#include <QImage>

class QLabel;

namespace houqin {
class Database;
struct PendingPhoto;
} // namespace houqin

namespace houqin::gui {

// One photo at full size, scaled down to fit the screen (never enlarged), with its file name, size and
// caption below. Esc or Close closes it.
class PhotoViewer : public QDialog {
    Q_OBJECT
public:
    PhotoViewer(const QImage& image, const QString& fileName, const QString& caption = {},
                QWidget* parent = nullptr);

    // Opens a viewer for photo, window-modal, deleted on close: a new photo's bytes are in memory, a stored
    // one's full image is read from db. Returns the viewer, or nullptr after showing why it cannot open.
    static PhotoViewer* openPhoto(Database& db, const PendingPhoto& photo, QWidget* parent);

    QImage image() const { return m_image; }
    QString infoText() const;

private:
    QImage m_image;
    QLabel* m_info;
};

} // namespace houqin::gui
