#include "Cli.h"

#include "Command.h"

#include <QCoreApplication>

namespace houqin::cli {

GlobalOptions parseGlobalOptions(const QStringList& arguments) {
    GlobalOptions o;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        auto takeValue = [&](const QString& name, QString* target) {
            if (a == name) {
                if (i + 1 >= arguments.size()) {
                    o.error = QCoreApplication::translate("Cli", "%1 needs a value.").arg(name);
                    return true;
                }
                *target = arguments[++i];
                return true;
            }
            if (a.startsWith(name + QLatin1Char('='))) {
                *target = a.mid(name.size() + 1);
                return true;
            }
            return false;
        };
        if (takeValue(QStringLiteral("--db"), &o.dbPath) || takeValue(QStringLiteral("--lang"), &o.lang) ||
            takeValue(QStringLiteral("--user"), &o.user))
            continue;
        if (a == QStringLiteral("--verbose")) {
            o.verbose = true;
            continue;
        }
        o.rest << a;
    }
    if (!o.lang.isEmpty() && o.lang != QStringLiteral("zh_CN") && o.lang != QStringLiteral("en"))
        o.error = QCoreApplication::translate("Cli", "--lang must be zh_CN or en, not \"%1\".").arg(o.lang);
    return o;
}

bool wantsCli(const GlobalOptions& options) {
    return !options.rest.isEmpty() || !options.error.isEmpty();
}

namespace {
void printHelp(QTextStream& out) {
    out << QCoreApplication::translate(
               "Cli",
               "Usage: houqin [--db FILE] [--user NAME] [--lang zh_CN|en] [--verbose] [COMMAND [ARGS...]]")
        << "\n\n"
        << QCoreApplication::translate("Cli", "Without a command, Houqin opens its window.") << "\n\n"
        << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const Command* c : allCommands())
        out << "  " << c->name().leftJustified(12) << c->summary() << '\n';
    out << '\n'
        << QCoreApplication::translate("Cli", "Run \"houqin COMMAND --help\" for a command's options.")
        << '\n'
        << QCoreApplication::translate("Cli",
                                       "Once the file has users, --user NAME signs in; the password is "
                                       "read from HOUQIN_PASSWORD or asked for on a terminal.")
        << '\n'
        << QCoreApplication::translate("Cli",
                                       "Exit codes: 0 success, 2 usage error, 3 validation failure (nothing "
                                       "written), 4 storage or file error, 5 wrong password, locked account "
                                       "or missing permission.")
        << '\n';
}
} // namespace

int run(const GlobalOptions& options, QTextStream& out, QTextStream& err) {
    Context ctx(options.dbPath, out, err);
    ctx.requestedLanguage = options.lang;
    ctx.userName = options.user;
    if (!options.error.isEmpty())
        return ctx.usage(options.error);
    const QStringList& args = options.rest;
    const QString first = args.value(0);
    if (first == QStringLiteral("--version") || first == QStringLiteral("-v") ||
        first == QStringLiteral("version")) {
        out << "houqin " << QStringLiteral(HOUQIN_VERSION) << '\n';
        return kOk;
    }
    if (first == QStringLiteral("--help") || first == QStringLiteral("-h") ||
        first == QStringLiteral("help")) {
        printHelp(out);
        return kOk;
    }
    for (Command* c : allCommands())
        if (c->name() == first) {
            ctx.writing = c->writes(args);
            return c->run(ctx, args);
        }
    printHelp(err);
    return ctx.usage(QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(first));
}

} // namespace houqin::cli
