#include "DemoData.h"
#include "domain/staff/TrainingKinds.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <cmath>

namespace houqin::demo {

namespace t = staff::training;

namespace {

// The first school day on or after d, within the month of d; invalid when there is none.
QDate schoolDayFrom(const Context& ctx, QDate d) {
    for (QDate x = d; x.month() == d.month() && x <= ctx.last; x = x.addDays(1))
        if (ctx.isSchoolDay(x))
            return x;
    return {};
}

Record sessionOn(Context& ctx, QRandomGenerator& rng, QDate day, const QString& kind, const QString& topic,
                 const QStringList& people) {
    Record r;
    r.set(t::kDate, day);
    r.set(t::kKind, kind);
    r.set(t::kTopic, topic);
    if (!ctx.healthTeachers.isEmpty())
        r.set(t::kPresenter,
              kind == t::kSkills && !ctx.office.isEmpty() ? ctx.office.first() : ctx.healthTeachers.first());
    for (const QString& person : people) {
        Record line;
        line.set(t::kPerson, person);
        const int roll = int(rng.bounded(100));
        line.set(t::kAttendance, roll < 93   ? t::kPresent
                                 : roll < 98 ? QStringLiteral("leave")
                                             : QStringLiteral("absent"));
        r.lines << line;
    }
    return r;
}

// A score around `mean` with a spread, to one decimal, within 0..100.
double scoreAround(QRandomGenerator& rng, double mean, double spread) {
    const double u = (rng.generateDouble() + rng.generateDouble() + rng.generateDouble()) / 3.0 - 0.5;
    return std::clamp(std::round((mean + u * 2 * spread) * 10) / 10.0, 0.0, 100.0);
}

} // namespace

Result<Summary> generateStaffTraining(Context& ctx) {
    // Its own generator, so the modules generated before keep their records whatever this one draws.
    QRandomGenerator rng(ctx.rng.generate());
    const QStringList topics = staff::planTopics();
    const QStringList theoryTopics = topics.mid(0, 6);
    const QStringList skillTopics{QStringLiteral("折纸"), QStringLiteral("讲故事"), QStringLiteral("彩泥"),
                                  QStringLiteral("心肺复苏")};
    // Everyone at work studies, sits the exam and is appraised (the month screen and the reports list
    // them all); the canteen has its own study as well.
    const QStringList team = ctx.activeStaff;
    QStringList canteen;
    for (const QString& p : ctx.canteenStaff)
        if (ctx.activeStaff.contains(p))
            canteen << p;

    QList<Record> sessions, exams, appraisals;
    // Fortnightly study on the Tuesday (theory) and Thursday (canteen theory) of every other week; skills
    // training in the second week of every other month.
    QDate monday = ctx.first.addDays(1 - ctx.first.dayOfWeek());
    for (int week = 0; monday <= ctx.last; ++week, monday = monday.addDays(7)) {
        if (week % 2 != 0)
            continue;
        for (const auto& [offset, kind] : {qMakePair(1, t::kTheory), qMakePair(3, t::kCanteenTheory)}) {
            const QDate day = monday.addDays(offset);
            if (day < ctx.first || day > ctx.last || !ctx.isSchoolDay(day))
                continue;
            const bool isTheory = kind == t::kTheory;
            sessions << sessionOn(ctx, rng, day, kind,
                                  isTheory ? theoryTopics.at(week / 2 % theoryTopics.size())
                                           : QStringLiteral("《食品安全法》"),
                                  isTheory ? team : canteen);
        }
    }
    const KindergartenSettings settings = ctx.db.settings();
    for (QDate month(ctx.first.year(), ctx.first.month(), 1); month <= ctx.last; month = month.addMonths(1)) {
        if (month.month() % 2 == 0) {
            const QDate day = schoolDayFrom(ctx, month.addDays(8));
            if (day.isValid() && day >= ctx.first)
                sessions << sessionOn(ctx, rng, day, t::kSkills, skillTopics.at(month.month() / 2 % 4), team);
        }
        // The exam in the month's last week, the appraisals on the 25th or later; the current month's only
        // when that day has come.
        const QDate examDay = schoolDayFrom(ctx, QDate(month.year(), month.month(), month.daysInMonth() - 6));
        if (examDay.isValid() && examDay >= ctx.first) {
            Record e;
            e.set(t::kMonth, month);
            e.set(t::kDate, examDay);
            e.set(t::kSubject, theoryTopics.at(month.month() % theoryTopics.size()));
            e.set(t::kPassMark, settings.examPassMark);
            for (const QString& p : team) {
                Record line;
                line.set(t::kPerson, p);
                if (rng.bounded(25) != 0) // about one in 25 misses it
                    line.set(t::kScore, scoreAround(rng, 82, 24));
                e.lines << line;
            }
            exams << e;
        }
        if (QDate(month.year(), month.month(), 25) > ctx.last ||
            QDate(month.year(), month.month(), 28) < ctx.first)
            continue;
        for (const QString& p : team) {
            Record a;
            a.set(t::kMonth, month);
            a.set(t::kPerson, p);
            // Each person has a level of their own, month by month a little up or down.
            const double level = 78 + double(qHash(p) % 15) + double(rng.bounded(7)) - 3;
            a.lines = staff::rubricLines(settings);
            for (Record& line : a.lines)
                line.set(t::kScore, scoreAround(rng, level, 10));
            appraisals << a;
        }
    }
    Summary out;
    for (const auto& [kind, records] :
         {qMakePair(&staff::trainingSessionsKind(), &sessions), qMakePair(&staff::examsKind(), &exams),
          qMakePair(&staff::appraisalsKind(), &appraisals)}) {
        auto ids = RecordRepository(ctx.db, *kind).insertAll(*records, ctx.who);
        if (!ids)
            return ids.error();
        out.insert(kind->key, int(ids->size()));
    }
    return out;
}

} // namespace houqin::demo
