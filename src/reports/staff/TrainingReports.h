#pragma once

#include "../ReportRegistry.h"

namespace houqin::reports::staff {

// Report "training-attendance" (业务学习签到表): a day's sessions, each as its sign-in sheet (person,
// post, attendance, note). Blank (buildBlank): the sheet of the active staff with empty sign-in cells, for
// the paper round.
ReportDef trainingAttendanceReport();
Result<TableDocument> buildTrainingAttendance(Database& db, const Period& period);
Result<TableDocument> buildTrainingAttendanceBlank(Database& db, const Period& period);

// Report "exam-results" (应知应会理论考试成绩): a month's exams, one row per person with score and result
// (及格 / 不及格 / 缺考); the active staff on no line of the exam are listed as 缺考 too; a summary line.
ReportDef examResultsReport();
Result<TableDocument> buildExamResults(Database& db, const Period& period);

// Report "appraisal-monthly" (月考核汇总): a month's appraisals, one row per person with each rubric item's
// score, the weighted total and the grade; the active staff without one read 未考核; room for the
// feedback meeting's summary (月考核反馈小结会) after the table.
ReportDef appraisalMonthlyReport();
Result<TableDocument> buildAppraisalMonthly(Database& db, const Period& period);

// Report "training-semester" (业务学习与培训学期统计): the semester's (the one holding --date, else the
// current one) sessions against the cadence: theory and canteen theory every two weeks, skills every two
// months. One row per fortnight or two-month window and kind, with the sessions held or 缺.
ReportDef trainingSemesterReport();
Result<TableDocument> buildTrainingSemester(Database& db, const Period& period);

} // namespace houqin::reports::staff
