#include "../RecordCells.h"
#include "AssetReports.h"
#include "domain/ValueFormat.h"
#include "domain/assets/AssetKinds.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

namespace houqin::reports::assets {

namespace l = houqin::assets::loan;
namespace rp = houqin::assets::repair;

ReportDef loansOutstandingReport() {
    ReportDef r;
    r.key = QStringLiteral("loans-outstanding");
    r.kinds = {QStringLiteral("loans")};
    //: zh_CN "未归还物品清单"
    r.label = QT_TRANSLATE_NOOP("Reports", "Loans outstanding");
    r.period = Period::Kind::Day; // as of a day; no period = today
    r.build = buildLoansOutstanding;
    return r;
}

// Every loan lent by the day and not returned, by due date, with the days it is overdue on that day.
Result<TableDocument> buildLoansOutstanding(Database& db, const Period& period) {
    const RecordKind& kind = houqin::assets::loansKind();
    const QDate asOf = period.to.isValid() ? period.to : db.now().date();
    ListQuery q;
    q.filter = QStringLiteral("out");
    q.to = asOf;
    q.sortField = l::kDueOn;
    q.sortDescending = false;
    auto records = RecordRepository(db, kind).list(q);
    if (!records)
        return records.error();
    RuleContext ctx = db.ruleContext();
    ctx.now = QDateTime(asOf, QTime(12, 0));
    const QStringList keys{l::kItem,   l::kAssetCode, l::kQuantity, l::kBorrower,
                           l::kLentOn, l::kDueOn,     l::kStatus};
    TableDocument doc;
    doc.kindergarten = db.settings().name;
    //: zh_CN "未归还物品清单"
    doc.title = QCoreApplication::translate("Reports", "Loans outstanding");
    doc.subtitleLines << QCoreApplication::translate("Reports", "As of %1").arg(asOf.toString(Qt::ISODate));
    doc.columns = columnsFor(kind, keys);
    doc.columns[0].stretch = 3;
    //: zh_CN "逾期天数"
    doc.columns << TableDocument::Column{QCoreApplication::translate("Reports", "Days overdue"), 1,
                                         Qt::AlignRight};
    int overdue = 0;
    for (const Record& r : *records) {
        QStringList row = rowCells(kind, r, keys, ctx);
        const qint64 days = r.value(l::kDueOn).toDate().daysTo(asOf);
        row << (days > 0 ? QString::number(days) : QString());
        overdue += days > 0 ? 1 : 0;
        doc.rows << row;
    }
    doc.footnote = records->isEmpty()
                       ? QCoreApplication::translate("Reports", "Everything lent has been returned.")
                       //: zh_CN "未归还 %1 件次，其中逾期 %2。"
                       : QCoreApplication::translate("Reports", "Not returned: %1, of which overdue: %2.")
                             .arg(records->size())
                             .arg(overdue);
    //: zh_CN "保管员（签字）："
    doc.signatureLines << QCoreApplication::translate("Reports", "Keeper (signature):");
    return doc;
}

namespace {

// The lines of the 维修申报单 in the order the paper form has them: the request, the dispatch, the repair and
// the acceptance.
const QStringList& formFields() {
    static const QStringList keys{rp::kReportedOn, rp::kReporter,    rp::kCampus,      rp::kPlace,
                                  rp::kAssetCode,  rp::kDescription, rp::kPriority,    rp::kState,
                                  rp::kRepairBy,   rp::kAssignee,    rp::kCompletedOn, rp::kWorkDone,
                                  rp::kCost,       rp::kAcceptedBy};
    return keys;
}

TableDocument formDocument(Database& db) {
    TableDocument doc;
    doc.kindergarten = db.settings().name;
    //: zh_CN "维修申报单"
    doc.title = QCoreApplication::translate("Reports", "Repair request form");
    //: zh_CN "项目"
    doc.columns << TableDocument::Column{QCoreApplication::translate("Reports", "Item"), 1} //: zh_CN "内容"
                << TableDocument::Column{QCoreApplication::translate("Reports", "Details"), 4};
    //: zh_CN "报修人（签字）："
    doc.signatureLines << QCoreApplication::translate("Reports", "Reported by (signature):")
                       //: zh_CN "维修人（签字）："
                       << QCoreApplication::translate("Reports", "Repaired by (signature):")
                       //: zh_CN "验收人（签字）："
                       << QCoreApplication::translate("Reports", "Accepted by (signature):");
    return doc;
}

} // namespace

ReportDef repairFormReport() {
    ReportDef r;
    r.key = QStringLiteral("repair-form");
    r.kinds = {QStringLiteral("repairs")};
    //: zh_CN "维修申报单"
    r.label = QT_TRANSLATE_NOOP("Reports", "Repair request form");
    r.period = Period::Kind::Month;
    r.alsoFor = {Period::Kind::Day, Period::Kind::Week};
    r.build = buildRepairForm;
    r.buildBlank = buildBlankRepairForm;
    return r;
}

// The requests reported in the period, each as the form's lines filled in, one after the other.
Result<TableDocument> buildRepairForm(Database& db, const Period& period) {
    if (period.kind == Period::Kind::None || !period.from.isValid())
        return Error::make(
            Error::Code::Usage,
            QCoreApplication::translate("Reports",
                                        "The repair form needs a day, a week or a month, such as 2026-11-16; "
                                        "--blank prints an empty form."),
            QStringLiteral("buildRepairForm"));
    const RecordKind& kind = houqin::assets::repairsKind();
    ListQuery q;
    q.from = period.from;
    q.to = period.to;
    q.sortField = rp::kReportedOn;
    q.sortDescending = false;
    auto records = RecordRepository(db, kind).list(q);
    if (!records)
        return records.error();
    const RuleContext ctx = db.ruleContext();
    TableDocument doc = formDocument(db);
    doc.subtitleLines << period.label();
    for (const Record& r : *records) {
        //: zh_CN "第 %1 号"
        doc.rows << QStringList{QCoreApplication::translate("Reports", "No. %1").arg(r.id), QString()};
        const QStringList cells = rowCells(kind, r, formFields(), ctx);
        for (qsizetype i = 0; i < formFields().size(); ++i)
            doc.rows << QStringList{kind.anyField(formFields().at(i))->displayLabel(), cells.value(i)};
    }
    if (records->isEmpty())
        doc.footnote = QCoreApplication::translate("Reports", "No repairs were requested in this period.");
    return doc;
}

Result<TableDocument> buildBlankRepairForm(Database& db, const Period&) {
    const RecordKind& kind = houqin::assets::repairsKind();
    TableDocument doc = formDocument(db);
    for (const QString& key : formFields()) {
        QString hint;
        if (const FieldDef* f = kind.field(key); f && f->type == FieldType::Choice) {
            QStringList options;
            for (const ChoiceDef& c : f->choices)
                options << QStringLiteral("□ ") + trLabel(c.label);
            hint = options.join(QStringLiteral("  "));
        }
        doc.rows << QStringList{kind.anyField(key)->displayLabel(), hint};
    }
    return doc;
}

} // namespace houqin::reports::assets
