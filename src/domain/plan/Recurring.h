#pragma once

#include "../RecordKind.h"
#include "Semesters.h"

#include <QList>
#include <QString>

namespace houqin::plan {

// The plan's measures that repeat on a cadence (chapter 四), beyond the dated tasks of chapter 五:
//   - logistics theory study every two weeks (每两周一次理论学习): weeks 2, 4, 6, ...;
//   - a theory exam every month (每月一次应知应会理论考试): the last week of each month;
//   - the monthly appraisal with its feedback meeting (月考核反馈小结会): the last week of each month;
//   - skills training every two months (每两月一次的技能培训): the second week of every second month,
//     from the term's second month;
//   - safety education each month with the month's theme (每月安全主题教育): the first week of each month;
//   - the end-of-term checks (学期结束安全大检查, 清点财产, 归还出借物品): the last week.
// A month's weeks are the teaching weeks whose Thursday falls in it.

// The plan's safety-education theme of a calendar month (in the plan's words), or empty when the plan
// names none (the plan covers September to January).
QString safetyTheme(int month);

// Proposed, unsaved tasks of semester s (semester, week, month, due date filled; status not started) in
// week order. A proposal is left out when `existing` (the semester's tasks) already covers it: a task of
// the same week and title, or, for the cadences, a task of the same period whose title names the same
// activity (理论考试 in that month, 业务学习 in that fortnight...), so the template's own study sessions,
// exams and appraisals are not proposed twice. Nothing is written: the director confirms the list first.
QList<Record> proposeRecurring(const Semester& s, const QList<Record>& existing);

} // namespace houqin::plan
