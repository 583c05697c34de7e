#include "StocktakeService.h"

#include "domain/assets/AssetKinds.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace houqin::assets {

namespace s = stocktake;
namespace a = asset;

Result<QList<RegisterEntry>> loadRegister(Database& db) {
    Query q(db, QStringLiteral("SELECT code, name, campus, location, custodian, status FROM assets"));
    if (Status st = q.exec(); !st)
        return st.error();
    QList<RegisterEntry> out;
    while (q.next())
        out << RegisterEntry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    if (Status st = q.finish(); !st)
        return st.error();
    return out;
}

Result<QHash<QString, QString>> registerNames(Database& db) {
    Query q(db, QStringLiteral("SELECT code, name FROM assets"));
    if (Status st = q.exec(); !st)
        return st.error();
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    if (Status st = q.finish(); !st)
        return st.error();
    return out;
}

Result<qint64> saveStocktake(Database& db, Record header, const StocktakeCount& count, const Actor& who) {
    header.set(s::kCampus, count.campus());
    if (count.rooms().isEmpty())
        header.set(s::kRooms, QVariant());
    else
        header.set(s::kRooms, stocktakeRoomsText(count.rooms()));
    header.lines = count.lines();
    return RecordRepository(db, stocktakesKind()).insert(header, who);
}

bool offersCorrection(const Record& line) {
    if (!line.isEmpty(s::kCorrectedOn))
        return false;
    const QString result = line.value(s::kResult).toString();
    return result == s::kMissing ||
           (result == s::kExtra && line.value(s::kExtraKind).toString() == s::kMoved);
}

Result<int> correctRegister(Database& db, qint64 stocktakeId, const QList<int>& lineIndexes,
                            const Actor& who) {
    RecordRepository stocktakes(db, stocktakesKind());
    RecordRepository assets(db, assetsKind());
    Transaction tx(db);
    if (Status st = tx.begin(); !st)
        return st.error();
    auto stocktake = stocktakes.get(stocktakeId);
    if (!stocktake)
        return stocktake.error();
    const QDate today = db.now().date();
    const QString campus = stocktake->value(s::kCampus).toString();
    int changed = 0;
    for (int i : lineIndexes) {
        if (i < 0 || i >= stocktake->lines.size() || !offersCorrection(stocktake->lines.at(i)))
            continue;
        Record& line = stocktake->lines[i];
        ListQuery byCode;
        byCode.equals << qMakePair(a::kCode, line.value(s::kCode));
        auto found = assets.list(byCode);
        if (!found)
            return found.error();
        if (found->isEmpty())
            return Error::make(
                Error::Code::NotFound,
                QCoreApplication::translate("Stocktakes", "Asset %1 is no longer in the register.")
                    .arg(line.value(s::kCode).toString()),
                QStringLiteral("assets::correctRegister"));
        Record asset = found->first();
        if (line.value(s::kResult).toString() == s::kMissing) {
            // 盘亏: not found where registered. The asset is not written off here (a disposal needs its
            // approval); it is set aside as 闲置 with a note, so it leaves "in service" and can be looked
            // for, or disposed of through a disposal.
            asset.set(a::kStatus, a::kIdle);
            //: zh_CN "%1 清点未找到"
            const QString note = QCoreApplication::translate("Stocktakes", "Not found at the stocktake of %1")
                                     .arg(stocktake->value(s::kDate).toDate().toString(Qt::ISODate));
            const QString before = asset.value(a::kNote).toString();
            asset.set(a::kNote, (before.isEmpty() ? note : before + QStringLiteral("；") + note).right(200));
        } else {
            asset.set(a::kCampus, campus);
            const QString room = line.value(s::kCountedRoom).toString();
            if (!room.isEmpty())
                asset.set(a::kLocation, room);
        }
        if (Status st = assets.update(asset, who); !st)
            return st.error();
        line.set(s::kCorrectedOn, today);
        ++changed;
    }
    if (changed > 0)
        if (Status st = stocktakes.update(*stocktake, who); !st)
            return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return changed;
}

} // namespace houqin::assets
