#include "LineHazards.h"

#include "domain/safety/Hazards.h"
#include "domain/safety/SafetyKinds.h"
#include "storage/Attachments.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace houqin::safety {

namespace hz = hazard;

// Field keys the lines that open hazards share: the place (area), what was found (item, note), the link.
const QString kArea = QStringLiteral("area");
const QString kItem = QStringLiteral("item");
const QString kNote = QStringLiteral("note");
const QString kHazardId = QStringLiteral("hazard_id");
const QString kRepairId = QStringLiteral("repair_id"); // a line that opened a repair instead

namespace {

// The first field of the checked record that is filled among keys.
QVariant firstOf(const Record& r, std::initializer_list<const char*> keys) {
    for (const char* k : keys)
        if (!r.isEmpty(QLatin1String(k)))
            return r.value(QLatin1String(k));
    return {};
}

Record hazardFor(const RecordKind& kind, const Record& checked, const QVariant& campus, const Record& line,
                 int lineNo) {
    Record h;
    h.set(hz::kFoundOn, checked.value(QStringLiteral("date")));
    h.set(hz::kCampus, campus);
    // The place: the hygiene zone, else the checklist's area.
    const QString zone = checked.value(QStringLiteral("zone")).toString();
    const QString area = line.value(kArea).toString();
    h.set(hz::kPlace, zone.isEmpty() ? area : zone + QStringLiteral(" · ") + area);
    h.set(hz::kCategory,
          kind.key == QStringLiteral("hygiene-checks") ? QStringLiteral("hygiene") : categoryForArea(area));
    // What was found: the checklist item and its note, or a finding's note alone.
    const QString item = line.value(kItem).toString();
    const QString note = line.value(kNote).toString();
    h.set(hz::kDescription, item.isEmpty()   ? note
                            : note.isEmpty() ? item
                                             : item + QStringLiteral("：") + note);
    h.set(hz::kSeverity, QStringLiteral("general"));
    // Who found it: the checker, the inspector, the first of the inspectors, the patrolling administrator.
    QString reporter = firstOf(checked, {"checker", "inspector", "inspectors", "administrator"}).toString();
    reporter = reporter.section(QRegularExpression(QStringLiteral("[、,，\\s]+")), 0, 0);
    if (!reporter.isEmpty())
        h.set(hz::kReportedBy, reporter.left(50));
    h.set(hz::kState, hz::kReported);
    h.set(hz::kSource, sourceRef(kind.key, checked.id, lineNo));
    return h;
}

} // namespace

Result<OpenedHazards> openHazardsForLines(Database& db, const RecordKind& kind, qint64 recordId,
                                          const Actor& who, const QList<int>& onlyLines) {
    if (!linesOpenHazards(kind))
        return Error::make(Error::Code::Usage,
                           QCoreApplication::translate("Checklists", "%1 has no lines that open hazards.")
                               .arg(kind.displayLabel()),
                           QStringLiteral("openHazardsForLines"));
    RecordRepository records(db, kind);
    auto checked = records.get(recordId);
    if (!checked)
        return checked.error();
    Record updated = *checked;
    // A hygiene check has no campus of its own: it names its zone, and the zone its campus.
    QVariant campus = updated.value(QStringLiteral("campus"));
    if (campus.isNull() && !updated.isEmpty(QStringLiteral("zone")))
        if (auto zone = db.ruleContext().findRecord(hygieneZonesKind().key, QStringLiteral("name"),
                                                    updated.value(QStringLiteral("zone"))))
            campus = zone->value(QStringLiteral("campus"));
    OpenedHazards out;
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    RecordRepository hazards(db, hazardsKind());
    for (int i : hazardLines(kind, updated)) {
        if (!onlyLines.isEmpty() && !onlyLines.contains(i))
            continue;
        Record& line = updated.lines[i];
        if (!line.isEmpty(kHazardId) || !line.isEmpty(kRepairId)) {
            ++out.alreadyOpen;
            continue;
        }
        auto id = hazards.insert(hazardFor(kind, updated, campus, line, i + 1), who);
        if (!id)
            return id.error();
        line.set(kHazardId, *id);
        out.hazardIds << *id;
        // The photos taken at the item show the hazard too.
        if (kind.lines->photos && line.id != 0)
            if (auto copied = AttachmentStore(db).copy(kind.lines->key, line.id, hazardsKind().key, *id, who);
                !copied)
                return copied.error();
    }
    if (!out.hazardIds.isEmpty())
        if (Status s = records.update(updated, who); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

QList<qint64> linkedHazards(const Record& record) {
    QList<qint64> out;
    for (const Record& line : record.lines)
        if (!line.isEmpty(kHazardId))
            out << line.value(kHazardId).toLongLong();
    return out;
}

} // namespace houqin::safety
