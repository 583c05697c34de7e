#pragma once

#include "storage/WriteWait.h"

#include <QPointer>
#include <QString>

class QProgressDialog;

namespace houqin::gui {

// The window's WriteWait (storage/WriteWait.h): while another program writes the file (an import from the
// command line, Houqin on another computer), a save waits without freezing the window. For the first half
// second it only keeps the window painted; then a dialog names the file, says that nothing entered is lost
// and offers Cancel, which ends the wait: the save then fails as busy and the form stays open.
class WaitForOtherWriter : public WriteWait {
public:
    static constexpr int kShowAfterMs = 500;
    explicit WaitForOtherWriter(QString path);
    ~WaitForOtherWriter() override;
    bool keepWaiting(qint64 waitedMs) override;
    void finished() override;

private:
    QString m_path;
    QPointer<QProgressDialog> m_dialog;
    bool m_cursor = false;
};

} // namespace houqin::gui
