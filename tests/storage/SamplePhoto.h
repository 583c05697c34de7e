#pragma once

#include "storage/Attachments.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <gtest/gtest.h>

namespace houqin::test {

// A real JPEG of the given size and colour, as PhotoImage would hand it over.
inline PendingPhoto samplePhoto(const QString& name, int w = 320, int h = 240,
                                QColor colour = Qt::darkGreen) {
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(image.save(&buffer, "JPEG", 85));
    QByteArray thumb;
    QBuffer tb(&thumb);
    tb.open(QIODevice::WriteOnly);
    EXPECT_TRUE(image.scaled(160, 120).save(&tb, "JPEG", 85));
    return PendingPhoto{0, name, QStringLiteral("image/jpeg"), w, h, bytes, thumb, {}};
}

// A stored photo as a form lists it to keep it.
inline PendingPhoto keptPhoto(const Attachment& a) {
    return PendingPhoto{a.id, a.fileName, a.mimeType, a.width, a.height, {}, a.thumbnail, a.caption};
}

} // namespace houqin::test
