#pragma once

#include <QString>
#include <memory>
#include <spdlog/spdlog.h>

namespace houqin::log {

// Sets up logging once per process: a rotating file under `dir` (all levels from info), and stderr only with
// `verbose` (--verbose): people read the program's own translated messages on the terminal, not internal
// English log lines. Qt's own messages are routed into the "qt" logger. Without init(), loggers write
// warnings to stderr only, which is what tests want.
void init(const QString& dir, bool verbose = false);

// The named logger of one layer: "storage", "io", "reports", "gui", "cli", "app", "qt".
std::shared_ptr<spdlog::logger> get(const char* name);

// Converts for spdlog's format strings.
inline std::string s(const QString& text) {
    return text.toStdString();
}

} // namespace houqin::log
