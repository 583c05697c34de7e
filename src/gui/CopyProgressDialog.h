#pragma once

#include "domain/Result.h"
#include "storage/CheckedCopy.h"

#include <QString>
#include <functional>

class QWidget;

namespace houqin::gui {

// Runs a backup or a restore off the GUI thread, with a progress dialog whose Cancel stops it at the next
// step (the work then returns checkedcopy::cancelledError() and has changed nothing). The work must open its
// own connections (checkedcopy does): a Database belongs to one thread. Returns the work's Status.
Status runWithProgress(QWidget* parent, const QString& label,
                       const std::function<Status(const checkedcopy::Progress&)>& work);

} // namespace houqin::gui
