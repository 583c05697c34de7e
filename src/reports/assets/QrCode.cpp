#include "QrCode.h"

#include <QPainter>
#include <QRectF>
#include <qrencode.h>

namespace houqin::reports::assets {

QrMatrix encodeQr(const QByteArray& utf8) {
    QrMatrix out;
    QRcode* code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return out;
    out.size = code->width;
    out.dark.resize(code->width * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        out.dark.setBit(i, code->data[i] & 1);
    QRcode_free(code);
    return out;
}

void drawQr(QPainter& painter, const QRectF& square, const QrMatrix& qr) {
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(square, Qt::white);
    if (qr.size > 0) {
        const double module = square.width() / (qr.size + 2 * kQrQuietZone);
        const QPointF origin = square.topLeft() + QPointF(kQrQuietZone * module, kQrQuietZone * module);
        // One rectangle per run of dark modules in a row: fewer shapes, and no seams between neighbours.
        for (int y = 0; y < qr.size; ++y)
            for (int x = 0; x < qr.size;) {
                if (!qr.at(x, y)) {
                    ++x;
                    continue;
                }
                int end = x;
                while (end < qr.size && qr.at(end, y))
                    ++end;
                painter.fillRect(
                    QRectF(origin.x() + x * module, origin.y() + y * module, (end - x) * module, module),
                    Qt::black);
                x = end;
            }
    }
    painter.restore();
}

} // namespace houqin::reports::assets
