#include "DemoData.h"
#include "domain/plan/PlanTasks.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/plan/SemesterService.h"

#include <QCoreApplication>

namespace houqin::demo {

namespace {

namespace tf = plan::taskfield;
namespace ts = plan::taskstatus;

bool isAutumn(QDate start) {
    return start.month() >= 7;
}

// Autumn terms start on 1 September; spring terms around 20 February (as demoSettings() assumes).
QDate previousStart(QDate start) {
    return isAutumn(start) ? QDate(start.year(), 2, 20) : QDate(start.year() - 1, 9, 1);
}

QString semesterName(const Context& ctx, QDate start) {
    return isAutumn(start)
               //: A semester's name: zh_CN "%1学年第一学期"
               ? ctx.text(QT_TRANSLATE_NOOP("Demo", "%1 school year, first term")).arg(start.year())
               //: A semester's name: zh_CN "%1学年第二学期"
               : ctx.text(QT_TRANSLATE_NOOP("Demo", "%1 school year, second term")).arg(start.year() - 1);
}

// What the director writes under a finished task: by what the task is, else by category (data in the
// plan's language).
QString outcome(Context& ctx, const QString& category, const QString& title) {
    static const QList<QPair<QString, QString>> byTitle{
        {QStringLiteral("考试"), QStringLiteral("理论考试平均分91分，2人补考后合格")},
        {QStringLiteral("考核"), QStringLiteral("考核结果已反馈到个人，小结会已召开")},
        {QStringLiteral("学习"), QStringLiteral("学习笔记已检查，交流发言4人")},
    };
    for (const auto& [word, note] : byTitle)
        if (title.contains(word))
            return note;
    static const QMap<QString, QStringList> notes{
        {plan::taskcategory::kStaff,
         {QStringLiteral("全体后勤人员参加，签到表已存档"), QStringLiteral("会议记录已存档")}},
        {plan::taskcategory::kSafety,
         {QStringLiteral("各班均已开展，活动照片已存档"), QStringLiteral("检查发现2处隐患，已当场整改"),
          QStringLiteral("全员签订，责任书已归档"), QStringLiteral("告家长书已全部发放，回执已收齐")}},
        {plan::taskcategory::kHealth,
         {QStringLiteral("全体教工参加，操作考核全部合格"), QStringLiteral("保健老师组织，记录已归档")}},
        {plan::taskcategory::kAssets,
         {QStringLiteral("账实相符，清点表已签字归档"), QStringLiteral("发放登记表已签收"),
          QStringLiteral("已完成检修，维修单已归档")}},
        {plan::taskcategory::kOther, {QStringLiteral("已按计划完成")}},
    };
    return ctx.pick(notes.value(category, notes.value(plan::taskcategory::kOther)));
}

// A working day of the task's week, not after today.
QDate doneDay(Context& ctx, const plan::Semester& s, int week, QDate today) {
    const QDate monday = s.calendar().mondayOfWeek(qMax(0, week));
    QDate d = monday.addDays(ctx.rng.bounded(5));
    return d > today ? today : d;
}

// Past weeks mostly done, this week under way, the future not started; the current semester keeps a few
// loose ends: one task postponed to a later week and two overdue.
QList<Record> progressed(Context& ctx, const plan::Semester& s, QList<Record> tasks, bool current) {
    const QDate today = ctx.db.now().date();
    const QDate thisSunday = plan::sundayOf(today);
    QList<int> pastOpen;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        Record& r = tasks[i];
        const QDate due = r.value(tf::kDueDate).toDate();
        const int week = int(r.value(tf::kWeek).toLongLong());
        const QString category = r.value(tf::kCategory).toString();
        if (due < today) {
            if (!current && ctx.rng.bounded(25) == 0) {
                r.set(tf::kStatus, ts::kCancelled);
                r.set(tf::kOutcome, QStringLiteral("因上级安排调整，本学期取消"));
                continue;
            }
            r.set(tf::kStatus, ts::kDone);
            r.set(tf::kDoneOn, doneDay(ctx, s, week, today));
            r.set(tf::kOutcome, outcome(ctx, category, r.value(tf::kTitle).toString()));
            if (category == plan::taskcategory::kSafety &&
                r.value(tf::kTitle).toString().contains(QStringLiteral("食品")))
                r.set(tf::kLink,
                      QStringLiteral("food-samples:%1").arg(due.toString(QStringLiteral("yyyy-MM"))));
            if (due >= today.addDays(-42))
                pastOpen << int(i);
        } else if (due == thisSunday && ctx.rng.bounded(2) == 0) {
            r.set(tf::kStatus, ts::kInProgress);
        }
    }
    if (current && pastOpen.size() >= 3) {
        // Two loose ends from the last six weeks stay open (overdue), and one moves to a later week.
        for (int k = 0; k < 2; ++k) {
            Record& r = tasks[pastOpen.takeAt(ctx.rng.bounded(int(pastOpen.size())))];
            r.set(tf::kStatus, k == 0 ? ts::kInProgress : ts::kNotStarted);
            r.set(tf::kDoneOn, QVariant());
            r.set(tf::kOutcome, k == 0 ? QStringLiteral("已完成一半，待补充记录") : QVariant());
            r.set(tf::kLink, QVariant());
        }
        Record& moved = tasks[pastOpen.takeAt(ctx.rng.bounded(int(pastOpen.size())))];
        const int week = qMin(s.weekCount(), qMax(s.calendar().weekOf(today), 0) + 2);
        if (week > int(moved.value(tf::kWeek).toLongLong())) {
            moved.set(tf::kWeek, qint64(week));
            moved.set(tf::kMonth, qint64(s.calendar().monthOfWeek(week)));
            plan::placeInSemester(moved, s);
            moved.set(tf::kStatus, ts::kPostponed);
            moved.set(tf::kDoneOn, QVariant());
            moved.set(tf::kOutcome, QStringLiteral("场地维修未完成，延期进行"));
            moved.set(tf::kLink, QVariant());
        }
    }
    return tasks;
}

} // namespace

Result<PlanSummary> generatePlan(Context& ctx) {
    const QDate today = ctx.db.now().date();
    const QDate currentStart = ctx.db.settings().semesterStart;
    if (!currentStart.isValid())
        return PlanSummary{};
    // The current semester and every earlier one that reaches into the demo's span, oldest first.
    QList<QDate> starts{currentStart};
    for (QDate s = previousStart(currentStart);
         plan::Semester{0, {}, s, {}, false}.calendar().end() >= ctx.first; s = previousStart(s))
        starts.prepend(s);

    plan::SemesterService semesters(ctx.db);
    RecordRepository tasks(ctx.db, plan::planTasksKind());
    PlanSummary summary;
    for (const QDate& start : starts) {
        plan::NewSemester request;
        request.name = semesterName(ctx, start);
        request.start = start;
        request.tasks = plan::NewSemester::Tasks::FromTemplate;
        request.makeCurrent = start == currentStart;
        auto created = semesters.create(request, ctx.who);
        if (!created)
            return created.error();
        ++summary.semesters;
        summary.tasks += created->tasks;
        if (start > today)
            continue; // nothing has happened yet
        ListQuery q;
        q.equals = {{tf::kSemester, request.name}};
        q.sortField = tf::kDueDate;
        q.sortDescending = false;
        auto stored = tasks.list(q);
        if (!stored)
            return stored.error();
        const QList<Record> updated = progressed(ctx, created->semester, *stored, start == currentStart);
        if (Status s = tasks.updateAll(updated, ctx.who); !s)
            return s.error();
    }
    return summary;
}

} // namespace houqin::demo
