#pragma once

#include "LinesEditor.h"

#include <QList>
#include <QPair>

class QLabel;
class QTableWidget;

namespace houqin::gui {

// The generic lines editor: one row per line, one column per line field, then the line's derived values
// (read only). A blank row at the end takes the next line, so typing row after row needs no button;
// Tab moves across a row and on to the next. Issues colour their cell and are listed under the table.
class LinesTable : public LinesEditor {
    Q_OBJECT
public:
    LinesTable(const RecordKind& kind, const EditorContext& ctx, QWidget* parent = nullptr);

    void setLines(const QList<Record>& lines) override;
    QList<Record> lines(Issues* unreadable) const override;
    void showIssues(const Issues& issues) override;
    void focusIssue(const Issue& issue) override;

    QTableWidget* table() const { return m_table; }

private:
    bool rowIsBlank(int row) const;
    void keepOneBlankRow();
    void refreshDerived(int row);
    void removeSelectedRows();
    // The table row of each line lines() returns (blank rows are skipped).
    QList<int> lineRows() const;

    const RecordKind& m_lines; // kind.lines
    QTableWidget* m_table;
    QLabel* m_issues;
    bool m_filling = false;
};

} // namespace houqin::gui
