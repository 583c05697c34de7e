#include "Commands.h"
#include "storage/Maintenance.h"

#include <QCoreApplication>

namespace houqin::cli {

namespace {
class CheckCommand : public Command {
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override {
        return QCoreApplication::translate(
            "Cli", "Check the database's integrity, foreign keys, tables and every stored value.");
    }
    int run(Context& ctx, const QStringList& args) override {
        QCommandLineParser parser;
        if (int rc = parse(ctx, parser, args); rc >= 0)
            return rc;
        Database* db = ctx.db();
        if (!db)
            return ctx.failure();
        if (int rc = ctx.requireDirector(QCoreApplication::translate("Cli", "check the database")); rc != kOk)
            return rc;
        auto problems = Maintenance::check(*db);
        if (!problems)
            return ctx.fail(problems.error());
        if (problems->isEmpty()) {
            ctx.out << QCoreApplication::translate("Cli", "The database is sound: %1").arg(ctx.dbPath())
                    << '\n';
            return kOk;
        }
        for (const QString& p : *problems)
            ctx.err << p << '\n';
        ctx.err << QCoreApplication::translate(
                       "Cli", "The database has %n problem(s). Restore a backup or ask for help.", nullptr,
                       int(problems->size()))
                << '\n';
        return kStorage;
    }
};
} // namespace

std::unique_ptr<Command> makeCheckCommand() {
    return std::make_unique<CheckCommand>();
}

} // namespace houqin::cli
