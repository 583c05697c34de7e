#include "RecurringDialog.h"

#include "PlanText.h"
#include "domain/plan/PlanTasks.h"
#include "storage/Database.h"
#include "storage/plan/PlanService.h"
#include "storage/plan/SemesterService.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace houqin::gui::plan {

namespace tf = houqin::plan::taskfield;

namespace {
enum Column { WeekColumn, TitleColumn, CategoryColumn, OwnerColumn };
}

RecurringDialog::RecurringDialog(Database& db, const QString& semester, QWidget* parent)
    : QDialog(parent), m_db(db), m_semester(semester) {
    setObjectName(QStringLiteral("recurringDialog"));
    setWindowTitle(tr("Generate recurring tasks — %1").arg(semester));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The work plan's repeating measures that this semester does not have yet. "
                                "Untick what does not apply, then add the rest to the plan."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("proposalTreeWidget"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Week"), tr("Task"), tr("Category"), tr("Owner")});
    layout->addWidget(m_list, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    auto* row = new QHBoxLayout;
    auto* all = new QPushButton(tr("Select all"), this);
    auto* none = new QPushButton(tr("Select none"), this);
    row->addWidget(all);
    row->addWidget(none);
    row->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    row->addWidget(buttons);
    layout->addLayout(row);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecurringDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecurringDialog::reject);
    auto checkAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            m_list->topLevelItem(i)->setCheckState(TitleColumn, state);
    };
    connect(all, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });
    connect(m_list, &QTreeWidget::itemChanged, this, &RecurringDialog::updateOk);

    houqin::plan::PlanService service(db);
    auto found = houqin::plan::SemesterService(db).find(semester);
    auto proposals = service.proposeRecurring(semester);
    if (!found || !proposals) {
        m_problem->setText(!found ? found.error().message : proposals.error().message);
        m_problem->setVisible(true);
    } else {
        m_proposals = *proposals;
        const SemesterCalendar calendar = found->calendar();
        for (const Record& r : m_proposals) {
            auto* item = new QTreeWidgetItem(m_list);
            item->setText(WeekColumn, weekSpanText(calendar, int(r.value(tf::kWeek).toLongLong())));
            item->setText(TitleColumn, r.value(tf::kTitle).toString());
            item->setToolTip(TitleColumn, r.value(tf::kTitle).toString());
            item->setText(CategoryColumn, taskText(r, tf::kCategory));
            item->setText(OwnerColumn, r.value(tf::kOwner).toString());
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            // A week already gone would be overdue the moment it is added: offered, not ticked.
            const bool ahead = r.value(tf::kDueDate).toDate() >= db.now().date();
            item->setCheckState(TitleColumn, ahead ? Qt::Checked : Qt::Unchecked);
        }
        if (m_proposals.isEmpty()) {
            m_problem->setText(tr("The semester already has every recurring task."));
            m_problem->setStyleSheet(QString());
            m_problem->setVisible(true);
        }
    }
    m_list->header()->setSectionResizeMode(WeekColumn, QHeaderView::ResizeToContents);
    m_list->header()->resizeSection(TitleColumn, 380);
    updateOk();
    resize(860, 520);
}

QList<Record> RecurringDialog::checkedTasks() const {
    QList<Record> out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->checkState(TitleColumn) == Qt::Checked)
            out << m_proposals.at(i);
    return out;
}

void RecurringDialog::updateOk() {
    const int n = int(checkedTasks().size());
    m_ok->setText(tr("Add %n task(s)", nullptr, n));
    m_ok->setEnabled(n > 0);
}

Result<int> RecurringDialog::addChecked() {
    auto added = houqin::plan::PlanService(m_db).addTasks(m_semester, checkedTasks(), Actor::systemUser());
    if (!added) {
        m_problem->setText(added.error().message);
        m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_problem->setVisible(true);
        return added.error();
    }
    m_added = *added;
    return added;
}

void RecurringDialog::accept() {
    if (addChecked())
        QDialog::accept();
}

} // namespace houqin::gui::plan
