#include "ReadOnlyWidgets.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace houqin::gui {

namespace {
bool isUnder(const QWidget* w, const QList<QWidget*>& skip) {
    for (const QWidget* s : skip)
        if (s && (w == s || s->isAncestorOf(w)))
            return true;
    return false;
}
} // namespace

void makeReadOnly(QWidget* root, const QList<QWidget*>& skip) {
    const QList<QWidget*> all = root->findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (isUnder(w, skip))
            continue;
        if (auto* line = qobject_cast<QLineEdit*>(w)) {
            // An editable combo box's line edit goes with its combo box (disabled below).
            if (!qobject_cast<QComboBox*>(line->parentWidget()))
                line->setReadOnly(true);
        } else if (auto* text = qobject_cast<QTextEdit*>(w)) {
            text->setReadOnly(true);
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
            plain->setReadOnly(true);
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) {
            spin->setReadOnly(true);
            spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            combo->setEnabled(false);
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            button->setEnabled(false);
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        }
    }
}

} // namespace houqin::gui
