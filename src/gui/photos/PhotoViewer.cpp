#include "PhotoViewer.h"

#include "PhotoImage.h"
#include "gui/ErrorDisplay.h"
#include "storage/Attachments.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace houqin::gui {

namespace {

// Paints the image as large as the widget allows, aspect kept, never enlarged, so resizing the window
// just works.
class ImageView : public QWidget {
public:
    ImageView(const QImage& image, QWidget* parent) : QWidget(parent), m_image(image) {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setObjectName(QStringLiteral("photoViewerImage"));
    }
    QSize sizeHint() const override { return m_image.size(); }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.fillRect(rect(), palette().color(QPalette::Dark));
        QSize s = m_image.size();
        if (s.width() > width() || s.height() > height())
            s.scale(size(), Qt::KeepAspectRatio);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(QRect(QPoint((width() - s.width()) / 2, (height() - s.height()) / 2), s), m_image);
    }

private:
    QImage m_image;
};

} // namespace

PhotoViewer::PhotoViewer(const QImage& image, const QString& fileName, const QString& caption,
                         QWidget* parent)
    : QDialog(parent), m_image(image), m_info(new QLabel(this)) {
    setObjectName(QStringLiteral("photoViewer"));
    setWindowTitle(fileName);
    auto* layout = new QVBoxLayout(this);
    auto* view = new ImageView(image, this);
    layout->addWidget(view, 1);

    QString info = tr("%1 — %2 × %3 pixels").arg(fileName).arg(image.width()).arg(image.height());
    if (!caption.isEmpty())
        info += QStringLiteral("\n") + caption;
    m_info->setObjectName(QStringLiteral("photoViewerInfo"));
    m_info->setText(info);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_info);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setFocus();

    // As large as the photo, but inside the screen with room for the caption and buttons (1366×768).
    QSize avail(1280, 700);
    if (const QScreen* s = parent ? parent->screen() : QGuiApplication::primaryScreen())
        avail = s->availableGeometry().size() - QSize(40, 60);
    const QMargins m = layout->contentsMargins();
    const int extra = m_info->sizeHint().height() + buttons->sizeHint().height() + 2 * layout->spacing() +
                      m.top() + m.bottom();
    QSize imageArea = image.size();
    const QSize room(avail.width() - m.left() - m.right(), avail.height() - extra);
    if (imageArea.width() > room.width() || imageArea.height() > room.height())
        imageArea.scale(room, Qt::KeepAspectRatio);
    resize(qMax(360, imageArea.width() + m.left() + m.right()), imageArea.height() + extra);
}

QString PhotoViewer::infoText() const {
    return m_info->text();
}

PhotoViewer* PhotoViewer::openPhoto(Database& db, const PendingPhoto& photo, QWidget* parent) {
    QByteArray bytes = photo.image;
    if (bytes.isEmpty() && photo.id != 0) {
        auto stored = AttachmentStore(db).image(photo.id);
        if (!stored) {
            showError(parent, tr("Could not open the photo"), stored.error());
            return nullptr;
        }
        bytes = *stored;
    }
    const QImage image = PhotoImage::decode(bytes);
    if (image.isNull()) {
        showError(parent, tr("Could not open the photo"),
                  Error::make(Error::Code::Io,
                              tr("%1 cannot be shown: its stored image is damaged.").arg(photo.fileName)));
        return nullptr;
    }
    auto* viewer = new PhotoViewer(image, photo.fileName, photo.caption, parent);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
    return viewer;
}

} // namespace houqin::gui
