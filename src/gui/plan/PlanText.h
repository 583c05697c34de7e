#pragma once

#include "domain/RecordKind.h"
#include "domain/SemesterCalendar.h"

#include <QDate>
#include <QString>

namespace houqin::gui::plan {

// Texts and first guesses the work plan's screens share.

// "第5周（10月5日—10月11日）" / "Week 5 (10/5 – 10/11)"; "开学前（…—8月30日）" for week 0. Context
// "PlanText".
QString weekSpanText(const SemesterCalendar& calendar, int week);
// A month as the month picker and the chart show it: "2026年9月" / "September 2026".
QString monthText(QDate firstOfMonth);

// A stored field of a plan task as the lists show it (category and status as translated labels).
QString taskText(const Record& task, const QString& fieldKey);

// The question a new semester's form asks when `weeksOver` weeks of it are already over: "Weeks 1–6 are
// already over: track their tasks too (they will show as overdue)". Context "PlanText".
QString trackPastWeeksText(int weeksOver);

// First guesses for a new semester's form; the director corrects them.

// "2026学年第一学期" for a semester starting from August to December 2026, "2026学年第二学期" for one
// starting from January to July 2027 (the school year is named after the year it begins). Translated, context
// "PlanText".
QString suggestedSemesterName(QDate start);
// The term start most likely meant when setting up on `today`: the latest 1 March or 1 September no more than
// a month ahead (in August, the coming September; in October, the September just gone).
QDate likelyTermStart(QDate today);
// The first 1 March or 1 September after `day` (the semester after one ending on `day`).
QDate nextTermStart(QDate day);

} // namespace houqin::gui::plan
