#pragma once

#include "io/RecordCsv.h"

#include <QDialog>

namespace houqin::gui {

// Every problem a CSV import found, one row each (row, column, reason), and the plain statement that
// nothing was imported. With only warnings, it lists them after a successful import.
class ImportProblemsDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { NothingImported, ImportedWithWarnings };
    // more: problems found beyond those listed (an import lists at most ImportResult::kMaxListed).
    ImportProblemsDialog(const QString& fileName, const QList<io::ImportProblem>& problems, int more,
                         Mode mode, QWidget* parent = nullptr);
};

} // namespace houqin::gui
