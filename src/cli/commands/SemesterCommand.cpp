#include "Commands.h"
#include "domain/ValueFormat.h"
#include "domain/plan/PlanTasks.h"
#include "storage/Database.h"
#include "storage/plan/PlanService.h"
#include "storage/plan/SemesterService.h"

#include <QCoreApplication>

namespace houqin::cli {

namespace {

using plan::NewSemester;
using plan::Semester;

class SemesterCommand : public Command {
public:
    QString name() const override { return QStringLiteral("semester"); }
    bool writes(const QStringList& args) const override { return args.value(1) != QStringLiteral("list"); }
    QString summary() const override {
        return QCoreApplication::translate("Cli", "Create, list and choose semesters and their work plans.");
    }
    int run(Context& ctx, const QStringList& args) override {
        QCommandLineParser parser;
        parser.addPositionalArgument(
            QStringLiteral("ACTION"),
            QCoreApplication::translate(
                "Cli", "new: create a semester; list: list them; current [NAME]: show or choose the current "
                       "one; recurring NAME: propose the recurring tasks (--add adds them)."));
        const QCommandLineOption nameOpt(QStringLiteral("name"),
                                         QCoreApplication::translate("Cli", "new: the semester's name."),
                                         QStringLiteral("NAME"));
        const QCommandLineOption start(QStringLiteral("start"),
                                       QCoreApplication::translate("Cli", "new: the first day of term."),
                                       QStringLiteral("DATE"));
        const QCommandLineOption end(
            QStringLiteral("end"),
            QCoreApplication::translate("Cli", "new: the last day (default: the Sunday of week 20)."),
            QStringLiteral("DATE"));
        const QCommandLineOption fromTemplate(
            QStringLiteral("from-template"),
            QCoreApplication::translate("Cli", "new: copy the tasks of the plan template."));
        const QCommandLineOption copyFrom(
            QStringLiteral("copy-from"),
            QCoreApplication::translate("Cli", "new: copy the tasks of an earlier semester."),
            QStringLiteral("SEMESTER"));
        const QCommandLineOption current(
            QStringLiteral("current"),
            QCoreApplication::translate(
                "Cli", "new: make it the current semester (the first semester always becomes current)."));
        const QCommandLineOption skipPast(
            QStringLiteral("skip-past-weeks"),
            QCoreApplication::translate("Cli", "new: mark the tasks of weeks already over as not tracked "
                                               "(a semester entered after it began)."));
        const QCommandLineOption add(
            QStringLiteral("add"), QCoreApplication::translate("Cli", "recurring: add the proposed tasks."));
        parser.addOptions({nameOpt, start, end, fromTemplate, copyFrom, current, skipPast, add});
        if (int rc = parse(ctx, parser, args); rc >= 0)
            return rc;
        const QStringList pos = parser.positionalArguments();
        const QString action = pos.value(0);
        if (action == QStringLiteral("new")) {
            if (pos.size() != 1)
                return ctx.usage(QCoreApplication::translate("Cli", "semester new takes options only."));
            return create(ctx, parser, nameOpt, start, end, fromTemplate, copyFrom, current,
                          parser.isSet(skipPast));
        }
        if (action == QStringLiteral("list")) {
            if (pos.size() != 1)
                return ctx.usage(QCoreApplication::translate("Cli", "semester list takes no arguments."));
            return list(ctx);
        }
        if (action == QStringLiteral("current")) {
            if (pos.size() > 2)
                return ctx.usage(
                    QCoreApplication::translate("Cli", "semester current takes at most one NAME."));
            return pos.size() == 2 ? choose(ctx, pos[1]) : show(ctx);
        }
        if (action == QStringLiteral("recurring")) {
            if (pos.size() != 2)
                return ctx.usage(
                    QCoreApplication::translate("Cli", "semester recurring needs exactly one NAME."));
            return recurring(ctx, pos[1], parser.isSet(add));
        }
        return ctx.usage(action.isEmpty()
                             ? QCoreApplication::translate(
                                   "Cli", "semester needs an action: new, list, current or recurring.")
                             : QCoreApplication::translate(
                                   "Cli", "Unknown action \"%1\": use new, list, current or recurring.")
                                   .arg(action));
    }

private:
    static QString describe(const Semester& s) {
        //: %1 name, %2 first day, %3 last day, %4 number of weeks. zh_CN "%1：%2 至 %3，共%4周"
        return QCoreApplication::translate("Cli", "%1: %2 to %3, %4 teaching weeks")
            .arg(s.name, s.start.toString(Qt::ISODate), s.calendar().end().toString(Qt::ISODate))
            .arg(s.weekCount());
    }

