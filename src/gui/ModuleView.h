#pragma once

#include <QShowEvent>
#include <QWidget>

namespace houqin::gui {

// A screen of a module that is not a record list: the dashboard, the work plan's month review. It reads
// the database each time it is shown, just after it is on screen (so it never shows stale data after work
// in another tab, and costs nothing until it is looked at) and asks the main window to open lists rather than
// knowing the tabs.
class ModuleView : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Re-reads everything the view shows. Keep it cheap: counts and short lists.
    virtual void refresh() = 0;

Q_SIGNALS:
    // Show kind's list with one of its named filters (FilterDef key; empty = all), selecting record `id`
    // when it is among the rows.
    void openListRequested(const QString& kindKey, const QString& filterKey, qint64 id = 0);
    // Records of a kind were changed from this view: list pages of that kind reload.
    void recordsChanged(const QString& kindKey);
    void statusMessage(const QString& text);

protected:
    // The refresh is queued rather than done here: the window or tab is put on screen first and the
    // figures follow at once, so opening the window does not wait for the overview's counts (issue #15).
    void showEvent(QShowEvent* event) override {
        QWidget::showEvent(event);
        if (event->spontaneous() ||
            m_refreshQueued) // not when the window is merely restored from the taskbar
            return;
        m_refreshQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_refreshQueued = false;
                if (isVisible()) // hidden again before the event loop came round: its next show refreshes
                    refresh();
            },
            Qt::QueuedConnection);
    }

private:
    bool m_refreshQueued = false;
};

} // namespace houqin::gui
