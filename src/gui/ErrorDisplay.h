#pragma once

#include "domain/Result.h"

class QWidget;

namespace houqin::gui {

// Shows a storage, file or validation error in a message box. Library code returns errors as values;
// only pages and dialogs call this.
void showError(QWidget* parent, const QString& title, const Error& error);

} // namespace houqin::gui
