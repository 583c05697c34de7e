#include "Commands.h"
#include "storage/AttentionService.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace houqin::cli {

namespace {
// What the dashboard raises, for an office PC's morning task or a reviewer: every module's attention items
// raised on a day, most severe first, one per line as KEY<TAB>COUNT<TAB>LABEL. Exits 0 whether or not
// anything is raised; a script tests the output.
class AttentionCommand : public Command {
public:
    QString name() const override { return QStringLiteral("attention"); }
    QString summary() const override {
        return QCoreApplication::translate("Cli",
                                           "List what needs attention (the overview's items) on a day.");
    }
    int run(Context& ctx, const QStringList& args) override {
        QCommandLineParser parser;
        const QCommandLineOption dateOpt(
            QStringLiteral("date"),
            QCoreApplication::translate("Cli", "The day to look at (default: today)."),
            QStringLiteral("DATE"));
        parser.addOption(dateOpt);
        if (int rc = parse(ctx, parser, args); rc >= 0)
            return rc;
        if (!parser.positionalArguments().isEmpty())
            return ctx.usage(QCoreApplication::translate("Cli", "attention takes no arguments."));
        QDate day = QDate::currentDate();
        if (parser.isSet(dateOpt) &&
            !parseDateOption(ctx, QStringLiteral("date"), parser.value(dateOpt), &day))
            return kUsage;
        Database* db = ctx.db();
        if (!db)
            return ctx.failure();
        // A past day is over: everything due that day was due (the third round after 17:00 included),
        // so it is seen at its last second. Today and a day ahead are seen at the present time of day.
        const QTime time = day < QDate::currentDate() ? QTime(23, 59, 59) : QTime::currentTime();
        db->setClock([day, time] { return QDateTime(day, time); });
        auto raised = AttentionService(*db).raised();
        if (!raised)
            return ctx.fail(raised.error());
        // Only the items about kinds the signed-in role may see.
        for (const AttentionState& s : *raised)
            if (ctx.allows(s.item->kindKey, access::Action::View))
                ctx.out << s.item->key << '\t' << s.count << '\t' << s.label << '\n';
        return kOk;
    }
};
} // namespace

std::unique_ptr<Command> makeAttentionCommand() {
    return std::make_unique<AttentionCommand>();
}

} // namespace houqin::cli
