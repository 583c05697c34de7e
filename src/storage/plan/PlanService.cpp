#include "PlanService.h"

#include "SemesterService.h"
#include "domain/plan/PlanTasks.h"
#include "domain/plan/Recurring.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace houqin::plan {

namespace tf = taskfield;
namespace ts = taskstatus;

namespace {

int weekOf(const Record& r) {
    return int(r.value(tf::kWeek).toLongLong());
}

int monthOf(const Record& r) {
    return int(r.value(tf::kMonth).toLongLong());
}

QString weekTitleKey(const Record& r) {
    return QString::number(weekOf(r)) + QLatin1Char('\x1f') + r.value(tf::kTitle).toString().trimmed();
}

Error invalid(const QString& field, const QString& message) {
    return Error::validation({Issue::error(field, message)});
}

ListQuery inPlanOrder(ListQuery q = {}) {
    q.sortField = tf::kDueDate;
    q.sortDescending = false;
    return q;
}

// Issues of the semester's own limits, which the kind's rules cannot know.
void semesterIssues(const Record& task, const Semester& s, Issues& out) {
    const int week = weekOf(task);
    if (week > s.weekCount())
        out << Issue::error(tf::kWeek,
                            QCoreApplication::translate("Plan", "%1 is after the last week of %2 (week %3).")
                                .arg(SemesterCalendar::weekLabel(week), s.name)
                                .arg(s.weekCount()));
}

} // namespace

double MonthProgress::completionRate() const {
    const int expected = total - cancelled;
    return expected > 0 ? double(done) / expected : 0.0;
}

PlanService::PlanService(Database& db) : m_db(db) {}

Result<Record> PlanService::newTask(const QString& semester) const {
    auto s = SemesterService(m_db).find(semester);
    if (!s)
        return s.error();
    Record r = newRecord(planTasksKind(), nullptr, m_db.ruleContext());
    const int week = std::clamp(s->calendar().weekOf(m_db.now().date()), 0, qMax(0, s->weekCount()));
    r.set(tf::kWeek, qint64(week));
    r.set(tf::kMonth, qint64(s->calendar().monthOfWeek(week)));
    placeInSemester(r, *s);
    return r;
}

Status PlanService::place(Record& task) const {
    auto s = SemesterService(m_db).find(task.value(tf::kSemester).toString());
    if (!s)
        return s.error().code == Error::Code::NotFound ? invalid(tf::kSemester, s.error().message)
                                                       : s.error();
    placeInSemester(task, *s);
    return {};
}

Result<Issues> PlanService::validate(const Record& task) const {
    Issues issues = validateRecord(planTasksKind(), task, m_db.ruleContext());
    auto s = SemesterService(m_db).find(task.value(tf::kSemester).toString());
    if (s)
        semesterIssues(task, *s, issues);
    else if (s.error().code == Error::Code::NotFound)
        issues << Issue::error(tf::kSemester, s.error().message);
    else
        return s.error();
    return issues;
}

Result<qint64> PlanService::save(Record task, const Actor& who) {
    if (Status s = place(task); !s)
        return s.error();
    auto issues = validate(task);
    if (!issues)
        return issues.error();
    if (hasErrors(*issues))
        return Error::validation(*issues);
    RecordRepository repo(m_db, planTasksKind());
    if (task.id == 0)
        return repo.insert(task, who);
    if (Status s = repo.update(task, who); !s)
        return s.error();
    return task.id;
}

Status PlanService::markDone(qint64 id, QDate on, const QString& outcome, const Actor& who) {
    auto task = RecordRepository(m_db, planTasksKind()).get(id);
    if (!task)
        return task.error();
    task->set(tf::kStatus, ts::kDone);
    task->set(tf::kDoneOn, on);
    if (!outcome.trimmed().isEmpty())
        task->set(tf::kOutcome, outcome.trimmed());
    auto saved = save(*task, who);
    if (!saved)
        return saved.error();
    return {};
}

Status PlanService::postpone(qint64 id, int newWeek, const QString& note, const Actor& who) {
    auto task = RecordRepository(m_db, planTasksKind()).get(id);
    if (!task)
        return task.error();
    auto s = SemesterService(m_db).find(task->value(tf::kSemester).toString());
    if (!s)
        return s.error();
    const int oldWeek = weekOf(*task);
    if (newWeek <= oldWeek)
        return invalid(tf::kWeek,
                       QCoreApplication::translate("Plan", "A postponed task moves to a week after %1.")
                           .arg(SemesterCalendar::weekLabel(oldWeek)));
    task->set(tf::kWeek, qint64(newWeek));
    // The month review shows it with the new week's other tasks (plans file a week under a month loosely),
    // or, when the week has none, in the month most of the week falls in.
    auto others = tasks(s->name);
    if (!others)
        return others.error();
    QMap<int, int> monthVotes;
    for (const Record& r : *others)
        if (weekOf(r) == newWeek && r.id != id)
            ++monthVotes[monthOf(r)];
    int month = s->calendar().monthOfWeek(newWeek);
    for (auto it = monthVotes.begin(); it != monthVotes.end(); ++it)
        if (it.value() > monthVotes.value(month))
            month = it.key();
    task->set(tf::kMonth, qint64(month));
    task->set(tf::kStatus, ts::kPostponed);
    task->set(tf::kDoneOn, QVariant());
    if (!note.trimmed().isEmpty()) {
        const QString old = task->value(tf::kOutcome).toString().trimmed();
        task->set(tf::kOutcome, old.isEmpty() ? note.trimmed() : old + QLatin1Char('\n') + note.trimmed());
    }
    auto saved = save(*task, who);
    if (!saved)
        return saved.error();
    return {};
}

