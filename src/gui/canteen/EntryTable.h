#pragma once

#include <QHash>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QTableWidget>

namespace houqin::gui::canteen {

// A table for typing many records one after the other with the keyboard alone, as the day screens of
// the canteen module need: Tab and Enter move on to the next cell that takes input (editable or
// tickable), skipping read-only columns and rows; Shift+Tab goes back. A cell opens for typing as soon as
// the cursor reaches it, so typing never needs F2 or a double click. Enter either moves on (Next) or to
// the same column of the next row (Down, for one value per person).
class EntryTable : public QTableWidget {
    Q_OBJECT
public:
    enum class EnterMoves { Next, Down };
    // On cells: the problem found when saving, empty when none.
    static constexpr int kIssueRole = Qt::UserRole + 100;

    EntryTable(int columns, QWidget* parent = nullptr);

    void setEnterMoves(EnterMoves how) { m_enter = how; }
    // Words a column's editor suggests as the user types (any part of a word matches); Down shows them
    // all.
    void setSuggestions(int column, const QStringList& words);
    QStringList suggestions(int column) const { return m_suggestions.value(column); }

    // A cell that takes input: enabled, and editable or tickable.
    bool isStop(int row, int column) const;
    // Puts the cursor on a cell and opens it for typing.
    void startTypingAt(int row, int column);
    // Writes what the open editor holds into its cell, leaving the editor open: before saving.
    void commitEditing();
    // Marks a cell as the place of a problem (pink, the message as its tooltip) without raising
    // itemChanged; typing into the cell or clearIssues() removes the mark.
    void markIssue(int row, int column, const QString& message);
    void clearIssue(QTableWidgetItem* item);
    void clearIssues();
    QString issueAt(int row, int column) const;
    // Puts the cursor on the first marked cell that takes input; false when there is none.
    bool focusFirstIssue();

    // Set by the editors when Enter is pressed, so closing the editor moves on (see closeEditor()).
    void noteEnterPressed() { m_enterPressed = true; }

Q_SIGNALS:
    // While a cell is being typed in, before it is committed: for previews (a live result).
    void cellTextEdited(int row, int column, const QString& text);

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QModelIndex nextStop(int row, int column, bool forward) const;
    QModelIndex stopBelow(int row, int column) const;
    void moveOn();

    EnterMoves m_enter = EnterMoves::Next;
    bool m_enterPressed = false;
    QHash<int, QStringList> m_suggestions;
};

// The editors of an EntryTable: line edits that report every keystroke, with the column's suggestions.
class EntryDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit EntryDelegate(EntryTable* table);
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* editor, QEvent* event) override;

private:
    EntryTable* m_table;
};

} // namespace houqin::gui::canteen
