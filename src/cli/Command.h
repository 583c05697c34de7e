#pragma once

#include "Cli.h"
#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/access/Roles.h"
#include "storage/access/UserStore.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

namespace houqin {
class Database;
}

namespace houqin::cli {

// What a command gets: streams, the database (opened on first use) and error reporting.
class Context {
public:
    Context(QString dbPath, QTextStream& out, QTextStream& err);
    ~Context();
    QTextStream& out;
    QTextStream& err;
    // Opens the database on first use and signs in (see signIn); on failure prints the error and returns
    // nullptr, and failure() is the exit code to return.
    Database* db();
    // db() for a command that changes the file: a file open read-only (it or its folder cannot be written)
    // is refused with a message naming what the command would have done, and failure() is kStorage.
    Database* writableDb(const QString& what);
    int failure() const { return m_failure; }
    // Closes the database (a restore replaces the file); db() opens it again.
    void closeDatabase();
    // Set from Command::writes before the command runs: db() then makes the daily automatic backup when
    // one is due (storage/Backups). Reading commands leave the backups alone.
    bool writing = false;
    QString dbPath() const { return m_dbPath; }
    // The --lang given on the command line ("zh_CN", "en"), or empty when the system's language is used.
    QString requestedLanguage;
    // --user: who signs in.
    QString userName;
    // The signed-in user; nothing while the file has no users yet (then the operating-system user works as
    // the director, as before accounts existed, so the first director can be added).
    const std::optional<User>& user() const { return m_user; }
    Actor actor() const { return m_user ? m_user->actor() : Actor::systemUser(); }
    QString role() const { return m_user ? m_user->role : access::kDirector; }
    // Whether the signed-in role may act on a kind; refuse() prints which permission is missing, writes the
    // refusal to the audit trail and returns kDenied.
    bool allows(const QString& kindKey, access::Action action) const;
    int refuse(const QString& kindKey, access::Action action);
    // The director's own commands (check, demo data, users, the audit trail): kOk, or refused with kDenied.
    int requireDirector(const QString& what);
    // Prints an Error and returns the matching exit code.
    int fail(const Error& e);
    int usage(const QString& message);
    // Prints "Warning: ..." on stderr; the command goes on.
    void warn(const QString& message);

private:
    // With users in the file: --user is required and the password must be right (HOUQIN_PASSWORD, or a
    // prompt without echo when stdin is a terminal). Error::Code::Denied otherwise.
    Status signIn();
    QString m_dbPath;
    bool m_defaultPath = false; // no --db: the default path's folder may be created
    std::unique_ptr<Database> m_db;
    std::optional<User> m_user;
    int m_failure = kStorage;
};

// Reads a password: HOUQIN_PASSWORD when set, else a prompt on the terminal without echo; nothing when
// neither is possible (stdin is not a terminal).
std::optional<QString> readPassword(QTextStream& err, const QString& prompt,
                                    const char* environmentVariable = "HOUQIN_PASSWORD");

// One class per command (KeePassXC's CLI does the same), each parsing its own arguments.
class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // translated
    // args[0] is the command name.
    virtual int run(Context& ctx, const QStringList& args) = 0;
    // Whether the command, with these arguments, writes to the database: opening it then makes the
    // daily automatic backup when one is due.
    virtual bool writes(const QStringList& args) const {
        Q_UNUSED(args);
        return false;
    }

protected:
    // Parses args into parser (with --help); returns -1 to go on, else the exit code to return.
    int parse(Context& ctx, QCommandLineParser& parser, const QStringList& args,
              const QString& positionalHelp = {});
};

const QList<Command*>& allCommands();

} // namespace houqin::cli
