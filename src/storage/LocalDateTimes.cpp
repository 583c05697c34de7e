#include "LocalDateTimes.h"

#include "IsoBytes.h"

#include <QByteArray>
#include <QHash>
#include <cstdlib>

namespace houqin::localdatetimes {

namespace {
// Enough for a few pages of four date-times a row; emptied when full, so memory stays under ~0.5 MiB.
constexpr int kMaxValues = 8192;
// Room for a page's values without growing the table while the page is read.
constexpr int kFirstRoom = 1024;

struct Cache {
    QHash<qint64, QDateTime> values; // key: the digits yyyyMMddHHmmss as one number
    QByteArray zone;                 // TZ when the values were made
    bool zoneSet = false;
};

Cache& cache() {
    thread_local Cache c;
    return c;
}

// The digits of "yyyy-MM-ddTHH:mm[:ss]" as one number, or -1 when the text has another shape.
qint64 keyOf(const unsigned char* s, int n) {
    if ((n != 16 && n != 19) || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' ||
        (n == 19 && s[16] != ':'))
        return -1;
    qint64 key = 0;
    for (int i = 0; i < 19; ++i) {
        if (i == 4 || i == 7 || i == 10 || i == 13 || i == 16)
            continue;
        const int c = i < n ? s[i] : '0'; // "HH:mm" is "HH:mm:00"
        if (c < '0' || c > '9')
            return -1;
        key = key * 10 + (c - '0');
    }
    return key;
}

} // namespace

QDateTime fromIso(const unsigned char* text, int n) {
    if (!text)
        return {};
    const qint64 key = keyOf(text, n);
    if (key < 0)
        return n <= 19 ? isobytes::dateTime(text, n) : QDateTime();
    Cache& c = cache();
    if (const auto it = c.values.constFind(key); it != c.values.cend())
        return *it;
    if (c.values.size() >= kMaxValues)
        c.values.clear();
    if (c.values.capacity() == 0)
        c.values.reserve(kFirstRoom);
    const QDateTime dt = isobytes::dateTime(text, n);
    c.values.insert(key, dt);
    return dt;
}

void checkZone() {
    Cache& c = cache();
    const char* tz = std::getenv("TZ");
    const bool set = tz != nullptr;
    if (set == c.zoneSet && (!set || c.zone == tz))
        return;
    c.values.clear();
    c.zoneSet = set;
    c.zone = set ? QByteArray(tz) : QByteArray();
}

void clear() {
    cache().values.clear();
}

int size() {
    return int(cache().values.size());
}

} // namespace houqin::localdatetimes
