#include "PlanTaskOffer.h"

#include "domain/Actor.h"
#include "domain/plan/PlanLinks.h"
#include "domain/plan/PlanTasks.h"
#include "gui/ErrorDisplay.h"
#include "storage/Database.h"
#include "storage/plan/PlanLinkService.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace houqin::gui::plan {

namespace tf = houqin::plan::taskfield;

QString offerPlanTask(QWidget* parent, Database& db, const RecordKind& kind, qint64 recordId,
                      bool wholeMonth) {
    if (const auto* rule = houqin::plan::planLinkRule(kind.key); !rule || rule->wholeMonth != wholeMonth)
        return {};
    houqin::plan::PlanLinkService links(db);
    auto tasks = links.tasksCompletedBy(kind, recordId);
    // Only an offer: a plan that cannot be read now must not get in the way of the record just saved.
    if (!tasks || tasks->isEmpty())
        return {};
    const Record& task = tasks->first();
    QMessageBox box(
        QMessageBox::Question, QCoreApplication::translate("PlanTaskOffer", "Work plan"),
        QCoreApplication::translate("PlanTaskOffer", "This record does a task of the semester plan:"),
        QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("planTaskOffer"));
    const int week = task.value(tf::kWeek).toInt();
    const QString when = week == 0 ? QCoreApplication::translate("PlanTaskOffer", "Before term")
                                   : QCoreApplication::translate("PlanTaskOffer", "Week %1").arg(week);
    box.setInformativeText(
        QCoreApplication::translate("PlanTaskOffer", "%1: %2\n\nMark the task done, linked to this record?")
            .arg(when, task.value(tf::kTitle).toString()));
    QPushButton* yes =
        box.addButton(QCoreApplication::translate("PlanTaskOffer", "Mark done"), QMessageBox::AcceptRole);
    box.addButton(QCoreApplication::translate("PlanTaskOffer", "Not now"), QMessageBox::RejectRole);
    box.setDefaultButton(yes);
    box.exec();
    if (box.clickedButton() != yes)
        return {};
    if (Status s = links.markDone(kind, recordId, {task.id}, Actor::systemUser()); !s) {
        showError(parent, QCoreApplication::translate("PlanTaskOffer", "Could not mark the task done"),
                  s.error());
        return {};
    }
    return QCoreApplication::translate("PlanTaskOffer", "Plan task marked done: %1").arg(when);
}

} // namespace houqin::gui::plan
