#include "StocktakeCount.h"

#include "../ListText.h"
#include "AssetKinds.h"

#include <algorithm>

namespace houqin::assets {

namespace s = stocktake;

QStringList stocktakeRooms(const QString& text) {
    QStringList rooms = splitListText(text);
    rooms.removeDuplicates();
    return rooms;
}

QString stocktakeRoomsText(const QStringList& rooms) {
    return rooms.join(QStringLiteral("、"));
}

StocktakeCount::StocktakeCount(QList<RegisterEntry> assets, QString campus, QStringList rooms)
    : m_campus(std::move(campus)), m_rooms(std::move(rooms)) {
    m_assets.reserve(assets.size());
    m_upper.reserve(assets.size());
    for (RegisterEntry& e : assets) {
        m_upper.insert(e.code.toUpper(), e.code);
        const QString code = e.code;
        m_assets.insert(code, std::move(e));
    }
    for (const RegisterEntry& e : std::as_const(m_assets))
        m_expectedCount += isExpected(e);
}

bool StocktakeCount::isExpected(const RegisterEntry& e) const {
    return e.campus == m_campus && e.status != asset::kDisposed &&
           (m_rooms.isEmpty() || m_rooms.contains(e.location));
}

QList<const RegisterEntry*> StocktakeCount::expected() const {
    QList<const RegisterEntry*> out;
    for (const RegisterEntry& e : m_assets)
        if (isExpected(e))
            out << &e;
    std::sort(out.begin(), out.end(),
              [](const RegisterEntry* a, const RegisterEntry* b) { return a->code < b->code; });
    return out;
}

QStringList StocktakeCount::campusRooms() const {
    QStringList out;
    for (const RegisterEntry& e : m_assets)
        if (e.campus == m_campus && e.status != asset::kDisposed && !e.location.isEmpty() &&
            !out.contains(e.location))
            out << e.location;
    std::sort(out.begin(), out.end());
    return out;
}

const RegisterEntry* StocktakeCount::find(const QString& code) const {
    auto it = m_assets.constFind(code);
    if (it == m_assets.cend()) {
        const auto upper = m_upper.constFind(code.toUpper());
        if (upper == m_upper.cend())
            return nullptr;
        it = m_assets.constFind(*upper);
    }
    return it == m_assets.cend() ? nullptr : &*it;
}

ScanAnswer StocktakeCount::scan(const QString& typed, const QString& room, const QDateTime& at) {
    ScanAnswer answer;
    answer.code = typed.trimmed();
    if (answer.code.isEmpty())
        return answer;
    answer.entry = find(answer.code);
    if (answer.entry)
        answer.code = answer.entry->code;
    if (m_counted.contains(answer.code)) {
        answer.kind = ScanAnswer::Kind::AlreadyCounted;
        return answer;
    }
    Record line;
    line.set(s::kCode, answer.code);
    if (at.isValid())
        line.set(s::kScannedAt, at);
    if (!room.isEmpty())
        line.set(s::kCountedRoom, room);
    if (!answer.entry) {
        answer.kind = ScanAnswer::Kind::Unknown;
        line.set(s::kResult, s::kExtra);
        line.set(s::kExtraKind, s::kUnknown);
    } else {
        // A written-off asset has left the books: found anywhere, it is extra and off the books (账外), even
        // in the room it was registered in, and no register correction moves it back.
        const bool writtenOff = answer.entry->status == asset::kDisposed;
        answer.kind = writtenOff                  ? ScanAnswer::Kind::WrittenOff
                      : isExpected(*answer.entry) ? ScanAnswer::Kind::Found
                                                  : ScanAnswer::Kind::Moved;
        line.set(s::kResult, answer.kind == ScanAnswer::Kind::Found ? s::kFound : s::kExtra);
        if (answer.kind != ScanAnswer::Kind::Found)
            line.set(s::kExtraKind, writtenOff ? s::kUnknown : s::kMoved);
        line.set(s::kRegisteredCampus, answer.entry->campus);
        if (!answer.entry->location.isEmpty())
            line.set(s::kRegisteredLocation, answer.entry->location);
        m_found += answer.kind == ScanAnswer::Kind::Found;
    }
    m_counted.insert(answer.code, m_lines.size());
    m_lines << line;
    return answer;
}

QList<Record> StocktakeCount::lines() const {
    QList<Record> out = m_lines;
    for (const RegisterEntry* e : expected()) {
        if (m_counted.contains(e->code))
            continue;
        Record line;
        line.set(s::kCode, e->code);
        line.set(s::kResult, s::kMissing);
        line.set(s::kRegisteredCampus, e->campus);
        if (!e->location.isEmpty())
            line.set(s::kRegisteredLocation, e->location);
        out << line;
    }
    return out;
}

} // namespace houqin::assets
