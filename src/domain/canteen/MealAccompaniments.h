#pragma once

#include "../RecordKind.h"

#include <QStringList>
#include <optional>

namespace houqin::canteen {

// 陪餐: a leader eats with the children and rates the meal. The plan rotates the administrator on duty and
// the grade leaders at lunch every day.
const RecordKind& mealAccompanimentsKind();

// The rating fields, in form order (taste, portion, temperature, hygiene), each 1 to 5.
const QStringList& ratingFields();
// Their mean, or nothing when none is entered.
std::optional<double> averageRating(const Record& accompaniment);

} // namespace houqin::canteen
