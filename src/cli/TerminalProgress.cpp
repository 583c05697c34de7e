#include "TerminalProgress.h"

#include <unistd.h>

namespace houqin::cli {

TerminalProgress::TerminalProgress(QTextStream& err, QString label)
    : m_err(err), m_label(std::move(label)), m_tty(isatty(STDERR_FILENO) == 1) {
    m_since.start();
}

TerminalProgress::~TerminalProgress() {
    if (m_shown) {
        m_err << "\r\033[K"; // back to the start of the line, and clear it
        m_err.flush();
    }
}

std::function<void(int, int)> TerminalProgress::callback() {
    if (!m_tty)
        return {};
    return [this](int done, int total) { show(done, total); };
}

void TerminalProgress::show(int done, int total) {
    // Only after half a second (a quick command prints nothing), and only when the figure changes.
    if (m_since.elapsed() < 500)
        return;
    const int figure = total > 0 ? int(qint64(done) * 100 / total) : done;
    if (figure == m_last)
        return;
    m_last = figure;
    m_err << '\r' << m_label << ' '
          << (total > 0 ? QStringLiteral("%1%").arg(figure) : QString::number(figure)) << "\033[K";
    m_err.flush();
    m_shown = true;
}

} // namespace houqin::cli
