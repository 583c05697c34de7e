#pragma once

#include "../Attention.h"
#include "../RecordKind.h"

// 一日三巡: the administrators' three daily walk-throughs. Each administrator on the line (条线行政) walks
// through the campus, the classrooms and the canteen three times a school day and writes down what was
// found, a problem or a merit (优点), as lines; a problem opens a hazard in the safety module's register
// with one action (RecordKind::opensHazard, storage/safety/LineHazards). One patrol per date, round and
// administrator.
namespace houqin::staff {

const RecordKind& patrolsKind();

namespace patrol {
inline const QString kDate = QStringLiteral("date");
inline const QString kRound = QStringLiteral("round"); // "1", "2", "3"
inline const QString kAdministrator = QStringLiteral("administrator");
inline const QString kCampus = QStringLiteral("campus");
inline const QString kAreas = QStringLiteral("areas");
inline const QString kNotes = QStringLiteral("notes");
inline const QString kProblems = QStringLiteral("problems"); // derived: the number of problems found
// Lines (patrol-findings).
inline const QString kFinding = QStringLiteral("finding"); // "problem" or "merit"
inline const QString kArea = QStringLiteral("area");
inline const QString kNote = QStringLiteral("note");
inline const QString kHazardId = QStringLiteral("hazard_id");
inline const QString kProblem = QStringLiteral("problem");
inline const QString kMerit = QStringLiteral("merit");
inline constexpr int kRounds = 3;
// The round's key: "1", "2", "3".
inline QString roundKey(int round) {
    return QString::number(round);
}
} // namespace patrol

// The round an administrator has not yet recorded on `day`, given the rounds recorded (keys), or 0 when all
// three are.
int nextRound(const QStringList& recordedRounds);

// Filters of the staff kind: "administrator without round n today" (an active administrator with no patrol
// of that round today), n = 1..3, keyed "without-patrol-round-<n>".
QList<FilterDef> patrolStaffFilters();
QString withoutRoundFilterKey(int round);

// The module's attention items: round n missing today, raised on school days once round n's time of day
// (settings) has passed; a mentor pair without this month's review.
const QList<AttentionItem>& patrolAttentionItems();

} // namespace houqin::staff
