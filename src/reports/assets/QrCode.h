#pragma once

#include <QBitArray>
#include <QByteArray>

class QPainter;
class QRectF;

// QR codes from libqrencode, the only place that library is used.
namespace houqin::reports::assets {

// The modules of a QR code: size × size, row by row, true = dark. Empty (size 0) when the text cannot be
// encoded.
struct QrMatrix {
    int size = 0;
    QBitArray dark;
    bool at(int x, int y) const { return dark.testBit(y * size + x); }
};

// The text as UTF-8 bytes, error correction level M (15 %: a label scratched at a corner still scans).
QrMatrix encodeQr(const QByteArray& utf8);

// Draws the code filling `square` (a square), with the quiet zone of 4 modules white around it, each dark
// module a filled rectangle (vector, crisp at any resolution).
void drawQr(QPainter& painter, const QRectF& square, const QrMatrix& qr);

inline constexpr int kQrQuietZone = 4;

} // namespace houqin::reports::assets
