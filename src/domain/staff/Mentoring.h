#pragma once

#include "../RecordKind.h"

// 师徒结对: a mentor and a new childcare worker (the apprentice) paired from a start date, with goals, an
// end date once done, and a review note each month as lines. 技能竞赛 and 评优评先: the team's
// competitions and awards.
namespace houqin::staff {

const RecordKind& mentorPairsKind();
const RecordKind& competitionsKind();
const RecordKind& awardsKind();

namespace mentoring {
inline const QString kMentor = QStringLiteral("mentor");
inline const QString kApprentice = QStringLiteral("apprentice");
inline const QString kStart = QStringLiteral("start_date"); // "start" and "end" are SQL keywords
inline const QString kGoals = QStringLiteral("goals");
inline const QString kEnd = QStringLiteral("end_date");
// Lines (mentor-reviews).
inline const QString kMonth = QStringLiteral("month"); // "2026-11"
inline const QString kNote = QStringLiteral("note");
inline const QString kReviewer = QStringLiteral("reviewer");
// Filters.
inline const QString kActiveFilter = QStringLiteral("active");
inline const QString kWithoutReviewFilter = QStringLiteral("without-review-this-month");
} // namespace mentoring

} // namespace houqin::staff
