#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>
#include <functional>

namespace houqin::cli {

// A progress line for a long command (import, export, demo data): "label 45%" rewritten in place on
// standard error, and only when standard error is a terminal, so pipes, files and tests never see it. The
// line is cleared when the object goes, before the command prints its result.
class TerminalProgress {
public:
    TerminalProgress(QTextStream& err, QString label);
    ~TerminalProgress();
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;
    // For ImportOptions::progress and the like: (done, total); total 0 = unknown (done is then shown).
    // Empty when standard error is not a terminal.
    std::function<void(int, int)> callback();

private:
    void show(int done, int total);
    QTextStream& m_err;
    QString m_label;
    bool m_tty = false;
    bool m_shown = false;
    int m_last = -1;
    QElapsedTimer m_since;
};

} // namespace houqin::cli
