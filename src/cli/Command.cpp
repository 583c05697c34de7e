#include "Command.h"

#include "commands/Commands.h"
#include "domain/KindRegistry.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/DatabaseFile.h"
#include "storage/access/AccessCheck.h"

#include <QCoreApplication>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace houqin::cli {

Context::Context(QString dbPath, QTextStream& o, QTextStream& e)
    : out(o), err(e), m_dbPath(std::move(dbPath)) {
    if (m_dbPath.isEmpty()) {
        m_dbPath = Database::defaultPath();
        m_defaultPath = true;
    }
}

Context::~Context() = default;

Database* Context::db() {
    if (!m_db) {
        Database::OpenOptions options;
        options.createFolder = m_defaultPath;
        auto opened = Database::open(m_dbPath, options);
        if (!opened) {
            m_failure = fail(opened.error());
            return nullptr;
        }
        m_db = std::move(opened.value());
        if (Status st = signIn(); !st) {
            m_failure = fail(st.error());
            m_db.reset();
            return nullptr;
        }
        for (const QString& w : backups::takeWarnings(m_dbPath))
            warn(w);
        if (writing)
            if (auto made = backups::makeIfDue(*m_db); !made)
                //: zh_CN "自动备份失败：%1 命令继续执行。"
                warn(
                    QCoreApplication::translate("Cli", "The automatic backup failed: %1 The command goes on.")
                        .arg(made.error().message));
    }
    return m_db.get();
}

void Context::closeDatabase() {
    m_db.reset();
}

Database* Context::writableDb(const QString& what) {
    Database* d = db();
    if (d && d->readOnly()) {
        m_failure = fail(dbfile::readOnly(d->path(), what));
        return nullptr;
    }
    return d;
}

Status Context::signIn() {
    UserStore users(*m_db);
    auto any = users.any();
    if (!any)
        return any.error();
    if (!*any) {
        if (!userName.isEmpty())
            return Error::make(Error::Code::Denied, QCoreApplication::translate(
                                                        "Cli", "This file has no users yet, so there is no "
                                                               "user %1. Add the director first: houqin user "
                                                               "add NAME --role director.")
                                                        .arg(userName));
        return {};
    }
    if (userName.isEmpty())
        return Error::make(Error::Code::Denied,
                           QCoreApplication::translate("Cli", "This file has users: sign in with --user NAME "
                                                              "(the password from HOUQIN_PASSWORD or the "
                                                              "prompt)."));
    const std::optional<QString> password =
        readPassword(err, QCoreApplication::translate("Cli", "Password for %1: ").arg(userName));
    if (!password)
        return Error::make(Error::Code::Denied, QCoreApplication::translate(
                                                    "Cli", "No password for %1: set HOUQIN_PASSWORD or run "
                                                           "the command on a terminal.")
                                                    .arg(userName));
    auto signedIn = users.authenticate(userName, *password);
    if (!signedIn)
        return signedIn.error();
    m_user = *signedIn;
    // From here on every repository call is checked against the role, whatever the command does.
    m_db->setSignedIn(SignedIn{m_user->name, m_user->role, m_user->staffName});
    return {};
}

bool Context::allows(const QString& kindKey, access::Action action) const {
    return access::allows(role(), kindKey, action);
}

int Context::refuse(const QString& kindKey, access::Action action) {
    const RecordKind* kind = findKind(kindKey);
    if (!m_db || !kind)
        return kDenied;
    Status s = accesscheck::require(*m_db, *kind, action);
    return s ? kOk : fail(s.error());
}

int Context::requireDirector(const QString& what) {
    if (access::mayManageSettings(role()))
        return kOk;
    return fail(accesscheck::refuse(*m_db, what, QString(), UserStore::kAuditKind));
}

std::optional<QString> readPassword(QTextStream& err, const QString& prompt,
                                    const char* environmentVariable) {
    if (qEnvironmentVariableIsSet(environmentVariable))
        return qEnvironmentVariable(environmentVariable);
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    err << prompt;
    err.flush();
    termios old{};
    const bool echoOff = tcgetattr(STDIN_FILENO, &old) == 0;
    if (echoOff) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char buffer[512];
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err << '\n';
    err.flush();
    if (!got)
        return std::nullopt;
    QString line = QString::fromLocal8Bit(buffer);
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

int Context::fail(const Error& e) {
    err << QCoreApplication::translate("Cli", "Error: %1").arg(e.message) << '\n';
    err.flush();
    switch (e.code) {
    case Error::Code::Validation:
        return kValidation;
    case Error::Code::Usage:
        return kUsage;
    case Error::Code::Denied:
        return kDenied;
    default:
        return kStorage;
    }
}

void Context::warn(const QString& message) {
    //: zh_CN "警告：%1"
    err << QCoreApplication::translate("Cli", "Warning: %1").arg(message) << '\n';
    err.flush();
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
