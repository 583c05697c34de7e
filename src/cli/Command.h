#pragma once

#include "Cli.h"
#include "domain/Result.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>

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
    // Opens the database on first use; on failure prints the error and returns nullptr.
    Database* db();
    QString dbPath() const { return m_dbPath; }
    // The --lang given on the command line ("zh_CN", "en"), or empty when the system's language is used.
    QString requestedLanguage;
    // Prints an Error and returns the matching exit code.
    int fail(const Error& e);
    int usage(const QString& message);

private:
    QString m_dbPath;
    std::unique_ptr<Database> m_db;
};

// One class per command (KeePassXC's CLI does the same), each parsing its own arguments.
class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // translated
    // args[0] is the command name.
    virtual int run(Context& ctx, const QStringList& args) = 0;

protected:
    // Parses args into parser (with --help); returns -1 to go on, else the exit code to return.
    int parse(Context& ctx, QCommandLineParser& parser, const QStringList& args,
              const QString& positionalHelp = {});
};

const QList<Command*>& allCommands();

} // namespace houqin::cli
