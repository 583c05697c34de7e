#pragma once

#include "domain/RecordKind.h"

#include <QDialog>
#include <QList>

class QTableWidget;

namespace houqin::gui::assets {

// "Send the problems on" for a record whose failed lines may open either a repair request or a hazard (a
// facility check): one row per failed line that has opened neither, with the person's choice for each —
// a repair (the default: a broken thing is repaired), a hazard, or not now. The caller opens them
// (storage/assets/LineRepairs, storage/safety/LineHazards).
class ProblemLinesDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { Repair, Hazard, NotNow };
    ProblemLinesDialog(const RecordKind& kind, const Record& record, QWidget* parent = nullptr);

    // The lines offered, by index into record.lines; empty when every problem was sent on already.
    QList<int> offeredLines() const { return m_lines; }
    // The lines the person chose `choice` for.
    QList<int> linesChosen(Choice choice) const;
    // For tests: set row `row`'s choice.
    void choose(int row, Choice choice);
    QTableWidget* table() const { return m_table; }

private:
    QList<int> m_lines;
    QTableWidget* m_table = nullptr;
};

} // namespace houqin::gui::assets
