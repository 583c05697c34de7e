#pragma once

#include "LinesEditor.h"

#include <QHash>
#include <QList>
#include <QPair>

class QLabel;
class QTableWidget;

namespace houqin::gui {

// The generic lines editor: one row per line, one column per line field, then the line's derived values
// (read only). A blank row at the end takes the next line, so typing row after row needs no button;
// Tab moves across a row and on to the next. Issues colour their cell and are listed under the table.
// When the lines kind has photos (a checklist item), a last column counts each line's photos; a
// double-click on it, or "Photos of line…", opens them to add or remove.
class LinesTable : public LinesEditor {
    Q_OBJECT
public:
    LinesTable(const RecordKind& kind, const EditorContext& ctx, QWidget* parent = nullptr);

    void setLines(const QList<Record>& lines) override;
    QList<Record> lines(Issues* unreadable) const override;
    void showIssues(const Issues& issues) override;
    void focusIssue(const Issue& issue) override;
    QList<std::optional<QList<PendingPhoto>>> linePhotos() const override;
    void refreshDerivedValues() override;

    // Opens the photos of the line in this table row (the photo window is modal).
    void editPhotosOfRow(int row);

    QTableWidget* table() const { return m_table; }

private:
    bool rowIsBlank(int row) const;
    void keepOneBlankRow();
    // The context costs a read of the whole form (the record as typed): a pass over many rows takes it once.
    void refreshDerived(int row) { refreshDerived(row, ruleContext()); }
    void refreshDerived(int row, const RuleContext& ctx);
    void removeSelectedRows();
    // The table row of each line lines() returns (blank rows are skipped).
    QList<int> lineRows() const;
    bool hasPhotoColumn() const { return m_photoColumn >= 0; }
    // Each row's stored line id and a token that follows the row when others are removed.
    qint64 lineIdOf(int row) const;
    int tokenOf(int row);
    void refreshPhotoCell(int row);

    const RecordKind& m_lines; // kind.lines
    QTableWidget* m_table;
    QLabel* m_issues;
    bool m_filling = false;
    Database* m_db = nullptr;
    int m_photoColumn = -1;
    int m_nextToken = 1;
    QHash<qint64, int> m_storedPhotoCounts;          // line id -> photos stored
    QHash<int, QList<PendingPhoto>> m_changedPhotos; // row token -> photos as edited
};

} // namespace houqin::gui
