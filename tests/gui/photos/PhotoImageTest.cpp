// Preparing photos for storing (gui/photos/PhotoImage): scaling on both sides of 1600 px, never enlarging,
// thumbnails, PNG only with transparency, EXIF rotation, and refusals that name the file.
#include "gui/photos/PhotoImage.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtEndian>
#include <gtest/gtest.h>

using namespace houqin;
namespace PhotoImage = houqin::gui::PhotoImage;

namespace {

QImage gradient(int w, int h, QImage::Format format = QImage::Format_RGB32) {
    QImage image(w, h, format);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y, qRgb(x * 255 / w, y * 255 / h, 128));
    return image;
}

QImage decoded(const QByteArray& bytes) {
    return QImage::fromData(bytes);
}

// PNG chunks carry a CRC-32 of type and data.
quint32 crc32(const QByteArray& data) {
    quint32 c = 0xFFFFFFFFu;
    for (unsigned char b : data) {
        c ^= b;
        for (int k = 0; k < 8; ++k)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return c ^ 0xFFFFFFFFu;
}

QByteArray be32(quint32 v) {
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray chunk(const QByteArray& type, const QByteArray& data) {
    const QByteArray body = type + data;
    return be32(quint32(data.size())) + body + be32(crc32(body));
}

// A PNG that claims w × h pixels but holds none (header, empty image data, end): enough for the size
// check, which must come before anything is decoded.
QByteArray pngClaiming(quint32 w, quint32 h) {
    return QByteArray("\x89PNG\r\n\x1a\n", 8) +
           chunk("IHDR", be32(w) + be32(h) + QByteArray("\x08\x02\x00\x00\x00", 5)) + chunk("IDAT", {}) +
           chunk("IEND", {});
}

// A JPEG with an EXIF orientation, as phones write them: APP1 inserted right after SOI.
QByteArray jpegWithOrientation(const QImage& image, quint16 orientation) {
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(image.save(&buffer, "JPEG", 90));
    // Big-endian TIFF: header, one IFD with one SHORT entry (0x0112 Orientation), no next IFD.
    QByteArray tiff("MM\x00\x2a\x00\x00\x00\x08", 8);
    tiff += QByteArray("\x00\x01", 2);                         // one entry
    tiff += QByteArray("\x01\x12\x00\x03\x00\x00\x00\x01", 8); // tag, SHORT, count 1
    tiff += char(orientation >> 8);
    tiff += char(orientation & 0xff);
    tiff += QByteArray("\x00\x00", 2);         // value padding
    tiff += QByteArray("\x00\x00\x00\x00", 4); // no next IFD
    const QByteArray payload = QByteArray("Exif\x00\x00", 6) + tiff;
    QByteArray app1("\xFF\xE1", 2);
    app1 += char((payload.size() + 2) >> 8);
    app1 += char((payload.size() + 2) & 0xff);
    app1 += payload;
    return jpeg.left(2) + app1 + jpeg.mid(2);
}

class PhotoImageTest : public ::testing::Test {
protected:
    QString write(const QString& name, const QImage& image) {
        const QString path = dir.filePath(name);
        EXPECT_TRUE(image.save(path)) << path.toStdString();
        return path;
    }
    QString writeBytes(const QString& name, const QByteArray& bytes) {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    PendingPhoto prepared(const QString& path) {
        auto p = PhotoImage::fromFile(path);
        EXPECT_TRUE(p.ok()) << (p.ok() ? std::string() : p.error().message.toStdString());
        return p.ok() ? *p : PendingPhoto{};
    }
    QTemporaryDir dir;
};

} // namespace

TEST_F(PhotoImageTest, ALargePhotoIsScaledToALongSideOf1600) {
    const PendingPhoto p = prepared(write(QStringLiteral("灶台.jpg"), gradient(4000, 3000)));
    EXPECT_EQ(p.width, 1600);
    EXPECT_EQ(p.height, 1200);
    EXPECT_EQ(p.mimeType, QStringLiteral("image/jpeg"));
    EXPECT_EQ(p.fileName, QStringLiteral("灶台.jpg"));
    EXPECT_EQ(p.id, 0);
    const QImage stored = decoded(p.image);
    EXPECT_EQ(stored.size(), QSize(1600, 1200));
    const QImage thumb = decoded(p.thumbnail);
    EXPECT_EQ(thumb.size(), QSize(160, 120));
}

TEST_F(PhotoImageTest, TheBoundaryOf1600PixelsOnEitherSide) {
    const PendingPhoto at = prepared(write(QStringLiteral("at.png"), gradient(1600, 900)));
    EXPECT_EQ(QSize(at.width, at.height), QSize(1600, 900));
    EXPECT_EQ(decoded(at.image).size(), QSize(1600, 900));

    const PendingPhoto over = prepared(write(QStringLiteral("over.png"), gradient(1601, 10)));
    EXPECT_EQ(QSize(over.width, over.height), QSize(1600, 10)); // 10 × 1600 / 1601 = 9.99, rounded
    EXPECT_EQ(decoded(over.image).size(), QSize(1600, 10));

    const PendingPhoto tall = prepared(write(QStringLiteral("tall.png"), gradient(10, 1601)));
    EXPECT_EQ(QSize(tall.width, tall.height), QSize(10, 1600));

    EXPECT_EQ(PhotoImage::fittedSize(QSize(3, 4801), 1600), QSize(1, 1600)) << "never narrower than 1 px";
}

TEST_F(PhotoImageTest, SmallPhotosAreNotEnlarged) {
    const PendingPhoto p = prepared(write(QStringLiteral("small.jpg"), gradient(300, 200)));
    EXPECT_EQ(QSize(p.width, p.height), QSize(300, 200));
    EXPECT_EQ(decoded(p.image).size(), QSize(300, 200));
    EXPECT_EQ(decoded(p.thumbnail).size(), QSize(160, 107)); // 200 × 160 / 300 = 106.7

    const PendingPhoto tiny = prepared(write(QStringLiteral("tiny.png"), gradient(100, 60)));
    EXPECT_EQ(decoded(tiny.image).size(), QSize(100, 60));
    EXPECT_EQ(decoded(tiny.thumbnail).size(), QSize(100, 60)) << "thumbnails are not enlarged either";
}

TEST_F(PhotoImageTest, PngStaysPngOnlyWithTransparentPixels) {
    QImage alpha = gradient(400, 300, QImage::Format_ARGB32);
    for (int x = 0; x < 400; ++x)
        alpha.setPixel(x, 0, qRgba(0, 0, 0, 0));
    const PendingPhoto withAlpha = prepared(write(QStringLiteral("logo.png"), alpha));
    EXPECT_EQ(withAlpha.mimeType, QStringLiteral("image/png"));
    EXPECT_TRUE(decoded(withAlpha.image).hasAlphaChannel());
    EXPECT_TRUE(withAlpha.image.startsWith("\x89PNG"));
    EXPECT_TRUE(withAlpha.thumbnail.startsWith("\x89PNG"));

    // An alpha channel that is opaque everywhere is a photo saved as PNG: stored as JPEG.
    const PendingPhoto opaque =
        prepared(write(QStringLiteral("screenshot.png"), gradient(400, 300, QImage::Format_ARGB32)));
    EXPECT_EQ(opaque.mimeType, QStringLiteral("image/jpeg"));
    EXPECT_TRUE(opaque.image.startsWith("\xFF\xD8"));
}

TEST_F(PhotoImageTest, PhoneRotationIsHonoured) {
    const QString path = writeBytes(QStringLiteral("phone.jpg"), jpegWithOrientation(gradient(400, 200), 6));
    const PendingPhoto p = prepared(path);
    EXPECT_EQ(QSize(p.width, p.height), QSize(200, 400)) << "orientation 6 = turned 90° clockwise";
    const PendingPhoto upright =
        prepared(writeBytes(QStringLiteral("upright.jpg"), jpegWithOrientation(gradient(400, 200), 1)));
    EXPECT_EQ(QSize(upright.width, upright.height), QSize(400, 200));
}

TEST_F(PhotoImageTest, NonImagesAreRefusedNamingTheFile) {
    const QString text =
        writeBytes(QStringLiteral("菜单说明.txt"), QByteArray("周一 青菜 豆腐\n").repeated(20));
    auto p = PhotoImage::fromFile(text);
    ASSERT_FALSE(p.ok());
    EXPECT_TRUE(p.error().message.contains(QStringLiteral("菜单说明.txt")))
        << p.error().message.toStdString();

    // A text file dressed up as a JPEG is refused by its content, not its name.
    auto fake = PhotoImage::fromFile(writeBytes(QStringLiteral("fake.jpg"), QByteArray("not a jpeg at all")));
    ASSERT_FALSE(fake.ok());
    EXPECT_TRUE(fake.error().message.contains(QStringLiteral("fake.jpg")));

    auto missing = PhotoImage::fromFile(dir.filePath(QStringLiteral("gone.jpg")));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("gone.jpg")));

    EXPECT_FALSE(PhotoImage::fromImage(QImage(), QStringLiteral("empty")).ok());
}

