// houqin_mapwatch: starts a program and times it until its window is mapped, by waiting for the X server's
// MapNotify event (not by polling). Used by tests/bench/startup.py on a private Xvfb, where no window
// manager runs, so every top-level window is a child of the root window and its map is a
// SubstructureNotify event on the root.
//
//   houqin_mapwatch [--password PW] [--rss-after MS] -- PROGRAM ARGS...
//
// Prints, one `key=value` a line:
//   first_map_ms   from just before exec() until the first top-level window is mapped
//   With --password, that first window is taken to be the sign-in dialog: it is given the focus, PW is
//   typed with xdotool (not timed), then Return is sent with xdotool and
//   enter_to_map_ms  from just before `xdotool key Return` starts until the next top-level window
//                    (the main window) is mapped; includes xdotool's own start (a few ms)
//   vmhwm_kib      with --rss-after: the program's peak resident memory (VmHWM) that many ms after its
//                  last window was mapped, and vmrss_kib its resident memory then (VmRSS)
// The program is then ended with SIGTERM. Exit status 0 on success, 1 on a timeout or failure.
#include <X11/Xlib.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <signal.h>
#include <string>
#include <sys/select.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// Waits for the MapNotify of a top-level (non override-redirect) window other than `except`; returns it,
// or 0 after timeoutMs.
Window waitForMap(Display* dpy, Window except, int timeoutMs) {
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    const int fd = ConnectionNumber(dpy);
    for (;;) {
        while (XPending(dpy) > 0) {
            XEvent ev;
            XNextEvent(dpy, &ev);
            if (ev.type == MapNotify && !ev.xmap.override_redirect && ev.xmap.window != except)
                return ev.xmap.window;
        }
        const auto left = std::chrono::duration_cast<std::chrono::microseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return 0;
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(fd, &fds);
        timeval tv{static_cast<time_t>(left.count() / 1000000),
                   static_cast<suseconds_t>(left.count() % 1000000)};
        select(fd + 1, &fds, nullptr, nullptr, &tv);
    }
}

// A "VmHWM:"-like line of /proc/<pid>/status, in KiB.
long statusKib(pid_t pid, const std::string& key) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(key, 0) == 0)
            return std::strtol(line.c_str() + key.size(), nullptr, 10);
    return -1;
}

int finish(pid_t pid, int rc) {
    kill(pid, SIGTERM);
    int status = 0;
    for (int i = 0; i < 200; ++i) {
        if (waitpid(pid, &status, WNOHANG) == pid)
            return rc;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    return rc;
}

} // namespace

int main(int argc, char** argv) {
    std::string password;
    int rssAfter = -1;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--password" && i + 1 < argc)
            password = argv[++i];
        else if (a == "--rss-after" && i + 1 < argc)
            rssAfter = std::atoi(argv[++i]);
        else if (a == "--") {
            ++i;
            break;
        } else {
            std::fprintf(stderr,
                         "usage: houqin_mapwatch [--password PW] [--rss-after MS] -- PROGRAM ARGS...\n");
            return 2;
        }
    }
    if (i >= argc) {
        std::fprintf(stderr, "houqin_mapwatch: no program given\n");
        return 2;
    }
    Display* dpy = XOpenDisplay(nullptr);
    if (!dpy) {
        std::fprintf(stderr, "houqin_mapwatch: cannot open the display\n");
        return 1;
    }
    XSelectInput(dpy, DefaultRootWindow(dpy), SubstructureNotifyMask);
    XSync(dpy, False); // the selection is in effect before the program starts

    const auto t0 = Clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        close(ConnectionNumber(dpy));
        execvp(argv[i], argv + i);
        std::perror("houqin_mapwatch: exec");
        _exit(127);
    }
    const Window first = waitForMap(dpy, 0, 120000);
    if (!first) {
        std::fprintf(stderr, "houqin_mapwatch: no window within 120 s\n");
        return finish(pid, 1);
    }
    std::printf("first_map_ms=%.2f\n", msSince(t0));
    std::fflush(stdout);

    if (!password.empty()) {
        const std::string type =
            "xdotool windowfocus --sync " + std::to_string(first) + " type --delay 0 '" + password + "'";
        if (std::system(type.c_str()) != 0) {
            std::fprintf(stderr, "houqin_mapwatch: xdotool type failed\n");
            return finish(pid, 1);
        }
        XSync(dpy, False);
        const auto t1 = Clock::now();
        if (std::system("xdotool key Return") != 0) {
            std::fprintf(stderr, "houqin_mapwatch: xdotool key failed\n");
            return finish(pid, 1);
        }
        if (!waitForMap(dpy, first, 120000)) {
            std::fprintf(stderr, "houqin_mapwatch: no main window within 120 s of Return\n");
            return finish(pid, 1);
        }
        std::printf("enter_to_map_ms=%.2f\n", msSince(t1));
        std::fflush(stdout);
    }
    if (rssAfter >= 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(rssAfter));
        std::printf("vmhwm_kib=%ld\n", statusKib(pid, "VmHWM:"));
        std::printf("vmrss_kib=%ld\n", statusKib(pid, "VmRSS:"));
    }
    XCloseDisplay(dpy);
    return finish(pid, 0);
}
