#pragma once

#include "../RecordKind.h"

namespace houqin::canteen {

// 膳委会: the meal committee. Two kinds, because meetings and parents' visits have nothing in common but
// the committee: "meal-committee" holds the meetings (date, attendees, minutes, decisions) and
// "meal-committee-visits" the parents' visits, booked in advance, to inspect the food and/or eat with the
// children. Their feedback goes to every class's parents' group (visitSummary()).
const RecordKind& mealCommitteeKind();
const RecordKind& mealCommitteeVisitsKind();

// A short plain-text summary of a visit, to paste into the class parents' groups (in the UI language,
// translated in the context "MealCommittee"). It names the class, never the parent: the groups need
// the feedback, not who gave it.
QString visitSummary(const Record& visit, const QString& kindergartenName);

} // namespace houqin::canteen
