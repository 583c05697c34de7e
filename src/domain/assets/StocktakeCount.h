#pragma once

#include "../RecordKind.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// A stocktake (资产清点) as it is counted: the register loaded once, then each code typed or scanned is
// answered at once from a hash, and the lines the stocktake record stores are made from what was counted.
// QtCore only, so the screen, the demo data, the tests and the benchmark all classify the same way.
namespace houqin::assets {

// The rooms of a stocktake as stored: "大一班、大二班" (splitListText); empty = the whole campus.
QStringList stocktakeRooms(const QString& text);
QString stocktakeRoomsText(const QStringList& rooms);

// What a stocktake needs of an asset of the register.
struct RegisterEntry {
    QString code, name, campus, location, custodian, status;
};

struct ScanAnswer {
    enum class Kind {
        Found,          // registered in the counted rooms: known here
        Moved,          // in the register, elsewhere (another room or campus)
        WrittenOff,     // in the register as written off (报废): off the books, extra wherever it is found
        Unknown,        // not in the register
        AlreadyCounted, // counted before in this stocktake; nothing changes
        Empty,          // nothing typed
    };
    Kind kind = Kind::Empty;
    QString code;                         // as the register spells it, else as typed (trimmed)
    const RegisterEntry* entry = nullptr; // Found, Moved, AlreadyCounted of a registered code
};

class StocktakeCount {
public:
    // register: every asset (all campuses, written off too, so that a moved one is recognised).
    StocktakeCount(QList<RegisterEntry> assets, QString campus, QStringList rooms);

    const QString& campus() const { return m_campus; }
    const QStringList& rooms() const { return m_rooms; }
    // Registered in the counted rooms (or anywhere on the campus when no rooms are given), not written off.
    bool isExpected(const RegisterEntry& e) const;
    // The expected assets in code order.
    QList<const RegisterEntry*> expected() const;
    // The rooms of the campus that hold registered assets, sorted: what the screen offers.
    QStringList campusRooms() const;
    const RegisterEntry* find(const QString& code) const;

    // Answers a code and, unless already counted or empty, counts it: in `room` (the room being counted;
    // may be empty), at `at`.
    ScanAnswer scan(const QString& typed, const QString& room = {}, const QDateTime& at = {});

    int foundCount() const { return m_found; }
    int extraCount() const { return int(m_lines.size()) - m_found; }
    int missingCount() const { return m_expectedCount - m_found; }
    int countedCount() const { return int(m_lines.size()); }

    // The stocktake's lines: the codes counted in the order scanned (found or extra), then the expected
    // assets not counted (missing) in code order, each with where it is registered.
    QList<Record> lines() const;

private:
    QHash<QString, RegisterEntry> m_assets;
    QHash<QString, QString> m_upper; // upper-cased code -> code, for codes typed in lower case
    QString m_campus;
    QStringList m_rooms;
    QHash<QString, qsizetype> m_counted; // code -> index in m_lines
    QList<Record> m_lines;
    int m_found = 0;
    int m_expectedCount = 0;
};

} // namespace houqin::assets
