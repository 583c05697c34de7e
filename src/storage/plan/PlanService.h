#pragma once

#include "domain/Actor.h"
#include "domain/RecordKind.h"
#include "domain/Result.h"
#include "domain/plan/Semesters.h"

#include <QDate>
#include <QList>
#include <QString>

namespace houqin {
class Database;
}

namespace houqin::plan {

// How one month of a semester's plan is going (the month view's completion rate and bar chart).
struct MonthProgress {
    QDate month;       // first day of the calendar month
    int total = 0;     // tasks filed under the month
    int done = 0;      // status done
    int cancelled = 0; // cancelled or not tracked: not counted in the rate
    int overdue = 0;   // week passed, not done or cancelled
    // done / (total - cancelled), from 0 to 1; 0 when nothing is expected.
    double completionRate() const;
};

// One month's tasks of one semester, for the monthly review.
struct MonthTasks {
    Semester semester;
    QDate month;         // first day of the calendar month
    QList<Record> tasks; // in plan order: week, then entry order
};

// The plan's tasks as the month view, the dashboard and the reports use them. Writes go through the
// generic repository (validated, audited); the semester-dependent values (due date, month) are filled here
// first, so a task saved through this service is consistent before the database's triggers look at it.
class PlanService {
public:
    explicit PlanService(Database& db);

    // A new, unsaved task of `semester` for a form: defaults, this teaching week (week 0, before term,
    // until the term starts; the last week after it ends), its month and due date.
    Result<Record> newTask(const QString& semester) const;
    // Fills the semester-dependent values of a task: due date, and the month when empty or when it does
    // not fit the week (plan::monthForWeek). Error when the semester does not exist.
    Status place(Record& task) const;
    // The kind's rules and the semester's: the semester exists and the week is within its weeks.
    Result<Issues> validate(const Record& task) const;
    // place(), validate(), then insert (id == 0) or update. Returns the id.
    Result<qint64> save(Record task, const Actor& who);
    // Marks a task done on `on` with an outcome note (an empty note keeps the old one).
    Status markDone(qint64 id, QDate on, const QString& outcome, const Actor& who);
    // Moves a task to a later week of its semester, with status postponed. Its month becomes the one the
    // semester files the new week's other tasks under (the month the week mostly falls in when it has none);
    // `note`, when given, is added to the outcome notes.
    Status postpone(qint64 id, int newWeek, const QString& note, const Actor& who);

    // A semester's tasks in plan order (due date, then entry order).
    Result<QList<Record>> tasks(const QString& semester) const;
    // The tasks a semester files under calendar month `month` (1..12), in plan order.
    Result<QList<Record>> tasksOfMonth(const QString& semester, int month) const;
    // For the monthly report: every semester's tasks filed under the calendar month holding `anyDay`
    // (usually one semester; none when no semester covers the month).
    Result<QList<MonthTasks>> monthTasks(QDate anyDay) const;
    // Tasks due this week (the Monday-to-Sunday week of today, by the database's clock), any status.
    Result<QList<Record>> thisWeek() const;
    // Tasks whose week has passed that are neither done nor cancelled, oldest first.
    Result<QList<Record>> overdue() const;
    // Open tasks due today or later, soonest first; only `category` (a choice key) when given.
    Result<QList<Record>> upcoming(int limit, const QString& category = {}) const;
    // Per month of the semester (Semester::months(), in order): totals and completion.
    Result<QList<MonthProgress>> progress(const QString& semester) const;

    // The recurring tasks (plan::proposeRecurring) that the semester does not have yet. Writes nothing.
    Result<QList<Record>> proposeRecurring(const QString& semester) const;
    // Adds confirmed tasks (e.g. a subset of the proposals) to the semester in one transaction, all or
    // nothing; tasks that duplicate an existing task of the same week and title are skipped. Returns how
    // many were added.
    Result<int> addTasks(const QString& semester, const QList<Record>& confirmed, const Actor& who);

private:
    Database& m_db;
};

} // namespace houqin::plan
