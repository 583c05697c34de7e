#pragma once

#include "domain/Actor.h"
#include "domain/RecordKind.h"
#include "domain/Result.h"
#include "domain/plan/Semesters.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace houqin {
class Database;
}

namespace houqin::plan {

// What "new semester" asks for: the CLI's `semester new`, the first-run wizard and the work plan's
// "new semester" action all fill this in and call SemesterService::create.
struct NewSemester {
    QString name;
    QDate start;
    QDate end; // invalid = SemesterCalendar::defaultEnd(start), the Sunday of week 20
    enum class Tasks { None, FromTemplate, CopyFrom } tasks = Tasks::None;
    QString copyFrom; // the earlier semester's name, with Tasks::CopyFrom
    // Empty = current when no semester is current yet.
    std::optional<bool> makeCurrent;
    // A semester entered after it began: false marks the tasks of the weeks already over as not tracked
    // (neither done nor overdue) instead of leaving them overdue.
    bool trackPastWeeks = true;
};

struct CreatedSemester {
    Semester semester;  // as stored, with its id
    int tasks = 0;      // plan tasks added
    int notTracked = 0; // of which left out as weeks already over (NewSemester::trackPastWeeks)
    int overdue = 0;    // of which overdue from the start: weeks already over, tracked
};

// Semesters as a whole: creating one with its plan, choosing the current one, listing, deleting. Every
// write goes through the generic repository (validated and audited) inside one transaction.
class SemesterService {
public:
    explicit SemesterService(Database& db);

    // All semesters, the latest start first.
    Result<QList<Semester>> list() const;
    // The semester marked current, if any.
    Result<std::optional<Semester>> current() const;
    // Error::Code::NotFound with a message naming the semester when there is none of that name.
    Result<Semester> find(const QString& name) const;
    // The semester whose weeks (from four weeks before week 1, for before-term work, to its end date)
    // hold `day`; the latest starting one when two do.
    Result<std::optional<Semester>> containing(QDate day) const;
    // The semester a screen or a report should show on `day`: the current one when it holds the day, else
    // the one holding it, else the current one.
    Result<std::optional<Semester>> forDay(QDate day) const;
    // Number of plan tasks of a semester.
    Result<qint64> taskCount(const QString& name) const;

    // Creates a semester and its tasks (from the template, or copied from an earlier semester), all or
    // nothing. Refuses a name in use, an unknown --copy-from and a semester that breaks the kind's rules,
    // with messages naming what is wrong. Making it current mirrors its start into the settings.
    Result<CreatedSemester> create(const NewSemester& request, const Actor& who);
    // Moves the current mark to `name` (audited on both semesters) and mirrors its start date into the
    // kindergarten settings' semester start, which teaching weeks elsewhere are counted from.
    Status setCurrent(const QString& name, const Actor& who);
    // Saves a semester record edited in a form (insert when id == 0). A record marked current takes the
    // mark from the old current semester. The tasks' due dates follow a moved start date (the database
    // does that). Use this rather than RecordRepository for semesters.
    Result<qint64> save(const Record& semester, const Actor& who);
    // Deletes a semester without tasks; one with tasks is refused with a message saying how many.
    Status remove(const QString& name, const Actor& who);

private:
    Status mirrorStart(const Semester& s, const Actor& who);
    Database& m_db;
};

} // namespace houqin::plan
