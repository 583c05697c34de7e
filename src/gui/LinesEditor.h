#pragma once

#include "FieldEditors.h"
#include "domain/RecordKind.h"
#include "storage/Attachments.h"

#include <QWidget>
#include <functional>
#include <optional>

namespace houqin::gui {

// The editor of a record's item lines inside the record form (a delivery's items, a menu's meals). The
// generic one is a table with a column per line field (LinesTable); a kind may bring its own through its
// KindExtension (the menus' week grid). Like field editors, it never changes what was typed: lines()
// reports the cells whose text is not a value. Lines keep the ids they were set with, so that saving updates
// them in place (and their photos stay theirs).
class LinesEditor : public QWidget {
    Q_OBJECT
public:
    // The kind's own editor if its extension has one, else a LinesTable. kind.lines must be set.
    static LinesEditor* create(const RecordKind& kind, const EditorContext& ctx, QWidget* parent);

    virtual void setLines(const QList<Record>& lines) = 0;
    // The lines as typed, without blank ones. Cells whose text is not a valid value are left empty and
    // reported in unreadable, named lineIssueField(index, field key) with index into the returned list.
    virtual QList<Record> lines(Issues* unreadable) const = 0;
    // Marks the cells of issues named lineIssueField(i, key) (i as lines() numbered them) and lists every
    // line issue, and the record's "lines" issue, under the editor. An empty list clears the marks.
    virtual void showIssues(const Issues& issues) = 0;
    // Puts the cursor in the cell of the first of these issues.
    virtual void focusIssue(const Issue& issue) = 0;
    // When the lines kind has photos: for each line lines() returns, its photos if they were changed in
    // the editor (the form saves them under the line's id), std::nullopt if not. Empty: none changed.
    virtual QList<std::optional<QList<PendingPhoto>>> linePhotos() const { return {}; }
    // What the lines' derived values are computed with: the settings and the record as the form holds it
    // now (an exam's own pass mark decides each score's result). Unset: an empty context.
    void setRuleContext(std::function<RuleContext()> context) { m_context = std::move(context); }
    // Computes every line's derived values again (the record's fields they depend on changed).
    virtual void refreshDerivedValues() {}

Q_SIGNALS:
    void edited();

protected:
    using QWidget::QWidget;
    RuleContext ruleContext() const { return m_context ? m_context() : RuleContext{}; }

private:
    std::function<RuleContext()> m_context;
};

// Whether an issue belongs to the lines editor rather than to a field of the record.
bool isLinesIssue(const Issue& issue);

} // namespace houqin::gui
