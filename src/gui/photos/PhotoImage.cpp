#include "PhotoImage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QLocale>
#include <QSet>

namespace houqin::gui::PhotoImage {

namespace {

Error refused(const QString& message) {
    return Error::make(Error::Code::Io, message, QStringLiteral("PhotoImage"));
}

// Only pixels that are actually see-through count: many JPEG-worthy photos and screenshots come as PNG
// with an alpha channel that is opaque everywhere, and PNG would make them several times larger.
bool hasTransparency(const QImage& image) {
    if (!image.hasAlphaChannel())
        return false;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x)
            if (qAlpha(line[x]) != 255)
                return true;
    }
    return false;
}

QByteArray encode(const QImage& image, bool png) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, png ? "png" : "jpeg");
    if (!png) {
        writer.setQuality(85);
        writer.setOptimizedWrite(true); // optimal Huffman tables: a few per cent smaller, same picture
    }
    const QImage source = png ? image : image.convertToFormat(QImage::Format_RGB32);
    if (!writer.write(source))
        return {};
    return bytes;
}

QString megabytes(qint64 bytes) {
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}

} // namespace

QSize fittedSize(const QSize& size, int maxSide) {
    const int w = size.width(), h = size.height();
    if (w <= 0 || h <= 0 || qMax(w, h) <= maxSide)
        return size;
    if (w >= h)
        return {maxSide, qMax(1, qRound(double(h) * maxSide / w))};
    return {qMax(1, qRound(double(w) * maxSide / h)), maxSide};
}

Result<PendingPhoto> fromImage(const QImage& image, const QString& fileName) {
    if (image.isNull() || image.width() < 1 || image.height() < 1)
        return refused(QCoreApplication::translate("PhotoImage", "%1 contains no picture.").arg(fileName));
    const QSize target = fittedSize(image.size(), AttachmentStore::kMaxSide);
    const QImage scaled = target == image.size()
                              ? image
                              : image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const bool png = hasTransparency(scaled);
    const QSize thumbSize = fittedSize(scaled.size(), AttachmentStore::kThumbnailSide);
    const QImage thumb = thumbSize == scaled.size()
                             ? scaled
                             : scaled.scaled(thumbSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);

    PendingPhoto p;
    p.fileName = fileName;
    p.mimeType = png ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    p.width = scaled.width();
    p.height = scaled.height();
    p.image = encode(scaled, png);
    p.thumbnail = encode(thumb, png);
    if (p.image.isEmpty() || p.thumbnail.isEmpty())
        return refused(QCoreApplication::translate("PhotoImage", "%1 could not be converted for storing.")
                           .arg(fileName));
    return p;
}

Result<PendingPhoto> fromFile(const QString& path) {
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists() || !info.isFile())
        return refused(QCoreApplication::translate("PhotoImage", "%1 does not exist.").arg(path));
    if (info.size() > kMaxFileBytes)
        return refused(QCoreApplication::translate("PhotoImage",
                                                   "%1 is %2 MB; photos of more than %3 MB are not accepted.")
                           .arg(name, megabytes(info.size()), megabytes(kMaxFileBytes)));
    QImageReader reader(path);
    reader.setAutoTransform(true); // phones store photos sideways with an EXIF orientation
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead())
        return refused(QCoreApplication::translate(
                           "PhotoImage", "%1 is not a picture (JPEG, PNG and the like) or cannot be "
                                         "read.")
                           .arg(name));
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > kMaxPixels)
        return refused(QCoreApplication::translate(
                           "PhotoImage", "%1 has %2 megapixels; pictures of more than %3 megapixels "
                                         "are not accepted.")
                           .arg(name)
                           .arg(qint64(size.width()) * size.height() / 1'000'000)
                           .arg(kMaxPixels / 1'000'000));
    // Decoding straight to the stored size spares memory (JPEG decodes at a fraction of full size). The long
    // side is the same before and after the EXIF rotation, so the size read before it fits both.
    if (size.isValid())
        reader.setScaledSize(fittedSize(size, AttachmentStore::kMaxSide));
    // Qt refuses to allocate more than 256 MB by default; up to kMaxPixels must still decode.
    reader.setAllocationLimit(int(kMaxPixels * 4 / (1024 * 1024)) + 16);
    const QImage image = reader.read();
    if (image.isNull())
        return refused(QCoreApplication::translate("PhotoImage", "%1 could not be read: %2")
                           .arg(name, reader.errorString()));
    return fromImage(image, name);
}

QImage decode(const QByteArray& bytes) {
    QImage image;
    image.loadFromData(bytes);
    return image;
}

QString fileDialogFilter() {
    QStringList patterns;
    for (const QByteArray& f : QImageReader::supportedImageFormats())
        if (f != "svg" && f != "svgz") // drawings, not photos; rendered at an arbitrary size
            patterns << QStringLiteral("*.") + QString::fromLatin1(f);
    return QCoreApplication::translate("PhotoImage", "Images (%1)").arg(patterns.join(QLatin1Char(' ')));
}

bool looksLikeImageFile(const QString& path) {
    static const QSet<QString> suffixes = [] {
        QSet<QString> out;
        for (const QByteArray& f : QImageReader::supportedImageFormats())
            if (f != "svg" && f != "svgz")
                out.insert(QString::fromLatin1(f));
        return out;
    }();
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

} // namespace houqin::gui::PhotoImage
