#pragma once

#include "domain/Result.h"

#include <QString>
#include <atomic>
#include <functional>

class QWidget;

namespace houqin {
class Database;
}

namespace houqin::gui {

// What work running off the GUI thread and its progress dialog share: progress written by the work, Cancel
// written by the dialog.
class TaskControl {
public:
    void progress(int done, int total) {
        m_done = done;
        m_total = total;
    }
    bool cancelled() const { return m_cancelled; }
    void cancel() { m_cancelled = true; }
    int done() const { return m_done; }
    int total() const { return m_total; }

private:
    std::atomic<int> m_done{0}, m_total{0};
    std::atomic<bool> m_cancelled{false};
};

// Runs work a person may wait more than half a second for (an import, an export, a PDF) on a thread of its
// own, with a progress dialog and Cancel (object name "backgroundTaskDialog") shown after half a second;
// until then the window ignores input. The work gets its own connection to the same database file, since a
// Database serves one thread, signed in as the GUI's user, with the GUI's clock. It must leave nothing half
// done when it sees control.cancelled(): roll back, write no file, and return an error of code Cancelled.
// A database that is not a file (":memory:") runs the work on this thread instead.
Status runInBackground(QWidget* parent, Database& db, const QString& label,
                       const std::function<Status(Database&, TaskControl&)>& work);

} // namespace houqin::gui
