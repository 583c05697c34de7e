#include "PhotoStrip.h"

#include "PhotoImage.h"
#include "PhotoViewer.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace houqin::gui {

namespace {
const QString kErrorColour = QStringLiteral("#c0392b");

QStringList localFiles(const QMimeData* mime) {
    QStringList out;
    if (mime && mime->hasUrls())
        for (const QUrl& u : mime->urls())
            if (u.isLocalFile())
                out << u.toLocalFile();
    return out;
}
} // namespace

PhotoStrip::PhotoStrip(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_list(new QListWidget(this)),
      m_add(new QPushButton(tr("Add photos…"), this)), m_remove(new QPushButton(tr("Remove photo"), this)),
      m_status(new QLabel(this)), m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("photoStrip"));
    setAcceptDrops(true);
    m_list->setObjectName(QStringLiteral("photoList"));
    m_list->setAccessibleName(tr("Photos"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setDragEnabled(false);
    m_list->installEventFilter(this);
    m_add->setObjectName(QStringLiteral("addPhotosButton"));
    m_remove->setObjectName(QStringLiteral("removePhotoButton"));
    m_status->setObjectName(QStringLiteral("photoStatusLabel"));
    m_status->setStyleSheet(QStringLiteral("color:#555"));
    m_status->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("photosIssueLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_list);
    auto* row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_remove);
    row->addWidget(m_status, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &PhotoStrip::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &PhotoStrip::removeSelected);
    // A double-click opens a photo (Enter too, see eventFilter); in the read-only strip a single click does.
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openPhoto(m_list->row(item)); });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (m_readOnly)
            openPhoto(m_list->row(item));
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &PhotoStrip::updateState);
    setThumbnailSize(m_thumbSide);
}

void PhotoStrip::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    m_status->setVisible(!readOnly);
    setAcceptDrops(!readOnly);
    setThumbnailSize(m_thumbSide); // file names under the thumbnails only where there is room
}

void PhotoStrip::setThumbnailSize(int px) {
    m_thumbSide = px;
    m_list->setIconSize(QSize(px, px));
    const int textHeight = m_readOnly ? 0 : m_list->fontMetrics().height() + 4;
    m_list->setGridSize(QSize(px + 16, px + 12 + textHeight));
    const int scrollBar = m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    m_list->setFixedHeight(m_list->gridSize().height() + scrollBar + 2 * m_list->frameWidth() + 4);
    rebuild();
}

Status PhotoStrip::load(const QString& kindKey, qint64 recordId) {
    QList<PendingPhoto> photos;
    Status result;
    if (recordId != 0) {
        auto stored = AttachmentStore(m_db).list(kindKey, recordId);
        if (stored) {
            for (const Attachment& a : *stored)
                photos << PendingPhoto{a.id,     a.fileName, a.mimeType,  a.width,
                                       a.height, {},         a.thumbnail, a.caption};
        } else {
            result = stored.error();
        }
    }
    setPhotos(photos);
    if (!result)
        showMessages({result.error().message});
    return result;
}

void PhotoStrip::setPhotos(const QList<PendingPhoto>& photos) {
    m_photos = photos;
    showMessages({});
    rebuild();
    Q_EMIT changed();
}

