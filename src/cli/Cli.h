#pragma once

#include <QStringList>
#include <QTextStream>

namespace houqin::cli {

// kDenied: a wrong password, a locked or disabled account, or a missing permission (issue #13).
enum ExitCode { kOk = 0, kUsage = 2, kValidation = 3, kStorage = 4, kDenied = 5 };

// The options every invocation understands, wherever they stand on the command line.
struct GlobalOptions {
    QString dbPath;       // empty = Database::defaultPath()
    QString lang;         // "zh_CN", "en", or empty = system locale
    QString user;         // --user NAME: who signs in (the password comes from HOUQIN_PASSWORD or a prompt)
    bool verbose = false; // --verbose: log lines on stderr too
    QStringList rest;     // arguments without the global options (program name excluded)
    QString error;        // a usage error in the global options
};
GlobalOptions parseGlobalOptions(const QStringList& arguments);

// True when the arguments name a command (or --help/--version): the binary then runs as a CLI.
bool wantsCli(const GlobalOptions& options);

// Runs one command. Output goes to out, messages in the current language to err.
int run(const GlobalOptions& options, QTextStream& out, QTextStream& err);

} // namespace houqin::cli