Result<QList<Record>> PlanService::tasks(const QString& semester) const {
    ListQuery q = inPlanOrder();
    q.equals = {{tf::kSemester, semester}};
    return RecordRepository(m_db, planTasksKind()).list(q);
}

Result<QList<Record>> PlanService::tasksOfMonth(const QString& semester, int month) const {
    ListQuery q = inPlanOrder();
    q.equals = {{tf::kSemester, semester}, {tf::kMonth, qint64(month)}};
    return RecordRepository(m_db, planTasksKind()).list(q);
}

Result<QList<MonthTasks>> PlanService::monthTasks(QDate anyDay) const {
    auto semesters = SemesterService(m_db).list();
    if (!semesters)
        return semesters.error();
    const QDate first(anyDay.year(), anyDay.month(), 1);
    QList<MonthTasks> out;
    for (auto it = semesters->crbegin(); it != semesters->crend(); ++it) { // earliest first
        if (it->firstOfMonth(first.month()) != first)
            continue;
        auto list = tasksOfMonth(it->name, first.month());
        if (!list)
            return list.error();
        if (list->isEmpty() && !it->months().contains(first))
            continue;
        out << MonthTasks{*it, first, *list};
    }
    return out;
}

Result<QList<Record>> PlanService::thisWeek() const {
    ListQuery q = inPlanOrder();
    q.filter = QStringLiteral("this-week");
    return RecordRepository(m_db, planTasksKind()).list(q);
}

Result<QList<Record>> PlanService::overdue() const {
    ListQuery q = inPlanOrder();
    q.filter = QStringLiteral("overdue");
    return RecordRepository(m_db, planTasksKind()).list(q);
}

Result<QList<Record>> PlanService::upcoming(int limit, const QString& category) const {
    ListQuery q = inPlanOrder();
    q.filter = QStringLiteral("open");
    q.from = m_db.now().date();
    q.limit = limit;
    if (!category.isEmpty())
        q.equals = {{tf::kCategory, category}};
    return RecordRepository(m_db, planTasksKind()).list(q);
}

Result<QList<MonthProgress>> PlanService::progress(const QString& semester) const {
    auto s = SemesterService(m_db).find(semester);
    if (!s)
        return s.error();
    auto all = tasks(s->name);
    if (!all)
        return all.error();
    QList<MonthProgress> out;
    for (const QDate& m : s->months())
        out << MonthProgress{m};
    const QDate today = m_db.now().date();
    for (const Record& t : *all) {
        const QDate month = s->firstOfMonth(monthOf(t));
        auto it =
            std::find_if(out.begin(), out.end(), [&](const MonthProgress& p) { return p.month == month; });
        if (it == out.end()) {
            out << MonthProgress{month};
            it = out.end() - 1;
        }
        ++it->total;
        const QString status = t.value(tf::kStatus).toString();
        it->done += status == ts::kDone;
        it->cancelled += isNotExpected(t);
        it->overdue += isOverdue(t, today);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const MonthProgress& a, const MonthProgress& b) { return a.month < b.month; });
    return out;
}

Result<QList<Record>> PlanService::proposeRecurring(const QString& semester) const {
    auto s = SemesterService(m_db).find(semester);
    if (!s)
        return s.error();
    auto existing = tasks(s->name);
    if (!existing)
        return existing.error();
    return plan::proposeRecurring(*s, *existing);
}

Result<int> PlanService::addTasks(const QString& semester, const QList<Record>& confirmed, const Actor& who) {
    auto s = SemesterService(m_db).find(semester);
    if (!s)
        return s.error();
    auto existing = tasks(s->name);
    if (!existing)
        return existing.error();
    QSet<QString> seen;
    for (const Record& t : *existing)
        seen.insert(weekTitleKey(t));
    QList<Record> fresh;
    Issues issues;
    for (Record t : confirmed) {
        t.id = 0;
        placeInSemester(t, *s);
        if (seen.contains(weekTitleKey(t)))
            continue;
        seen.insert(weekTitleKey(t));
        semesterIssues(t, *s, issues);
        fresh << t;
    }
    if (hasErrors(issues))
        return Error::validation(issues);
    if (fresh.isEmpty())
        return 0;
    auto ids = RecordRepository(m_db, planTasksKind()).insertAll(fresh, who);
    if (!ids)
        return ids.error();
    return int(ids->size());
}

} // namespace houqin::plan