    int create(Context& ctx, const QCommandLineParser& parser, const QCommandLineOption& nameOpt,
               const QCommandLineOption& start, const QCommandLineOption& end,
               const QCommandLineOption& fromTemplate, const QCommandLineOption& copyFrom,
               const QCommandLineOption& current, bool skipPastWeeks) {
        if (!parser.isSet(nameOpt) || !parser.isSet(start))
            return ctx.usage(QCoreApplication::translate("Cli", "semester new needs --name and --start."));
        if (parser.isSet(fromTemplate) && parser.isSet(copyFrom))
            return ctx.usage(
                QCoreApplication::translate("Cli", "Give either --from-template or --copy-from, not both."));
        NewSemester request;
        request.name = parser.value(nameOpt).trimmed();
        if (!parseDateOption(ctx, QStringLiteral("start"), parser.value(start), &request.start))
            return kUsage;
        if (parser.isSet(end) &&
            !parseDateOption(ctx, QStringLiteral("end"), parser.value(end), &request.end))
            return kUsage;
        if (parser.isSet(fromTemplate))
            request.tasks = NewSemester::Tasks::FromTemplate;
        if (parser.isSet(copyFrom)) {
            request.tasks = NewSemester::Tasks::CopyFrom;
            request.copyFrom = parser.value(copyFrom).trimmed();
        }
        if (parser.isSet(current))
            request.makeCurrent = true;
        request.trackPastWeeks = !skipPastWeeks;
        Database* db = ctx.writableDb(QCoreApplication::translate("Cli", "add a semester"));
        if (!db)
            return ctx.failure();
        if (!ctx.allows(QStringLiteral("semesters"), access::Action::Create))
            return ctx.refuse(QStringLiteral("semesters"), access::Action::Create);
        auto created = plan::SemesterService(*db).create(request, ctx.actor());
        if (!created)
            return ctx.fail(created.error());
        ctx.out << QCoreApplication::translate("Cli", "Created %1; plan tasks: %2.")
                       .arg(describe(created->semester))
                       .arg(created->tasks)
                << '\n';
        if (created->notTracked > 0)
            ctx.out << QCoreApplication::translate("Cli", "Tasks of weeks already over, not tracked: %1.")
                           .arg(created->notTracked)
                    << '\n';
        if (created->overdue > 0)
            ctx.out << QCoreApplication::translate("Cli", "%1 tasks belong to weeks already over and are "
                                                          "overdue; --skip-past-weeks marks them not "
                                                          "tracked.")
                           .arg(created->overdue)
                    << '\n';
        if (created->semester.current)
            ctx.out << QCoreApplication::translate("Cli", "%1 is the current semester.")
                           .arg(created->semester.name)
                    << '\n';
        return kOk;
    }

    int list(Context& ctx) {
        Database* db = ctx.db();
        if (!db)
            return ctx.failure();
        plan::SemesterService service(*db);
        auto all = service.list();
        if (!all)
            return ctx.fail(all.error());
        for (const Semester& s : *all) {
            auto n = service.taskCount(s.name);
            if (!n)
                return ctx.fail(n.error());
            ctx.out << s.name << '\t' << s.start.toString(Qt::ISODate) << '\t'
                    << s.calendar().end().toString(Qt::ISODate) << '\t' << s.weekCount() << '\t' << *n;
            if (s.current)
                //: Marks the current semester in "houqin semester list": zh_CN "当前学期"
                ctx.out << '\t' << QCoreApplication::translate("Cli", "current");
            ctx.out << '\n';
        }
        return kOk;
    }

