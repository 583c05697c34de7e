#pragma once

#include "../Command.h"

#include <memory>
#include <vector>

namespace houqin::cli {

// Every command, in the order `houqin --help` lists them. Adding one: a file in commands/ and a line here.
std::unique_ptr<Command> makeKindsCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeReportsCommand();
std::unique_ptr<Command> makePrintCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeDemoDataCommand();
std::unique_ptr<Command> makeSemesterCommand();
std::unique_ptr<Command> makeAttentionCommand();
std::unique_ptr<Command> makeUserCommand();
std::unique_ptr<Command> makeAuditCommand();
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeRestoreCommand();

inline std::vector<std::unique_ptr<Command>> makeCommands() {
    std::vector<std::unique_ptr<Command>> v;
    v.push_back(makeKindsCommand());
    v.push_back(makeExportCommand());
    v.push_back(makeImportCommand());
    v.push_back(makeReportsCommand());
    v.push_back(makePrintCommand());
    v.push_back(makeCheckCommand());
    v.push_back(makeDemoDataCommand());
    v.push_back(makeSemesterCommand());
    v.push_back(makeAttentionCommand());
    v.push_back(makeUserCommand());
    v.push_back(makeAuditCommand());
    v.push_back(makeBackupCommand());
    v.push_back(makeRestoreCommand());
    return v;
}

// Parses a --from/--to style date with the same leniency as CSV cells; returns false and prints on error.
bool parseDateOption(Context& ctx, const QString& option, const QString& text, QDate* out);

} // namespace houqin::cli
