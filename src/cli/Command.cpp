#include "Command.h"

#include "commands/Commands.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace houqin::cli {

Context::Context(QString dbPath, QTextStream& o, QTextStream& e)
    : out(o), err(e), m_dbPath(std::move(dbPath)) {
    if (m_dbPath.isEmpty())
        m_dbPath = Database::defaultPath();
}

Context::~Context() = default;

Database* Context::db() {
    if (!m_db) {
        auto opened = Database::open(m_dbPath);
        if (!opened) {
            fail(opened.error());
            return nullptr;
        }
        m_db = std::move(opened.value());
    }
    return m_db.get();
}

int Context::fail(const Error& e) {
    err << QCoreApplication::translate("Cli", "Error: %1").arg(e.message) << '\n';
    err.flush();
    switch (e.code) {
    case Error::Code::Validation:
        return kValidation;
    case Error::Code::Usage:
        return kUsage;
    default:
        return kStorage;
    }
}

int Context::usage(const QString& message) {
    err << QCoreApplication::translate("Cli", "Error: %1").arg(message) << '\n';
    err.flush();
    return kUsage;
}

int Command::parse(Context& ctx, QCommandLineParser& parser, const QStringList& args,
                   const QString& positionalHelp) {
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    Q_UNUSED(positionalHelp);
    // args[0] is the command's name, which QCommandLineParser takes as the program name.
    if (!parser.parse(args))
        return ctx.usage(parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program "houqin"; show the command too.
        text.replace(QStringLiteral("houqin [options]"),
                     QStringLiteral("houqin ") + name() + QStringLiteral(" [options]"));
        ctx.out << text;
        return kOk;
    }
    return -1;
}

const QList<Command*>& allCommands() {
    static const QList<Command*> commands = [] {
        QList<Command*> list;
        for (auto& c : makeCommands())
            list << c.release();
        return list;
    }();
    return commands;
}

} // namespace houqin::cli