void PhotoStrip::rebuild() {
    m_list->clear();
    for (const PendingPhoto& p : m_photos) {
        QPixmap thumb = QPixmap::fromImage(PhotoImage::decode(p.thumbnail));
        if (!thumb.isNull() && (thumb.width() > m_thumbSide || thumb.height() > m_thumbSide))
            thumb = thumb.scaled(m_thumbSide, m_thumbSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        // Centred on a square, so that upright and landscape photos line up with their names below.
        QPixmap square(m_thumbSide, m_thumbSide);
        square.fill(Qt::transparent);
        {
            QPainter painter(&square);
            painter.drawPixmap((m_thumbSide - thumb.width()) / 2, (m_thumbSide - thumb.height()) / 2, thumb);
        }
        auto* item = new QListWidgetItem(QIcon(square), m_readOnly ? QString() : p.fileName, m_list);
        QString tip = tr("%1 — %2 × %3 pixels").arg(p.fileName).arg(p.width).arg(p.height);
        if (!p.caption.isEmpty())
            tip += QLatin1Char('\n') + p.caption;
        item->setToolTip(tip);
        item->setData(Qt::AccessibleTextRole, p.fileName);
    }
    updateState();
}

void PhotoStrip::updateState() {
    const bool full = m_photos.size() >= AttachmentStore::kMaxPhotosPerRecord;
    m_add->setEnabled(!m_readOnly && !full);
    m_remove->setEnabled(!m_readOnly && !m_list->selectedItems().isEmpty());
    if (m_photos.isEmpty())
        m_status->setText(tr("No photos yet. Add them with the button or drop image files onto the form."));
    else if (full)
        m_status->setText(
            tr("%1 photos, the most a record can have. Double-click one to open it.").arg(m_photos.size()));
    else
        m_status->setText(tr("%1 of at most %2 photos. Double-click one to open it.")
                              .arg(m_photos.size())
                              .arg(AttachmentStore::kMaxPhotosPerRecord));
}

void PhotoStrip::showMessages(const QStringList& messages) {
    QStringList parts;
    for (const QString& m : messages)
        parts << QStringLiteral("<span style='color:%1'>%2</span>").arg(kErrorColour, m.toHtmlEscaped());
    m_message->setText(parts.join(QStringLiteral("<br>")));
    m_message->setVisible(!parts.isEmpty());
}

int PhotoStrip::addFiles(const QStringList& paths) {
    if (m_readOnly || paths.isEmpty())
        return 0;
    QStringList problems, overLimit;
    int added = 0;
    QApplication::setOverrideCursor(Qt::WaitCursor); // a dozen phone photos take a moment to scale
    for (const QString& path : paths) {
        if (m_photos.size() >= AttachmentStore::kMaxPhotosPerRecord) {
            overLimit << QFileInfo(path).fileName();
            continue;
        }
        auto photo = PhotoImage::fromFile(path);
        if (!photo) {
            problems << photo.error().message;
            continue;
        }
        m_photos << *photo;
        ++added;
    }
    QApplication::restoreOverrideCursor();
    if (!overLimit.isEmpty())
        problems << tr("Not added, because a record can have at most %1 photos: %2")
                        .arg(AttachmentStore::kMaxPhotosPerRecord)
                        .arg(overLimit.join(QStringLiteral(", ")));
    showMessages(problems);
    if (added > 0) {
        rebuild();
        m_list->setCurrentRow(int(m_photos.size()) - 1);
        Q_EMIT changed();
    }
    return added;
}

int PhotoStrip::addImage(const QImage& image, const QString& fileName) {
    if (m_readOnly)
        return 0;
    if (m_photos.size() >= AttachmentStore::kMaxPhotosPerRecord) {
        showMessages({tr("Not added, because a record can have at most %1 photos: %2")
                          .arg(AttachmentStore::kMaxPhotosPerRecord)
                          .arg(fileName)});
        return 0;
    }
    auto photo = PhotoImage::fromImage(image, fileName);
    if (!photo) {
        showMessages({photo.error().message});
        return 0;
    }
    m_photos << *photo;
    showMessages({});
    rebuild();
    m_list->setCurrentRow(int(m_photos.size()) - 1);
    Q_EMIT changed();
    return 1;
}

int PhotoStrip::addMimeData(const QMimeData* mime) {
    if (!mime)
        return 0;
    const QStringList files = localFiles(mime);
    if (!files.isEmpty())
        return addFiles(files);
    if (mime->hasImage()) {
        // Image data has no file name; a dated one tells photos apart in the list and the audit trail.
        const QString name =
            QStringLiteral("image-%1")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        return addImage(qvariant_cast<QImage>(mime->imageData()), name);
    }
    return 0;
}

void PhotoStrip::removeSelected() {
    if (m_readOnly)
        return;
    QList<int> rows;
    for (QListWidgetItem* item : m_list->selectedItems())
        rows << m_list->row(item);
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int r : rows)
        m_photos.removeAt(r);
    showMessages({});
    rebuild();
    // Keep the keyboard where it was, so Delete can be pressed again.
    if (!m_photos.isEmpty())
        m_list->setCurrentRow(qMin(rows.last(), int(m_photos.size()) - 1));
    Q_EMIT changed();
}

PhotoViewer* PhotoStrip::openPhoto(int index) {
    if (index < 0 || index >= m_photos.size())
        return nullptr;
    return PhotoViewer::openPhoto(m_db, m_photos[index], this);
}

void PhotoStrip::chooseFiles() {
    const QString start = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Add photos"), start, PhotoImage::fileDialogFilter());
    addFiles(files);
}

bool PhotoStrip::wanted(const QMimeData* mime, bool strict) const {
    if (m_readOnly || !mime)
        return false;
    const QStringList files = localFiles(mime);
    // On the strip any file is taken, so that a wrong one is refused with a reason; elsewhere on the form
    // only image files, so that text dropped into an editor still goes there.
    for (const QString& f : files)
        if (!strict || PhotoImage::looksLikeImageFile(f))
            return true;
    return files.isEmpty() && mime->hasImage();
}

void PhotoStrip::dragEnterEvent(QDragEnterEvent* e) {
    if (wanted(e->mimeData(), false))
        e->acceptProposedAction();
}

void PhotoStrip::dragMoveEvent(QDragMoveEvent* e) {
    if (wanted(e->mimeData(), false))
        e->acceptProposedAction();
}

void PhotoStrip::dropEvent(QDropEvent* e) {
    if (!wanted(e->mimeData(), false))
        return;
    e->acceptProposedAction();
    addMimeData(e->mimeData());
}

void PhotoStrip::acceptDropsOn(QWidget* root) {
    root->setAcceptDrops(true);
    root->installEventFilter(this);
    // Editors that take drops themselves (line edits, text boxes) would swallow a dropped photo as text.
    for (QWidget* w : root->findChildren<QWidget*>())
        if (w->acceptDrops() && w != this && !isAncestorOf(w))
            w->installEventFilter(this);
}

bool PhotoStrip::eventFilter(QObject* watched, QEvent* e) {
    if (watched == m_list && e->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(e);
        // Enter opens the photo here; left to the list it would also reach the dialog and press Save.
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_list->currentRow() >= 0)
                openPhoto(m_list->currentRow());
            return true;
        }
        if (m_readOnly)
            return false;
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
        if (key->matches(QKeySequence::Paste)) {
            addMimeData(QApplication::clipboard()->mimeData());
            return true;
        }
        return false;
    }
    if (watched == m_list)
        return false;
    switch (e->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(e);
        if (!wanted(drag->mimeData(), true))
            return false;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(e);
        if (!wanted(drop->mimeData(), true))
            return false;
        drop->acceptProposedAction();
        addMimeData(drop->mimeData());
        return true;
    }
    default:
        return false;
    }
}

} // namespace houqin::gui
