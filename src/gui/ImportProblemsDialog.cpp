#include "ImportProblemsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace houqin::gui {

ImportProblemsDialog::ImportProblemsDialog(const QString& fileName, const QList<io::ImportProblem>& problems,
                                           int more, Mode mode, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(mode == Mode::NothingImported ? tr("Nothing was imported") : tr("Imported with warnings"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    if (mode == Mode::NothingImported)
        intro->setText(tr("Problems found in %1: %2. Nothing was imported. Fix the rows below in the file "
                          "and import it again.")
                           .arg(fileName)
                           .arg(problems.size() + more));
    else
        intro->setText(tr("%1 was imported. Please check these warnings:").arg(fileName));
    layout->addWidget(intro);

    auto* table = new QTableWidget(int(problems.size()), 3, this);
    table->setObjectName(QStringLiteral("problemsTableWidget"));
    table->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    for (int i = 0; i < problems.size(); ++i) {
        const io::ImportProblem& p = problems.at(i);
        table->setItem(i, 0, new QTableWidgetItem(p.row > 0 ? QString::number(p.row) : tr("whole file")));
        table->setItem(i, 1, new QTableWidgetItem(p.column));
        table->setItem(i, 2, new QTableWidgetItem(p.reason));
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeRowsToContents();
    layout->addWidget(table, 1);
    if (more > 0) {
        auto* rest =
            new QLabel(tr("… and %n more not listed. Fix these first; the file is checked again as a "
                          "whole when you import it.",
                          nullptr, more),
                       this);
        rest->setObjectName(QStringLiteral("moreLabel"));
        rest->setWordWrap(true);
        layout->addWidget(rest);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace houqin::gui