    int show(Context& ctx) {
        Database* db = ctx.db();
        if (!db)
            return ctx.failure();
        auto cur = plan::SemesterService(*db).current();
        if (!cur)
            return ctx.fail(cur.error());
        if (!cur->has_value()) {
            ctx.err << QCoreApplication::translate(
                           "Cli", "No semester is current. Create one with \"houqin semester new\".")
                    << '\n';
            return kValidation;
        }
        const Semester& s = **cur;
        const QDate today = db->now().date();
        const int week = s.calendar().weekOf(today);
        ctx.out << describe(s) << '\n';
        //: zh_CN "今天：%1，%2"
        ctx.out << QCoreApplication::translate("Cli", "Today: %1, %2")
                       .arg(today.toString(Qt::ISODate),
                            s.calendar().isAfterTerm(today)
                                //: zh_CN "学期已结束"
                                ? QCoreApplication::translate("Cli", "after the end of term")
                                : SemesterCalendar::weekLabel(week))
                << '\n';
        return kOk;
    }

    int choose(Context& ctx, const QString& semester) {
        Database* db = ctx.writableDb(QCoreApplication::translate("Cli", "change the current semester"));
        if (!db)
            return ctx.failure();
        if (!ctx.allows(QStringLiteral("semesters"), access::Action::Edit))
            return ctx.refuse(QStringLiteral("semesters"), access::Action::Edit);
        if (Status s = plan::SemesterService(*db).setCurrent(semester, ctx.actor()); !s)
            return s.error().code == Error::Code::NotFound ? ctx.usage(s.error().message)
                                                           : ctx.fail(s.error());
        ctx.out << QCoreApplication::translate("Cli", "%1 is the current semester.").arg(semester.trimmed())
                << '\n';
        return kOk;
    }

    int recurring(Context& ctx, const QString& semester, bool add) {
        Database* db = add ? ctx.writableDb(QCoreApplication::translate("Cli", "add plan tasks")) : ctx.db();
        if (!db)
            return ctx.failure();
        plan::PlanService service(*db);
        auto proposals = service.proposeRecurring(semester);
        if (!proposals)
            return proposals.error().code == Error::Code::NotFound ? ctx.usage(proposals.error().message)
                                                                   : ctx.fail(proposals.error());
        const FieldDef& category = *plan::planTasksKind().field(plan::taskfield::kCategory);
        for (const Record& r : *proposals)
            ctx.out << SemesterCalendar::weekLabel(int(r.value(plan::taskfield::kWeek).toLongLong())) << '\t'
                    << r.value(plan::taskfield::kMonth).toLongLong() << '\t'
                    << valuefmt::display(category, r.value(plan::taskfield::kCategory)) << '\t'
                    << r.value(plan::taskfield::kTitle).toString() << '\n';
        if (!add) {
            ctx.out << QCoreApplication::translate("Cli", "Proposed tasks: %1. Add them with --add.")
                           .arg(proposals->size())
                    << '\n';
            return kOk;
        }
        if (!ctx.allows(QStringLiteral("plan-tasks"), access::Action::Create))
            return ctx.refuse(QStringLiteral("plan-tasks"), access::Action::Create);
        auto added = service.addTasks(semester, *proposals, ctx.actor());
        if (!added)
            return ctx.fail(added.error());
        ctx.out << QCoreApplication::translate("Cli", "Added %1 task(s) to %2.")
                       .arg(*added)
                       .arg(semester.trimmed())
                << '\n';
        return kOk;
    }
};

} // namespace

std::unique_ptr<Command> makeSemesterCommand() {
    return std::make_unique<SemesterCommand>();
}

} // namespace houqin::cli
