#pragma once

#include "../RecordKind.h"

// 隐患排查整改台账: the one register of hazards and their rectification (整改). Anyone reports a hazard; the
// declared workflow moves it 待指派 → 整改中 (owner and deadline) → 待验收 → 已关闭 (verified by someone
// other than the owner), with 退回 from 待验收 to 整改中. A hazard may name the record it came from (an
// inspection's failed item, a closing check, a hygiene check) in `source`, as "<kind>/<id>#<line>".
namespace houqin::safety {

const RecordKind& hazardsKind();

namespace hazard {
inline const QString kFoundOn = QStringLiteral("found_on");
inline const QString kCampus = QStringLiteral("campus");
inline const QString kPlace = QStringLiteral("place");
inline const QString kCategory = QStringLiteral("category");
inline const QString kDescription = QStringLiteral("description");
inline const QString kSeverity = QStringLiteral("severity");
inline const QString kReportedBy = QStringLiteral("reported_by");
inline const QString kState = QStringLiteral("state");
inline const QString kOwner = QStringLiteral("owner");
inline const QString kDeadline = QStringLiteral("deadline");
inline const QString kMeasures = QStringLiteral("measures");
inline const QString kVerifiedBy = QStringLiteral("verified_by");
inline const QString kSource = QStringLiteral("source");
inline const QString kOverdue = QStringLiteral("overdue"); // derived: "overdue" or empty
// States.
inline const QString kReported = QStringLiteral("reported");      // 待指派
inline const QString kInProgress = QStringLiteral("in-progress"); // 整改中
inline const QString kToVerify = QStringLiteral("to-verify");     // 待验收
inline const QString kClosed = QStringLiteral("closed");          // 已关闭
} // namespace hazard

// Past its deadline and not closed. On the deadline day itself a hazard is not overdue.
bool isOverdue(const Record& hazard, QDate today);
// "inspections/12#3": line 3 (1-based) of inspection 12; "closing-checks/7" for a whole record.
QString sourceRef(const QString& kindKey, qint64 id, int lineNo = 0);
struct SourceRef {
    QString kindKey;
    qint64 id = 0;
    int lineNo = 0; // 0 = the record as a whole
    bool isValid() const { return !kindKey.isEmpty() && id > 0; }
};
SourceRef parseSourceRef(const QString& text);

// The lines of `record` (of `kind`) that open a hazard, by index: those its lines kind's opensHazard
// picks (a failed checklist item, a patrol's problem). Empty for a kind whose lines open none.
QList<int> hazardLines(const RecordKind& kind, const Record& record);
// Whether the lines of `kind` can open hazards at all (opensHazard and a hazard_id field).
bool linesOpenHazards(const RecordKind& kind);
// The hazard category an area's name suggests: 电 → electrical, 消防 → fire, 食堂/厨房/卫生/保洁 →
// hygiene, 门卫/交通 → traffic, anything else → facility.
QString categoryForArea(const QString& area);

} // namespace houqin::safety
