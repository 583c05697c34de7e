#include "SemesterService.h"

#include "domain/plan/PlanTasks.h"
#include "domain/plan/PlanTemplate.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <algorithm>

namespace houqin::plan {

namespace sf = semesterfield;
namespace tf = taskfield;

namespace {

Error invalid(const QString& field, const QString& message) {
    return Error::validation({Issue::error(field, message)});
}

QList<Semester> toSemesters(const QList<Record>& records) {
    QList<Semester> out;
    for (const Record& r : records)
        out << Semester::fromRecord(r);
    return out;
}

bool holds(const Semester& s, QDate day) {
    const SemesterCalendar cal = s.calendar();
    return day >= cal.mondayOfWeek(1).addDays(-28) && day <= cal.end();
}

} // namespace

SemesterService::SemesterService(Database& db) : m_db(db) {}

Result<QList<Semester>> SemesterService::list() const {
    ListQuery q;
    q.sortField = sf::kStart;
    q.sortDescending = true;
    auto records = RecordRepository::forSystem(m_db, semestersKind()).list(q);
    if (!records)
        return records.error();
    return toSemesters(*records);
}

Result<std::optional<Semester>> SemesterService::current() const {
    ListQuery q;
    q.filter = QStringLiteral("current");
    q.limit = 1;
    auto records = RecordRepository::forSystem(m_db, semestersKind()).list(q);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return std::optional<Semester>();
    return std::optional<Semester>(Semester::fromRecord(records->first()));
}

Result<Semester> SemesterService::find(const QString& name) const {
    ListQuery q;
    q.equals = {{sf::kName, name.trimmed()}};
    auto records = RecordRepository::forSystem(m_db, semestersKind()).list(q);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("Plan", "There is no semester named \"%1\".").arg(name),
            QStringLiteral("SemesterService::find"));
    return Semester::fromRecord(records->first());
}

Result<std::optional<Semester>> SemesterService::containing(QDate day) const {
    auto all = list();
    if (!all)
        return all.error();
    for (const Semester& s : *all) // latest start first
        if (holds(s, day))
            return std::optional<Semester>(s);
    return std::optional<Semester>();
}

Result<std::optional<Semester>> SemesterService::forDay(QDate day) const {
    auto cur = current();
    if (!cur)
        return cur.error();
    if (*cur && holds(**cur, day))
        return cur;
    auto in = containing(day);
    if (!in)
        return in.error();
    if (*in)
        return in;
    return cur;
}

Result<qint64> SemesterService::taskCount(const QString& name) const {
    ListQuery q;
    q.equals = {{tf::kSemester, name}};
    return RecordRepository(m_db, planTasksKind()).count(q);
}

