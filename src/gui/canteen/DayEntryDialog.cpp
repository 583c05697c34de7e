#include "DayEntryDialog.h"

#include "EntryTable.h"

#include <QKeyEvent>
#include <QMessageBox>

namespace houqin::gui::canteen {

void DayEntryDialog::accept() {
    entryTable()->commitEditing(); // the cell being typed in counts too
    if (save()) {
        QDialog::accept();
        return;
    }
    entryTable()->focusFirstIssue();
}

void DayEntryDialog::reject() {
    const int unsaved = unsavedRows();
    if (unsaved > 0 && isVisible() &&
        QMessageBox::question(
            this, windowTitle(), tr("%1 rows are not saved yet. Close without saving them?").arg(unsaved),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

void DayEntryDialog::keyPressEvent(QKeyEvent* event) {
    // Enter belongs to the table (it moves on); it must never close the day's screen.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !event->modifiers()) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace houqin::gui::canteen
