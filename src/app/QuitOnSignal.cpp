#include "QuitOnSignal.h"

#include "logging/Log.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace houqin::app {

namespace {

int g_fds[2] = {-1, -1}; // [0] written by the handler, [1] read by the application

void handler(int signal) {
    const char byte = char(signal);
    // write() is async-signal-safe; a full socket means a quit is already on its way.
    [[maybe_unused]] const ssize_t n = ::write(g_fds[0], &byte, 1);
}

} // namespace

void quitOnSignals(QObject* parent) {
    if (g_fds[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, parent);
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [notifier] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_fds[1], &byte, 1);
        notifier->setEnabled(false);
        log::get("app")->info("signal {} received: closing", int(byte));
        // Leaves every event loop of the thread, open dialogs' too, so main() returns and closes the file.
        QCoreApplication::exit(0);
    });
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signal, &action, nullptr);
}

} // namespace houqin::app
