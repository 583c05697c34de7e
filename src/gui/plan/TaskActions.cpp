#include "TaskActions.h"

#include "TaskDialogs.h"
#include "domain/plan/PlanTasks.h"
#include "gui/ErrorDisplay.h"
#include "gui/RecordForm.h"
#include "storage/RecordRepository.h"
#include "storage/plan/SemesterService.h"

#include <QCoreApplication>
#include <QPointer>

namespace houqin::gui::plan {

namespace {
std::optional<Record> storedTask(Database& db, qint64 id, QWidget* parent) {
    auto task = RecordRepository(db, houqin::plan::planTasksKind()).get(id);
    if (!task) {
        showError(parent, QCoreApplication::translate("TaskActions", "Could not open the task"),
                  task.error());
        return std::nullopt;
    }
    return *task;
}
} // namespace

bool markTaskDone(Database& db, qint64 taskId, QWidget* parent) {
    const std::optional<Record> task = storedTask(db, taskId, parent);
    if (!task)
        return false;
    MarkDoneDialog dialog(db, *task, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool postponeTask(Database& db, qint64 taskId, QWidget* parent) {
    const std::optional<Record> task = storedTask(db, taskId, parent);
    if (!task)
        return false;
    auto semester =
        houqin::plan::SemesterService(db).find(task->value(houqin::plan::taskfield::kSemester).toString());
    if (!semester) {
        showError(parent, QCoreApplication::translate("TaskActions", "Could not open the task"),
                  semester.error());
        return false;
    }
    PostponeDialog dialog(db, *task, *semester, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool editTask(Database& db, qint64 taskId, QWidget* parent) {
    const std::optional<Record> task = storedTask(db, taskId, parent);
    if (!task)
        return false;
    QPointer<RecordForm> form = new RecordForm(db, houqin::plan::planTasksKind(), *task, parent);
    const bool saved = form->exec() == QDialog::Accepted;
    delete form;
    return saved;
}

} // namespace houqin::gui::plan
