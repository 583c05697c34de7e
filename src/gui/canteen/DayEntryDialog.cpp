#include "DayEntryDialog.h"

#include "EntryTable.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

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

QDialogButtonBox* DayEntryDialog::buttonRow(QPushButton* save, const QString& saveToolTip) {
    save->setObjectName(QStringLiteral("saveAllButton"));
    save->setAutoDefault(false);
    const QKeySequence saveKey(QKeySequence::Save);
    save->setToolTip(saveToolTip.arg(saveKey.toString(QKeySequence::NativeText)));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(save, QDialogButtonBox::ActionRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    connect(save, &QPushButton::clicked, this, &DayEntryDialog::accept);
    connect(close, &QPushButton::clicked, this, &DayEntryDialog::reject);
    for (const QKeySequence& k : {saveKey, QKeySequence(Qt::CTRL | Qt::Key_Return)})
        connect(new QShortcut(k, this), &QShortcut::activated, this, &DayEntryDialog::accept);
    return buttons;
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
