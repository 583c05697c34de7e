#include "EntryTable.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>

namespace houqin::gui::canteen {

namespace {

// Down in an empty or finished cell lists every suggestion, so the day's suppliers can be picked without
// remembering how their names start.
class ShowAllOnDown : public QObject {
public:
    ShowAllOnDown(QLineEdit* edit, QCompleter* completer) : QObject(edit), m_completer(completer) {
        edit->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down &&
            !m_completer->popup()->isVisible()) {
            m_completer->setCompletionPrefix(QString());
            m_completer->complete();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QCompleter* m_completer;
};

} // namespace

EntryTable::EntryTable(int columns, QWidget* parent) : QTableWidget(0, columns, parent) {
    setItemDelegate(new EntryDelegate(this));
    // Reaching a cell opens it: the keyboard alone enters a whole day.
    setEditTriggers(QAbstractItemView::AllEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(true);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
}

void EntryTable::setSuggestions(int column, const QStringList& words) {
    m_suggestions.insert(column, words);
}

bool EntryTable::isStop(int row, int column) const {
    const QTableWidgetItem* it = item(row, column);
    if (!it || isColumnHidden(column) || isRowHidden(row))
        return false;
    const Qt::ItemFlags f = it->flags();
    return (f & Qt::ItemIsEnabled) && (f & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable));
}

void EntryTable::startTypingAt(int row, int column) {
    setFocus();
    if (currentRow() == row && currentColumn() == column) {
        // Focusing the table may already have opened the cell (the CurrentChanged trigger).
        if (state() != EditingState && item(row, column) && (item(row, column)->flags() & Qt::ItemIsEditable))
            editItem(item(row, column));
        return;
    }
    setCurrentCell(row, column); // opens the editor (CurrentChanged trigger)
}

void EntryTable::markIssue(int row, int column, const QString& message) {
    QTableWidgetItem* it = item(row, column);
    if (!it)
        return;
    const QSignalBlocker quiet(this);
    it->setData(kIssueRole, message);
    it->setBackground(QColor(0xff, 0xd6, 0xd6));
    it->setToolTip(message);
}

void EntryTable::clearIssue(QTableWidgetItem* it) {
    if (!it || it->data(kIssueRole).isNull())
        return;
    const QSignalBlocker quiet(this);
    it->setData(kIssueRole, QVariant());
    it->setBackground(QBrush());
    it->setToolTip(QString());
}

void EntryTable::clearIssues() {
    for (int row = 0; row < rowCount(); ++row)
        for (int column = 0; column < columnCount(); ++column)
            clearIssue(item(row, column));
}

QString EntryTable::issueAt(int row, int column) const {
    const QTableWidgetItem* it = item(row, column);
    return it ? it->data(kIssueRole).toString() : QString();
}

bool EntryTable::focusFirstIssue() {
    for (int row = 0; row < rowCount(); ++row)
        for (int column = 0; column < columnCount(); ++column)
            if (isStop(row, column) && !issueAt(row, column).isEmpty()) {
                startTypingAt(row, column);
                return true;
            }
    return false;
}

QModelIndex EntryTable::nextStop(int row, int column, bool forward) const {
    const int columns = columnCount();
    int pos = row * columns + column;
    const int end = rowCount() * columns;
    for (pos += forward ? 1 : -1; pos >= 0 && pos < end; pos += forward ? 1 : -1)
        if (isStop(pos / columns, pos % columns))
            return model()->index(pos / columns, pos % columns);
    return {};
}

QModelIndex EntryTable::stopBelow(int row, int column) const {
    for (int r = row + 1; r < rowCount(); ++r)
        if (isStop(r, column))
            return model()->index(r, column);
    return {};
}

QModelIndex EntryTable::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) {
    if (action != MoveNext && action != MovePrevious)
        return QTableWidget::moveCursor(action, modifiers);
    const QModelIndex current = currentIndex();
    if (!current.isValid()) {
        const QModelIndex first = nextStop(0, -1, true);
        return action == MoveNext ? first : QModelIndex();
    }
    // Invalid past the last stop, so Tab leaves the table for the buttons below.
    return nextStop(current.row(), current.column(), action == MoveNext);
}

void EntryTable::moveOn() {
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    QModelIndex next = m_enter == EnterMoves::Down ? stopBelow(current.row(), current.column())
                                                   : nextStop(current.row(), current.column(), true);
    if (next.isValid())
        setCurrentIndex(next);
}

void EntryTable::commitEditing() {
    if (QWidget* editor = indexWidget(currentIndex()))
        commitData(editor);
}

void EntryTable::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) {
    // Enter in an editor ends with SubmitModelCache (as does moving to another row with the mouse); after
    // Enter the cursor should move on like Tab, so that the next vegetable or the next person is one
    // keystroke away.
    const bool enter = m_enterPressed && hint == QAbstractItemDelegate::SubmitModelCache;
    m_enterPressed = false;
    QTableWidget::closeEditor(editor, enter ? QAbstractItemDelegate::NoHint : hint);
    if (enter)
        moveOn();
}

void EntryTable::keyPressEvent(QKeyEvent* event) {
    // On a cell that is not being typed in (a tick box), Enter moves on too, instead of reaching the
    // dialog and closing it.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !(event->modifiers() & ~Qt::KeypadModifier) && state() != EditingState) {
        moveOn();
        event->accept();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

EntryDelegate::EntryDelegate(EntryTable* table) : QStyledItemDelegate(table), m_table(table) {}

QWidget* EntryDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    auto* edit = qobject_cast<QLineEdit*>(editor);
    if (!edit)
        return editor;
    const QPersistentModelIndex where(index);
    connect(edit, &QLineEdit::textEdited, m_table, [table = m_table, where](const QString& text) {
        if (where.isValid())
            Q_EMIT table->cellTextEdited(where.row(), where.column(), text);
    });
    const QStringList words = m_table->suggestions(index.column());
    if (!words.isEmpty()) {
        auto* completer = new QCompleter(words, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        edit->setCompleter(completer);
        new ShowAllOnDown(edit, completer);
    }
    return editor;
}

bool EntryDelegate::eventFilter(QObject* editor, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter)
            m_table->noteEnterPressed();
    }
    return QStyledItemDelegate::eventFilter(editor, event);
}

void EntryDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        edit->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void EntryDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        const QString text = edit->text().trimmed();
        // Unchanged text is not written back, so an untouched cell raises no itemChanged.
        if (text != index.data(Qt::EditRole).toString())
            model->setData(index, text, Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace houqin::gui::canteen
