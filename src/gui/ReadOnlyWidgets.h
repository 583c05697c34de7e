#pragma once

#include <QList>

class QWidget;

namespace houqin::gui {

// Turns every editor under root into a display of its value, for a person who may read a record but not
// change it: text stays selectable and copyable (line and text edits, spin boxes and date edits become
// read-only), choices, check boxes and buttons are disabled, tables no longer start editing. Widgets in
// skip (and everything under them) are left alone, for parts that have a read-only mode of their own.
void makeReadOnly(QWidget* root, const QList<QWidget*>& skip = {});

} // namespace houqin::gui
