#include "../RecordCells.h"
#include "AssetReports.h"
#include "domain/ValueFormat.h"
#include "domain/assets/AssetKinds.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QMap>

namespace houqin::reports::assets {

namespace a = houqin::assets::asset;

namespace {

// Quantities and amounts of a group of assets, split by class: the ledger keeps fixed assets and low-value
// consumables in separate accounts.
struct Totals {
    qint64 count = 0, quantity = 0, fixedFen = 0, lowValueFen = 0;
    void add(const Record& r, const QVariantMap& derived) {
        ++count;
        quantity += r.value(a::kQuantity).toLongLong();
        (derived.value(a::kAssetClass).toString() == a::kFixed ? fixedFen : lowValueFen) +=
            derived.value(a::kAmount).toLongLong();
    }
};

QString money(qint64 fen) {
    return valuefmt::display(field::money(QStringLiteral("m"), ""), QVariant::fromValue<qint64>(fen));
}

// A subtotal row: its label in the name column, the quantity and the amount under theirs.
QStringList totalRow(const QString& label, const Totals& t, int columns, int quantityColumn,
                     int amountColumn) {
    QStringList row;
    for (int i = 0; i < columns; ++i)
        row << QString();
    row[1] = label;
    row[quantityColumn] = QString::number(t.quantity);
    row[amountColumn] = money(t.fixedFen + t.lowValueFen);
    return row;
}

} // namespace

ReportDef assetRegisterReport() {
    ReportDef r;
    r.key = QStringLiteral("asset-register");
    r.kinds = {QStringLiteral("assets")};
    //: zh_CN "资产台账"
    r.label = QT_TRANSLATE_NOOP("Reports", "Asset register");
    r.period = Period::Kind::Day; // as of a day; no period = today
    r.build = buildAssetRegister;
    return r;
}

// Every asset not disposed of and acquired by the day, by campus and room in code order, with a subtotal
// per room and per campus, then the totals per department and the grand totals by class.
Result<TableDocument> buildAssetRegister(Database& db, const Period& period) {
    const RecordKind& kind = houqin::assets::assetsKind();
    const QDate asOf = period.to.isValid() ? period.to : db.now().date();
    ListQuery q;
    q.filter = QStringLiteral("in-register");
    q.to = asOf;
    q.sortField = a::kCode;
    q.sortDescending = false;
    auto records = RecordRepository(db, kind).list(q);
    if (!records)
        return records.error();
    const RuleContext ctx = db.ruleContext();
    const QStringList keys{a::kCode,     a::kName,       a::kModel,     a::kCategory,
                           a::kQuantity, a::kUnitPrice,  a::kAmount,    a::kAssetClass,
                           a::kLocation, a::kDepartment, a::kCustodian, a::kStatus};
    TableDocument doc;
    doc.kindergarten = db.settings().name;
    //: zh_CN "资产台账"
    doc.title = QCoreApplication::translate("Reports", "Asset register");
    //: zh_CN "截至 %1"
    doc.subtitleLines << QCoreApplication::translate("Reports", "As of %1").arg(asOf.toString(Qt::ISODate));
    doc.columns = columnsFor(kind, keys);
    doc.columns[1].stretch = 3;
    doc.orientation = QPageLayout::Landscape;
    const int columns = int(keys.size()), quantityColumn = 4, amountColumn = 6;
    // campus -> room -> records, in code order within each.
    QMap<QString, QMap<QString, QList<const Record*>>> byPlace;
    for (const Record& r : *records)
        byPlace[r.value(a::kCampus).toString()][r.value(a::kLocation).toString()] << &r;
    QMap<QString, Totals> byDepartment;
    Totals all;
    for (auto campus = byPlace.cbegin(); campus != byPlace.cend(); ++campus) {
        Totals campusTotals;
        for (auto room = campus->cbegin(); room != campus->cend(); ++room) {
            Totals roomTotals;
            for (const Record* r : *room) {
                const QVariantMap derived = deriveValues(kind, *r, ctx);
                doc.rows << rowCells(kind, *r, keys, ctx);
                roomTotals.add(*r, derived);
                campusTotals.add(*r, derived);
                byDepartment[r->value(a::kDepartment).toString()].add(*r, derived);
                all.add(*r, derived);
            }
            //: zh_CN "%1 %2 小计"
            doc.rows << totalRow(
                QCoreApplication::translate("Reports", "%1 %2 subtotal").arg(campus.key(), room.key()),
                roomTotals, columns, quantityColumn, amountColumn);
        }
        //: zh_CN "%1 合计"
        doc.rows << totalRow(QCoreApplication::translate("Reports", "%1 total").arg(campus.key()),
                             campusTotals, columns, quantityColumn, amountColumn);
    }
    for (auto dept = byDepartment.cbegin(); dept != byDepartment.cend(); ++dept)
        //: zh_CN "部门：%1"
        doc.rows << totalRow(QCoreApplication::translate("Reports", "Department: %1")
                                 .arg(dept.key().isEmpty() ? QStringLiteral("—") : dept.key()),
                             *dept, columns, quantityColumn, amountColumn);
    if (records->isEmpty())
        doc.footnote = QCoreApplication::translate("Reports", "The register holds no assets on this day.");
    else
        //: zh_CN "共 %1 项，数量 %2；固定资产 %3 元，低值易耗品 %4 元，合计 %5 元（与财务账核对）。"
        doc.footnote =
            QCoreApplication::translate("Reports", "Items: %1, quantity %2; fixed assets %3 yuan, "
                                                   "low-value consumables %4 yuan, total %5 yuan "
                                                   "(to compare with the finance ledger).")
                .arg(all.count)
                .arg(all.quantity)
                .arg(money(all.fixedFen), money(all.lowValueFen), money(all.fixedFen + all.lowValueFen));
    //: zh_CN "资产管理员（签字）："
    doc.signatureLines << QCoreApplication::translate("Reports", "Asset keeper (signature):")
                       //: zh_CN "财务（签字）："
                       << QCoreApplication::translate("Reports", "Finance (signature):");
    return doc;
}

} // namespace houqin::reports::assets