Result<CreatedSemester> SemesterService::create(const NewSemester& request, const Actor& who) {
    const QString name = request.name.trimmed();
    if (!name.isEmpty()) {
        auto existing = find(name);
        if (existing)
            return invalid(
                sf::kName,
                QCoreApplication::translate("Plan", "A semester named \"%1\" already exists.").arg(name));
        if (existing.error().code != Error::Code::NotFound)
            return existing.error();
    }
    QList<Record> sourceTasks;
    if (request.tasks == NewSemester::Tasks::CopyFrom) {
        auto from = find(request.copyFrom);
        if (!from)
            return from.error().code == Error::Code::NotFound
                       ? invalid(QStringLiteral("copy_from"), from.error().message)
                       : from.error();
        ListQuery q;
        q.equals = {{tf::kSemester, from->name}};
        q.sortField = tf::kDueDate;
        q.sortDescending = false;
        auto tasks = RecordRepository(m_db, planTasksKind()).list(q);
        if (!tasks)
            return tasks.error();
        sourceTasks = *tasks;
    }

    RecordRepository semesters(m_db, semestersKind());
    Record record = newRecord(semestersKind(), nullptr, m_db.ruleContext());
    record.set(sf::kName, name);
    record.set(sf::kStart, request.start);
    record.set(sf::kEnd, request.end.isValid() ? request.end : SemesterCalendar::defaultEnd(request.start));
    record.set(sf::kCurrent, false); // the mark moves in setCurrent, below
    if (Issues issues = semesters.validate(record); hasErrors(issues))
        return Error::validation(issues);
    Semester semester = Semester::fromRecord(record);

    QList<Record> tasks;
    switch (request.tasks) {
    case NewSemester::Tasks::None:
        break;
    case NewSemester::Tasks::FromTemplate: {
        auto tmpl = builtinTemplate();
        if (!tmpl)
            return tmpl.error();
        tasks = tasksFromTemplate(*tmpl, semester);
        break;
    }
    case NewSemester::Tasks::CopyFrom:
        tasks = copyTasksTo(sourceTasks, semester);
        break;
    }

    const QDate today = m_db.now().date();
    const int notTracked = request.trackPastWeeks ? 0 : leaveOutPastWeeks(tasks, today);
    const int overdue = int(std::count_if(tasks.cbegin(), tasks.cend(),
                                          [today](const Record& t) { return isOverdue(t, today); }));

    bool makeCurrent = request.makeCurrent.value_or(false);
    if (!request.makeCurrent) {
        auto cur = current();
        if (!cur)
            return cur.error();
        makeCurrent = !cur->has_value();
    }

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto id = semesters.insert(record, who);
    if (!id)
        return id.error();
    semester.id = *id;
    if (!tasks.isEmpty()) {
        auto ids = RecordRepository(m_db, planTasksKind()).insertAll(tasks, who);
        if (!ids)
            return ids.error();
    }
    if (makeCurrent) {
        if (Status s = setCurrent(semester.name, who); !s)
            return s.error();
        semester.current = true;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return CreatedSemester{semester, int(tasks.size()), notTracked, overdue};
}

Status SemesterService::setCurrent(const QString& name, const Actor& who) {
    auto target = find(name);
    if (!target)
        return target.error();
    auto cur = current();
    if (!cur)
        return cur.error();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    RecordRepository repo(m_db, semestersKind());
    if (!target->current) {
        // The old mark goes first: the database refuses two current semesters even for a moment.
        if (*cur) {
            Record old = (*cur)->toRecord();
            auto stored = repo.get(old.id);
            if (!stored)
                return stored.error();
            stored->set(sf::kCurrent, false);
            if (Status s = repo.update(*stored, who); !s)
                return s;
        }
        auto stored = repo.get(target->id);
        if (!stored)
            return stored.error();
        stored->set(sf::kCurrent, true);
        if (Status s = repo.update(*stored, who); !s)
            return s;
    }
    if (Status s = mirrorStart(*target, who); !s)
        return s;
    return tx.commit();
}

Result<qint64> SemesterService::save(const Record& semester, const Actor& who) {
    RecordRepository repo(m_db, semestersKind());
    if (Issues issues = repo.validate(semester); hasErrors(issues))
        return Error::validation(issues);
    const Semester s = Semester::fromRecord(semester);
    Transaction tx(m_db);
    if (Status st = tx.begin(); !st)
        return st.error();
    if (s.current) {
        auto cur = current();
        if (!cur)
            return cur.error();
        if (*cur && (*cur)->id != semester.id) {
            auto old = repo.get((*cur)->id);
            if (!old)
                return old.error();
            old->set(sf::kCurrent, false);
            if (Status st = repo.update(*old, who); !st)
                return st.error();
        }
    }
    qint64 id = semester.id;
    if (id == 0) {
        auto inserted = repo.insert(semester, who);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else if (Status st = repo.update(semester, who); !st) {
        return st.error();
    }
    if (s.current)
        if (Status st = mirrorStart(s, who); !st)
            return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return id;
}

Status SemesterService::remove(const QString& name, const Actor& who) {
    auto s = find(name);
    if (!s)
        return s.error();
    auto n = taskCount(s->name);
    if (!n)
        return n.error();
    if (*n > 0)
        return invalid(sf::kName,
                       QCoreApplication::translate(
                           "Plan",
                           "The semester \"%1\" still has %n plan task(s); delete or move them first.",
                           nullptr, int(*n))
                           .arg(s->name));
    return RecordRepository(m_db, semestersKind()).remove(s->id, who);
}

Status SemesterService::mirrorStart(const Semester& s, const Actor& who) {
    KindergartenSettings settings = m_db.settings();
    if (settings.semesterStart == s.start)
        return {};
    settings.semesterStart = s.start;
    // Before the first-run settings exist they cannot be saved; the rules still see the start meanwhile.
    if (!settings.isConfigured() || hasErrors(settings.validate())) {
        m_db.cacheSettings(settings);
        return {};
    }
    return SettingsStore::save(m_db, settings, who);
}

} // namespace houqin::plan
