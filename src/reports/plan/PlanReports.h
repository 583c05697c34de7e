#pragma once

#include "../ReportRegistry.h"

namespace houqin::reports::plan {

// Report "plan-monthly" (月度工作计划检查表): the tasks a semester's plan files under one month, grouped by
// teaching week, with owner, status (overdue ones marked), done-on date and outcome, the month's completion,
// and lines for the reviewer's signature and the review date. Printed for a month (--month 2026-09);
// a day or a week prints the month holding it.
ReportDef planMonthlyReport();
Result<TableDocument> buildPlanMonthly(Database& db, const Period& period);

// Report "plan-semester" (学期工作计划): a semester's whole plan on A4, grouped by month and week. Without a
// period it prints the current semester; with one, the semester holding the period's first day.
ReportDef planSemesterReport();
Result<TableDocument> buildPlanSemester(Database& db, const Period& period);

} // namespace houqin::reports::plan
