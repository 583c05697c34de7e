#pragma once

#include "../Attention.h"
#include "../RecordKind.h"
#include "Semesters.h"

#include <QDate>
#include <QList>
#include <QString>

namespace houqin::plan {

// 工作计划任务: one scheduled task of a semester's work plan (chapter 五 of the plan: "具体工作安排"), tied
// to a teaching week (0 = before term) and filed under a month.
//
// due_date is the Sunday that ends the task's week (week 0: the Sunday before week 1). The database keeps
// it (migration 0002's triggers, from the semester's start and the week, on every write and whenever a
// semester's start moves), because "overdue" and "this week" must be SQL filters on one column for lists
// and the dashboard, and the domain cannot look the semester up. Code that builds tasks fills it too
// (placeInSemester), so a record in memory matches what will be stored.
const RecordKind& planTasksKind();

namespace taskfield {
inline const QString kSemester = QStringLiteral("semester"); // the semester's name (a foreign key)
inline const QString kMonth = QStringLiteral("month");       // 1..12
inline const QString kWeek = QStringLiteral("week");         // 0 = before term
inline const QString kTitle = QStringLiteral("title");
inline const QString kCategory = QStringLiteral("category");
inline const QString kOwner = QStringLiteral("owner");
inline const QString kStatus = QStringLiteral("status");
inline const QString kDoneOn = QStringLiteral("done_on");
inline const QString kOutcome = QStringLiteral("outcome");
inline const QString kLink = QStringLiteral("link");
inline const QString kDueDate = QStringLiteral("due_date");
// Derived
inline const QString kWeekLabel = QStringLiteral("week_label");
inline const QString kTiming = QStringLiteral("timing");
} // namespace taskfield

// Choice keys of status.
namespace taskstatus {
inline const QString kNotStarted = QStringLiteral("not-started");
inline const QString kInProgress = QStringLiteral("in-progress");
inline const QString kDone = QStringLiteral("done");
inline const QString kPostponed = QStringLiteral("postponed");
inline const QString kCancelled = QStringLiteral("cancelled");
// A task of a week that was over before the semester was entered (a plan created mid-term), left out on
// purpose: neither done nor overdue, and not counted in the completion rate.
inline const QString kNotTracked = QStringLiteral("not-tracked");
} // namespace taskstatus

// Choice keys of category: the plan's four goals, and the rest.
namespace taskcategory {
inline const QString kStaff = QStringLiteral("staff");   // 队伍建设
inline const QString kSafety = QStringLiteral("safety"); // 安全
inline const QString kHealth = QStringLiteral("health"); // 卫生保健
inline const QString kAssets = QStringLiteral("assets"); // 资产
inline const QString kOther = QStringLiteral("other");   // 其他
} // namespace taskcategory

// Choice keys of the derived timing.
namespace tasktiming {
inline const QString kOverdue = QStringLiteral("overdue");    // its week has passed, not done or cancelled
inline const QString kThisWeek = QStringLiteral("this-week"); // due by this Sunday, still open
inline const QString kLater = QStringLiteral("later");        // due after this week, still open
inline const QString kClosed = QStringLiteral("closed");      // done or cancelled
} // namespace tasktiming

// Done, cancelled or not tracked: nothing more is expected of the task.
bool isClosed(const Record& task);
// Cancelled or not tracked: the task does not count in the completion rate.
bool isNotExpected(const Record& task);
// The task's week has passed (its due date is before today) and it is not closed.
bool isOverdue(const Record& task, QDate today);
// Marks the open tasks whose week was over before `today` as not tracked (a semester entered mid-term);
// returns how many.
int leaveOutPastWeeks(QList<Record>& tasks, QDate today);
// One of tasktiming; empty when the task has no due date yet.
QString timingOf(const Record& task, QDate today);

// The day a task of `week` is due: the Sunday ending that teaching week.
inline QDate dueDate(const SemesterCalendar& calendar, int week) {
    return calendar.sundayOfWeek(qMax(0, week));
}
// Whether filing a task of `week` (due on `due`) under `month` is plausible. Plans group by month loosely:
// the plan puts week 13 under December and week 17 under January, a week before those months begin in
// most years. So a month fits when it holds a day of the week or of the week before or after it; for
// week 0 (before term), when it holds a day of the four weeks before week 1.
bool monthFitsWeek(int month, int week, QDate due);
// The month a task of `week` is filed under in `calendar`: `preferred` when it fits, else the month most
// of the week falls in. Used when tasks move to a new calendar (template, copies, postponing).
int monthForWeek(const SemesterCalendar& calendar, int week, int preferred = 0);
// Puts a task into semester s: sets semester, due date, and the month (keeping the task's month when it
// fits the week in s's calendar).
void placeInSemester(Record& task, const Semester& s);

// The Sunday ending the Monday-to-Sunday week of `day`: what due_date equals for a task of that week.
QDate sundayOf(QDate day);

// The plan module's attention items (dashboard): overdue tasks.
const QList<AttentionItem>& attentionItems();

} // namespace houqin::plan
