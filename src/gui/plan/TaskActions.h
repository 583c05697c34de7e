#pragma once

#include <QtGlobal>

class QWidget;

namespace houqin {
class Database;
}

namespace houqin::gui::plan {

// What the dashboard, the month review and the plan-tasks list do with one task, each reading the task as
// stored now and showing any problem to the user. True when something was written.
bool markTaskDone(Database& db, qint64 taskId, QWidget* parent);
bool postponeTask(Database& db, qint64 taskId, QWidget* parent);
// The plan-tasks record form.
bool editTask(Database& db, qint64 taskId, QWidget* parent);

} // namespace houqin::gui::plan