TEST_F(PhotoImageTest, FilesOver40MegabytesAreRefusedBeforeReading) {
    const auto sized = [&](const QString& name, qint64 size) {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not an image");
        EXPECT_TRUE(f.resize(size)); // sparse: no 40 MB actually written
        return path;
    };
    auto at = PhotoImage::fromFile(sized(QStringLiteral("at.jpg"), PhotoImage::kMaxFileBytes));
    ASSERT_FALSE(at.ok()); // not a picture, but not refused for its size
    EXPECT_FALSE(at.error().message.contains(QStringLiteral("40 MB"))) << at.error().message.toStdString();
    auto over = PhotoImage::fromFile(sized(QStringLiteral("over.jpg"), PhotoImage::kMaxFileBytes + 1));
    ASSERT_FALSE(over.ok());
    EXPECT_TRUE(over.error().message.contains(QStringLiteral("over.jpg")));
    EXPECT_TRUE(over.error().message.contains(QStringLiteral("40 MB"))) << over.error().message.toStdString();
}

TEST_F(PhotoImageTest, PicturesOver100MegapixelsAreRefusedBeforeDecoding) {
    auto over = PhotoImage::fromFile(writeBytes(QStringLiteral("bomb.png"), pngClaiming(10001, 10000)));
    ASSERT_FALSE(over.ok());
    EXPECT_TRUE(over.error().message.contains(QStringLiteral("bomb.png")));
    EXPECT_TRUE(over.error().message.contains(QStringLiteral("megapixels")))
        << over.error().message.toStdString();
    // Exactly 100 megapixels passes the check (and then fails only because the file holds no pixels).
    auto at = PhotoImage::fromFile(writeBytes(QStringLiteral("edge.png"), pngClaiming(10000, 10000)));
    ASSERT_FALSE(at.ok());
    EXPECT_FALSE(at.error().message.contains(QStringLiteral("megapixels")))
        << at.error().message.toStdString();
}

TEST_F(PhotoImageTest, FileDialogFilterAndDropCheckKnowTheUsualFormats) {
    const QString filter = PhotoImage::fileDialogFilter();
    EXPECT_TRUE(filter.contains(QStringLiteral("*.jpg")));
    EXPECT_TRUE(filter.contains(QStringLiteral("*.png")));
    EXPECT_TRUE(PhotoImage::looksLikeImageFile(QStringLiteral("/tmp/IMG_0001.JPG")));
    EXPECT_FALSE(PhotoImage::looksLikeImageFile(QStringLiteral("/tmp/notes.txt")));
}
