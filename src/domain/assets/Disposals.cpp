#include "AssetKinds.h"

#include <QCoreApplication>
#include <QSet>

namespace houqin::assets {

namespace d = disposal;

namespace {

// A line names an asset of the register, once per disposal.
void rules(const Record& rec, const RuleContext& c, Issues& out) {
    QSet<QString> seen;
    for (qsizetype i = 0; i < rec.lines.size(); ++i) {
        const QString code = rec.lines.at(i).value(d::kAssetCode).toString();
        if (code.isEmpty())
            continue;
        if (seen.contains(code))
            out << Issue::error(
                lineIssueField(i, d::kAssetCode),
                QCoreApplication::translate("Disposals", "Asset %1 is listed twice.").arg(code));
        seen.insert(code);
        if (c.findRecord && !c.findRecord(QStringLiteral("assets"), asset::kCode, code))
            out << Issue::error(
                lineIssueField(i, d::kAssetCode),
                QCoreApplication::translate("Disposals", "There is no asset %1 in the register.").arg(code));
    }
}

std::shared_ptr<const RecordKind> declareLines() {
    auto k = std::make_shared<RecordKind>();
    k->key = QStringLiteral("disposal-lines");
    k->table = QStringLiteral("disposal_lines");
    k->label = QT_TRANSLATE_NOOP("Fields", "Assets disposed of");
    k->fields = {
        field::text(d::kAssetCode, QT_TRANSLATE_NOOP("Fields", "Asset code"))
            .req()
            .maxLen(30)
            .suggest(QStringLiteral("assets"), asset::kCode)
            .alias({QStringLiteral("资产编号")}),
        field::text(d::kNote, QT_TRANSLATE_NOOP("Fields", "Note")).maxLen(200),
    };
    k->titleField = d::kAssetCode;
    return k;
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("disposals");
    k.table = QStringLiteral("disposals");
    k.label = QT_TRANSLATE_NOOP("Fields", "Disposals");
    k.fields = {
        field::date(d::kDate, QT_TRANSLATE_NOOP("Fields", "Disposed on")).req(),
        field::campus(d::kCampus, QT_TRANSLATE_NOOP("Fields", "Campus")).carry(),
        field::longText(d::kReason, QT_TRANSLATE_NOOP("Fields", "Reason")).req().maxLen(1000),
        field::choice(d::kMethod, QT_TRANSLATE_NOOP("Fields", "Method"),
                      {
                          {QStringLiteral("scrap"),
                           QT_TRANSLATE_NOOP("Fields", "Scrapped"),
                           {QStringLiteral("报损"), QStringLiteral("销毁"), QStringLiteral("报废")}},
                          {QStringLiteral("sale"),
                           QT_TRANSLATE_NOOP("Fields", "Sold"),
                           {QStringLiteral("出售"), QStringLiteral("变卖")}},
                          {QStringLiteral("transfer"),
                           QT_TRANSLATE_NOOP("Fields", "Transferred out"),
                           {QStringLiteral("调出"), QStringLiteral("调拨")}},
                          {QStringLiteral("donation"),
                           QT_TRANSLATE_NOOP("Fields", "Donated"),
                           {QStringLiteral("捐赠"), QStringLiteral("对外捐赠")}},
                          {QStringLiteral("recycling"),
                           QT_TRANSLATE_NOOP("Fields", "Recycled"),
                           {QStringLiteral("回收")}},
                      })
            .req()
            .def(QStringLiteral("scrap")),
        field::person(d::kApprovedBy, QT_TRANSLATE_NOOP("Fields", "Approved by")).req(),
        field::text(d::kApprovalRef, QT_TRANSLATE_NOOP("Fields", "Approval document")).maxLen(60),
        field::person(d::kHandledBy, QT_TRANSLATE_NOOP("Fields", "Handled by")).carry(),
    };
    k.lines = declareLines();
    k.linesParentColumn = QStringLiteral("disposal_id");
    k.minLines = 1;
    k.listColumns = {d::kDate, d::kCampus, d::kReason, d::kMethod, d::kApprovedBy, d::kApprovalRef};
    k.dateField = d::kDate;
    k.defaultSort = d::kDate;
    k.titleField = d::kDate;
    k.searchFields = {d::kReason, d::kApprovedBy, d::kApprovalRef, d::kHandledBy};
    k.rules = rules;
    // The assets disposed of leave use: their status becomes 报废 in the disposal's transaction, audited.
    // Deleting the disposal, or removing an asset's line, puts the asset back in service (在用) if it is
    // still 报废; its status before the disposal is not kept, and 在用 is what a register entry starts as.
    k.linkedUpdates = [](const Record& rec) {
        QList<LinkedUpdate> out;
        for (const Record& line : rec.lines)
            out << LinkedUpdate{QStringLiteral("assets"),
                                asset::kCode,
                                line.value(d::kAssetCode),
                                {{asset::kStatus, asset::kDisposed}},
                                {{asset::kStatus, asset::kInUse}}};
        return out;
    };
    k.prefill = [](Record& rec, const Record*, const RuleContext& c) { rec.set(d::kDate, c.now.date()); };
    return k;
}

} // namespace

const RecordKind& disposalsKind() {
    static const RecordKind k = declare();
    return k;
}

} // namespace houqin::assets
