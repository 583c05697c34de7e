#include "LineRepairs.h"

#include "domain/assets/AssetKinds.h"
#include "storage/Attachments.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace houqin::assets {

namespace r = repair;

namespace {

// Field keys the lines that open repairs share with those that open hazards.
const QString kArea = QStringLiteral("area");
const QString kItem = QStringLiteral("item");
const QString kNote = QStringLiteral("note");
const QString kHazardId = QStringLiteral("hazard_id");
const QString kRepairId = QStringLiteral("repair_id");

Record repairFor(const Record& checked, const Record& line) {
    Record rep;
    rep.set(r::kReportedOn, checked.value(QStringLiteral("date")));
    rep.set(r::kCampus, checked.value(QStringLiteral("campus")));
    // Who found it reports it (谁使用谁报修): the checker, or the first of several.
    QString reporter = checked.value(QStringLiteral("checker")).toString();
    if (reporter.isEmpty())
        reporter = checked.value(QStringLiteral("inspectors")).toString();
    reporter = reporter.section(QRegularExpression(QStringLiteral("[、,，\\s]+")), 0, 0);
    rep.set(r::kReporter, reporter.left(50));
    // The place: the area the check covered and the checklist's area.
    const QString where = checked.value(QStringLiteral("area")).toString();
    const QString area = line.value(kArea).toString();
    rep.set(r::kPlace, (where.isEmpty() ? area : where + QStringLiteral(" · ") + area).left(100));
    const QString item = line.value(kItem).toString();
    const QString note = line.value(kNote).toString();
    rep.set(r::kDescription, note.isEmpty() ? item : item + QStringLiteral("：") + note);
    rep.set(r::kPriority, r::kNormal);
    rep.set(r::kState, r::kWaiting);
    return rep;
}

} // namespace

Result<OpenedRepairs> openRepairsForLines(Database& db, const RecordKind& kind, qint64 recordId,
                                          const Actor& who, const QList<int>& onlyLines) {
    if (!linesOpenRepairs(kind))
        return Error::make(Error::Code::Usage,
                           //: zh_CN "%1 的检查项不能报修。"
                           QCoreApplication::translate("Checklists", "%1 has no lines that open repairs.")
                               .arg(kind.displayLabel()),
                           QStringLiteral("openRepairsForLines"));
    RecordRepository records(db, kind);
    auto checked = records.get(recordId);
    if (!checked)
        return checked.error();
    Record updated = *checked;
    OpenedRepairs out;
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    RecordRepository repairs(db, repairsKind());
    for (int i : repairLines(kind, updated)) {
        if (!onlyLines.isEmpty() && !onlyLines.contains(i))
            continue;
        Record& line = updated.lines[i];
        if (!line.isEmpty(kRepairId) || !line.isEmpty(kHazardId)) {
            ++out.alreadyOpen;
            continue;
        }
        auto id = repairs.insert(repairFor(updated, line), who);
        if (!id)
            return id.error();
        line.set(kRepairId, *id);
        out.repairIds << *id;
        if (kind.lines->photos && line.id != 0)
            if (auto copied = AttachmentStore(db).copy(kind.lines->key, line.id, repairsKind().key, *id, who);
                !copied)
                return copied.error();
    }
    if (!out.repairIds.isEmpty())
        if (Status s = records.update(updated, who); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

} // namespace houqin::assets
