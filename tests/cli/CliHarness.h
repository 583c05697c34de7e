#pragma once

#include "cli/Cli.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace houqin::test {

// Runs one CLI invocation in-process with captured output (as KeePassXC's TestCli does).
struct CliRun {
    int code = -1;
    QString out, err;
};

inline CliRun runCli(const QStringList& args) {
    CliRun r;
    QTextStream out(&r.out), err(&r.err);
    r.code = cli::run(cli::parseGlobalOptions(args), out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace houqin::test
