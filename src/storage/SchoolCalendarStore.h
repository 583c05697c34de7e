#pragma once

#include "domain/Result.h"
#include "domain/SchoolCalendar.h"

namespace houqin {

class Database;

// The school calendar as the database holds it: every semester's term dates and every entry of
// 节假日与调休 (calendar-days). Two queries; built afresh for each evaluation, so an edit to either list
// takes effect at once without a cache to invalidate.
Result<SchoolCalendar> loadSchoolCalendar(Database& db);

} // namespace houqin
