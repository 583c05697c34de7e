#pragma once

#include <QDialog>

class QDialogButtonBox;
class QKeyEvent;
class QPushButton;

namespace houqin::gui::canteen {

class EntryTable;

// What the canteen's day screens (today's pesticide tests, today's morning check) do alike around their
// table: Enter belongs to the table and never closes the screen; Save commits the cell being typed in,
// writes all rows or none, and otherwise puts the cursor on the first marked cell; closing with typed,
// unsaved rows asks first.
class DayEntryDialog : public QDialog {
    Q_OBJECT
public:
    using QDialog::QDialog;

    // Writes every typed row or none; false with the problems marked.
    virtual bool save() = 0;

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    virtual EntryTable* entryTable() const = 0;
    // Rows typed but not saved, for the question on closing.
    virtual int unsavedRows() const = 0;
    void keyPressEvent(QKeyEvent* event) override;
    // The Save-all and Close buttons; Ctrl+S and Ctrl+Return save too. saveToolTip has %1 for the key.
    QDialogButtonBox* buttonRow(QPushButton* save, const QString& saveToolTip);
};

} // namespace houqin::gui::canteen
