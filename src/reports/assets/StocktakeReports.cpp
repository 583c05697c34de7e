#include "../RecordCells.h"
#include "AssetReports.h"
#include "domain/ListText.h"
#include "domain/ValueFormat.h"
#include "domain/assets/AssetKinds.h"
#include "domain/assets/StocktakeCount.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/assets/StocktakeService.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <algorithm>
#include <tuple>

namespace houqin::reports::assets {

namespace a = houqin::assets::asset;
namespace s = houqin::assets::stocktake;
using houqin::assets::RegisterEntry;

namespace {

QStringList emptyRow(int columns) {
    QStringList row;
    for (int i = 0; i < columns; ++i)
        row << QString();
    return row;
}

QString place(const QString& campus, const QString& room) {
    return room.isEmpty() ? campus : campus + QStringLiteral(" · ") + room;
}

} // namespace

QList<ReportOption> placeOptions() {
    //: zh_CN "园区"
    return {{QStringLiteral("campus"), QT_TRANSLATE_NOOP("Reports", "Campus"),
             //: zh_CN "只含这个园区（默认：全部园区）。"
             QT_TRANSLATE_NOOP("Reports", "Only this campus (default: every campus).")},
            //: zh_CN "房间"
            {QStringLiteral("room"), QT_TRANSLATE_NOOP("Reports", "Rooms"),
             //: zh_CN "只含这些房间，以逗号或顿号分隔（默认：全部房间）。"
             QT_TRANSLATE_NOOP("Reports", "Only these rooms, separated by commas (default: every room).")}};
}

Result<QList<RegisterEntry>> registerAt(Database& db, const ReportOptions& options) {
    auto reg = houqin::assets::loadRegister(db);
    if (!reg)
        return reg.error();
    const QString campus = options.value(QStringLiteral("campus")).trimmed();
    const QStringList rooms = houqin::assets::stocktakeRooms(options.value(QStringLiteral("room")));
    if (!campus.isEmpty() && !db.settings().campuses.contains(campus))
        return Error::make(Error::Code::Usage,
                           //: zh_CN "没有园区“%1”（园区：%2）。"
                           QCoreApplication::translate("Reports", "There is no campus \"%1\" (campuses: %2).")
                               .arg(campus, db.settings().campuses.join(QStringLiteral("、"))),
                           QStringLiteral("reports::assets::registerAt"));
    QList<RegisterEntry> out;
    for (const RegisterEntry& e : *reg)
        if (e.status != a::kDisposed && (campus.isEmpty() || e.campus == campus) &&
            (rooms.isEmpty() || rooms.contains(e.location)))
            out << e;
    std::sort(out.begin(), out.end(), [](const RegisterEntry& x, const RegisterEntry& y) {
        return std::tie(x.campus, x.location, x.code) < std::tie(y.campus, y.location, y.code);
    });
    return out;
}

ReportDef stocktakeSheetReport() {
    ReportDef r;
    r.key = QStringLiteral("stocktake-sheet");
    r.kinds = {QStringLiteral("assets")};
    //: zh_CN "资产清点表（空白）"
    r.label = QT_TRANSLATE_NOOP("Reports", "Stocktake sheet (blank)");
    r.options = placeOptions();
    r.build = [](Database& db, const Period& p) { return buildStocktakeSheet(db, p, {}); };
    r.buildWith = buildStocktakeSheet;
    return r;
}

// Per room, the registered assets in code order with an empty "counted" column to tick on paper.
Result<TableDocument> buildStocktakeSheet(Database& db, const Period&, const ReportOptions& options) {
    auto entries = registerAt(db, options);
    if (!entries)
        return entries.error();
    TableDocument doc;
    doc.kindergarten = db.settings().name;
    //: zh_CN "资产清点表"
    doc.title = QCoreApplication::translate("Reports", "Stocktake sheet");
    //: zh_CN "清点日期：________　　清点人：________"
    doc.subtitleLines << QCoreApplication::translate("Reports",
                                                     "Counted on: ________    Counted by: ________");
    //: zh_CN "编号"
    doc.columns = {{QCoreApplication::translate("Reports", "Code"), 3},
                   //: zh_CN "资产名称"
                   {QCoreApplication::translate("Reports", "Asset name"), 4},
                   //: zh_CN "保管人"
                   {QCoreApplication::translate("Reports", "Custodian"), 2},
                   //: zh_CN "在账状态"
                   {QCoreApplication::translate("Reports", "Status"), 2},
                   //: zh_CN "实点（✓）"
                   {QCoreApplication::translate("Reports", "Counted (✓)"), 2, Qt::AlignHCenter},
                   //: zh_CN "备注"
                   {QCoreApplication::translate("Reports", "Note"), 3}};
    const FieldDef& status = *houqin::assets::assetsKind().field(a::kStatus);
    QString room, campus;
    int inRoom = 0;
    auto closeRoom = [&] {
        if (inRoom == 0)
            return;
        QStringList row = emptyRow(6);
        //: zh_CN "%1：在册 %2 项；实点 ____ 项"
        row[1] = QCoreApplication::translate("Reports", "%1: %2 registered; counted ____")
                     .arg(place(campus, room))
                     .arg(inRoom);
        doc.rows << row;
    };
    bool first = true;
    for (const RegisterEntry& e : *entries) {
        if (first || e.campus != campus || e.location != room) {
            closeRoom();
            first = false;
            campus = e.campus;
            room = e.location;
            inRoom = 0;
            QStringList heading = emptyRow(6);
            //: zh_CN "【%1】"
            heading[0] =
                QCoreApplication::translate("Reports", "[%1]")
                    .arg(place(campus,
                               room.isEmpty() ? QCoreApplication::translate("Reports", "no room") : room));
            doc.rows << heading;
        }
        doc.rows << QStringList{e.code,    e.name,   e.custodian, valuefmt::display(status, e.status),
                                QString(), QString()};
        ++inRoom;
    }
    closeRoom();
    if (entries->isEmpty())
        //: zh_CN "所选园区和房间没有在册资产。"
        doc.footnote =
            QCoreApplication::translate("Reports", "No registered assets in the campus and rooms chosen.");
    else
        //: zh_CN "共 %1 项。未在表上的实物请在表末另行登记（盘盈）。"
        doc.footnote =
            QCoreApplication::translate(
                "Reports", "%1 assets. Write anything found that is not on the sheet below it (extra).")
                .arg(entries->size());
    //: zh_CN "清点人（签字）："
    doc.signatureLines << QCoreApplication::translate("Reports", "Counted by (signature):")
                       //: zh_CN "保管人（签字）："
                       << QCoreApplication::translate("Reports", "Custodian (signature):");
    return doc;
}

ReportDef stocktakeResultReport() {
    ReportDef r;
    r.key = QStringLiteral("stocktake-result");
    r.kinds = {QStringLiteral("stocktakes")};
    //: zh_CN "资产清点结果"
    r.label = QT_TRANSLATE_NOOP("Reports", "Stocktake result");
    //: zh_CN "清点记录编号"
    r.options = {{QStringLiteral("id"), QT_TRANSLATE_NOOP("Reports", "Stocktake ID"),
                  //: zh_CN "要打印的清点记录编号（默认：最近一次）。"
                  QT_TRANSLATE_NOOP("Reports", "The stocktake's ID (default: the latest).")}};
    r.build = [](Database& db, const Period& p) { return buildStocktakeResult(db, p, {}); };
    r.buildWith = buildStocktakeResult;
    return r;
}

// One stocktake: its missing lines, then the extra (moved, then unknown), then the found, each group with
// its total, and the totals in the footnote.
Result<TableDocument> buildStocktakeResult(Database& db, const Period&, const ReportOptions& options) {
    const RecordKind& kind = houqin::assets::stocktakesKind();
    RecordRepository repo(db, kind);
    qint64 id = 0;
    const QString idText = options.value(QStringLiteral("id")).trimmed();
    if (!idText.isEmpty()) {
        bool ok = false;
        id = idText.toLongLong(&ok);
        if (!ok || id <= 0)
            return Error::make(
                Error::Code::Usage,
                //: zh_CN "--id 应为清点记录的编号：“%1”。"
                QCoreApplication::translate("Reports", "--id needs a stocktake's ID: \"%1\".").arg(idText),
                QStringLiteral("reports::assets::buildStocktakeResult"));
    } else {
        auto latest = repo.latest();
        if (!latest)
            return latest.error();
        if (!latest->has_value())
            return Error::make(Error::Code::NotFound,
                               //: zh_CN "还没有清点记录。"
                               QCoreApplication::translate("Reports", "No stocktake has been recorded yet."),
                               QStringLiteral("reports::assets::buildStocktakeResult"));
        id = (*latest)->id;
    }
    auto rec = repo.get(id);
    if (!rec)
        return rec.error();
    const auto names = houqin::assets::registerNames(db);
    if (!names)
        return names.error();
    const RecordKind& lines = *kind.lines;
    TableDocument doc;
    doc.kindergarten = db.settings().name;
    //: zh_CN "资产清点结果"
    doc.title = QCoreApplication::translate("Reports", "Stocktake result");
    const QString rooms = rec->value(s::kRooms).toString();
    //: zh_CN "%1 · %2 · %3 · 清点人 %4"
    doc.subtitleLines << QCoreApplication::translate("Reports", "%1 · %2 · %3 · counted by %4")
                             .arg(rec->value(s::kDate).toDate().toString(Qt::ISODate),
                                  rec->value(s::kCampus).toString(),
                                  //: zh_CN "全园区"
                                  rooms.isEmpty() ? QCoreApplication::translate("Reports", "whole campus")
                                                  : rooms,
                                  rec->value(s::kCounter).toString());
    doc.columns = {{lines.field(s::kCode)->displayLabel(), 3},
                   {QCoreApplication::translate("Reports", "Asset name"), 4},
                   {lines.field(s::kResult)->displayLabel(), 3},
                   //: zh_CN "在册位置"
                   {QCoreApplication::translate("Reports", "Registered at"), 3},
                   {lines.field(s::kCountedRoom)->displayLabel(), 2},
                   {lines.field(s::kCorrectedOn)->displayLabel(), 2}};
    doc.orientation = QPageLayout::Landscape; // codes and places whole on one line
    auto resultText = [&](const Record& l) {
        QString t = valuefmt::display(*lines.field(s::kResult), l.value(s::kResult));
        if (!l.isEmpty(s::kExtraKind))
            t += QStringLiteral("（%1）").arg(
                valuefmt::display(*lines.field(s::kExtraKind), l.value(s::kExtraKind)));
        return t;
    };
    int found = 0, missing = 0, moved = 0, unknown = 0;
    const QList<QPair<QString, QString>> groups{
        {s::kMissing, QString()}, {s::kExtra, s::kMoved}, {s::kExtra, s::kUnknown}, {s::kFound, QString()}};
    for (const auto& [result, extraKind] : groups) {
        int n = 0;
        for (const Record& l : rec->lines) {
            if (l.value(s::kResult).toString() != result || l.value(s::kExtraKind).toString() != extraKind)
                continue;
            doc.rows << QStringList{
                l.value(s::kCode).toString(),
                names->value(l.value(s::kCode).toString()),
                resultText(l),
                l.isEmpty(s::kRegisteredCampus) ? QString()
                                                : place(l.value(s::kRegisteredCampus).toString(),
                                                        l.value(s::kRegisteredLocation).toString()),
                l.value(s::kCountedRoom).toString(),
                valuefmt::display(*lines.field(s::kCorrectedOn), l.value(s::kCorrectedOn))};
            ++n;
        }
        if (n == 0)
            continue;
        QStringList total = emptyRow(6);
        Record sample;
        sample.set(s::kResult, result);
        if (!extraKind.isEmpty())
            sample.set(s::kExtraKind, extraKind);
        //: zh_CN "%1 小计：%2 项"
        total[1] = QCoreApplication::translate("Reports", "%1 subtotal: %2").arg(resultText(sample)).arg(n);
        doc.rows << total;
        (result == s::kFound      ? found
         : result == s::kMissing  ? missing
         : extraKind == s::kMoved ? moved
                                  : unknown) = n;
    }
    //: zh_CN "相符 %1 项，盘亏 %2 项，盘盈 %3 项（位置不符 %4，账外 %5）。"
    doc.footnote =
        QCoreApplication::translate("Reports", "Found %1, missing %2, extra %3 (moved %4, unknown %5).")
            .arg(found)
            .arg(missing)
            .arg(moved + unknown)
            .arg(moved)
            .arg(unknown);
    //: zh_CN "清点人（签字）："
    doc.signatureLines << QCoreApplication::translate("Reports", "Counted by (signature):")
                       //: zh_CN "资产管理员（签字）："
                       << QCoreApplication::translate("Reports", "Asset keeper (signature):");
    return doc;
}

} // namespace houqin::reports::assets
