#pragma once

#include <QStringList>
#include <QTextStream>

namespace houqin::cli {

enum ExitCode { kOk = 0, kUsage = 2, kValidation = 3, kStorage = 4 };

// The options every invocation understands, wherever they stand on the command line.
struct GlobalOptions {
    QString dbPath;       // empty = Database::defaultPath()
    QString lang;         // "zh_CN", "en", or empty = system locale
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
