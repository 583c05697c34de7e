#include "ProblemLinesDialog.h"

#include "domain/assets/AssetKinds.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace houqin::gui::assets {

ProblemLinesDialog::ProblemLinesDialog(const RecordKind& kind, const Record& record, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("problemLinesDialog"));
    //: zh_CN "问题报修或登记隐患"
    setWindowTitle(tr("Repair or register the problems"));
    for (int i : houqin::assets::repairLines(kind, record)) {
        const Record& line = record.lines.at(i);
        if (line.isEmpty(QStringLiteral("repair_id")) && line.isEmpty(QStringLiteral("hazard_id")))
            m_lines << i;
    }
    auto* layout = new QVBoxLayout(this);
    //: zh_CN "为每个不合格项选择：报修（进入维修申报单）、登记隐患（进入隐患整改台账），或暂不处理。"
    auto* intro =
        new QLabel(tr("For each failed item choose: a repair request (to the repairs), a hazard (to "
                      "the hazard register), or not now."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(int(m_lines.size()), 4, this);
    m_table->setObjectName(QStringLiteral("problemLinesTable"));
    //: zh_CN "区域" / "检查项目" / "备注" / "处理"
    m_table->setHorizontalHeaderLabels({tr("Area"), tr("Item checked"), tr("Note"), tr("Send to")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int row = 0; row < m_lines.size(); ++row) {
        const Record& line = record.lines.at(m_lines.at(row));
        m_table->setItem(row, 0, new QTableWidgetItem(line.value(QStringLiteral("area")).toString()));
        m_table->setItem(row, 1, new QTableWidgetItem(line.value(QStringLiteral("item")).toString()));
        m_table->setItem(row, 2, new QTableWidgetItem(line.value(QStringLiteral("note")).toString()));
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("choice%1").arg(row));
        //: zh_CN "报修"
        combo->addItem(tr("Repair request"), Repair);
        //: zh_CN "登记隐患"
        combo->addItem(tr("Hazard"), Hazard);
        //: zh_CN "暂不处理"
        combo->addItem(tr("Not now"), NotNow);
        m_table->setCellWidget(row, 3, combo);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(3);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    //: zh_CN "提交"
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send on"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 360);
}

QList<int> ProblemLinesDialog::linesChosen(Choice choice) const {
    QList<int> out;
    for (int row = 0; row < m_lines.size(); ++row)
        if (auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, 3));
            combo && combo->currentData().toInt() == choice)
            out << m_lines.at(row);
    return out;
}

void ProblemLinesDialog::choose(int row, Choice choice) {
    if (auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, 3)))
        combo->setCurrentIndex(combo->findData(choice));
}

} // namespace houqin::gui::assets
