#pragma once

#include <QObject>
#include <QTimer>

namespace houqin::gui {

// Locks the window after a time without keyboard or mouse input (the settings' minutes, 15 by default) on
// the shared office PC: every input event anywhere in the application restarts the countdown, and when it
// runs out `locked` is emitted. MainWindow hides its content and asks the same user's password.
class IdleLock : public QObject {
    Q_OBJECT
public:
    IdleLock(int minutes, QObject* parent);
    void setMinutes(int minutes);
    // While a lock is shown the countdown waits.
    void pause() { m_timer.stop(); }
    void resume() { m_timer.start(); }
    int intervalMs() const { return m_timer.interval(); }

Q_SIGNALS:
    void locked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace houqin::gui
