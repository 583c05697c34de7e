#pragma once

#include "domain/Result.h"
#include "storage/Attachments.h"

#include <QImage>
#include <QString>

namespace houqin::gui::PhotoImage {

// Files larger than this, or pictures of more pixels, are refused before decoding: a photo that size is
// a mistake (a scan, a panorama, a disguised bomb) and would take hundreds of MB to decode.
constexpr qint64 kMaxFileBytes = 40LL * 1024 * 1024;
constexpr qint64 kMaxPixels = 100'000'000;

// Reads an image file (phone photos turned upright by their EXIF orientation) and prepares it for storing:
// scaled so the long side is at most AttachmentStore::kMaxSide (never enlarged), encoded as JPEG quality
// 85, or PNG when it has transparent pixels, with a thumbnail of long side at most kThumbnailSide.
// Errors are translated and name the file.
Result<PendingPhoto> fromFile(const QString& path);
// The same for an image already in memory (dropped or pasted); fileName is what people will see.
Result<PendingPhoto> fromImage(const QImage& image, const QString& fileName);

// The size an image of `size` is stored at: long side at most maxSide, aspect kept, never enlarged.
QSize fittedSize(const QSize& size, int maxSide);
// A stored photo's bytes as an image (null when they cannot be decoded).
QImage decode(const QByteArray& bytes);
// "Images (*.jpg *.jpeg *.png ...)" for file dialogs: every format this Qt can read.
QString fileDialogFilter();
// Whether a file name has the suffix of a readable image format (for accepting drops).
bool looksLikeImageFile(const QString& path);

} // namespace houqin::gui::PhotoImage
