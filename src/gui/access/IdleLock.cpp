#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace houqin::gui {

IdleLock::IdleLock(int minutes, QObject* parent) : QObject(parent) {
    m_timer.setSingleShot(true);
    setMinutes(minutes);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::locked);
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

void IdleLock::setMinutes(int minutes) {
    m_timer.setInterval(qMax(1, minutes) * 60 * 1000);
    if (m_timer.isActive())
        m_timer.start();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start(); // restart the countdown
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace houqin::gui
