#include "Log.h"

#include <QDir>
#include <QtGlobal>
#include <mutex>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <vector>

namespace houqin::log {

namespace {
std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;

std::vector<spdlog::sink_ptr>& sinks() {
    if (g_sinks.empty()) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::warn);
        g_sinks.push_back(err);
    }
    return g_sinks;
}

void qtHandler(QtMsgType type, const QMessageLogContext&, const QString& msg) {
    auto logger = get("qt");
    const std::string text = msg.toStdString();
    switch (type) {
    case QtDebugMsg:
        logger->debug(text);
        break;
    case QtInfoMsg:
        logger->info(text);
        break;
    case QtWarningMsg:
        logger->warn(text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        logger->error(text);
        break;
    }
}
} // namespace

void init(const QString& dir, bool verbose) {
    {
        std::lock_guard lock(g_mutex);
        sinks().front()->set_level(verbose ? spdlog::level::info : spdlog::level::off);
        if (QDir().mkpath(dir)) {
            try {
                auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    QDir(dir).filePath(QStringLiteral("houqin.log")).toStdString(), 2 * 1024 * 1024, 5);
                file->set_level(spdlog::level::info);
                g_sinks.push_back(file);
            } catch (const spdlog::spdlog_ex&) {
                // No log file (read-only home, for example): stderr still works.
            }
        }
        // Loggers created before init() get the new sinks too.
        spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& l) { l->sinks() = g_sinks; });
    }
    qInstallMessageHandler(qtHandler);
}

std::shared_ptr<spdlog::logger> get(const char* name) {
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto& s = sinks();
    auto logger = std::make_shared<spdlog::logger>(name, s.begin(), s.end());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::register_logger(logger);
    return logger;
}

} // namespace houqin::log
