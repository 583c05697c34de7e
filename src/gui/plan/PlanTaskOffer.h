#pragma once

#include "domain/RecordKind.h"

class QWidget;

namespace houqin {
class Database;
}

namespace houqin::gui::plan {

// After a record is saved: when it completes a task of the semester plan (a study session, a safety-education
// activity…: domain/plan/PlanLinks), asks whether to mark that task done, and does so with a link to the
// record. Returns the status-bar text of what was done, empty when nothing was asked or the answer was no.
// A kind whose task takes a whole month of records (appraisals) is asked about only with wholeMonth, by the
// screen that knows the month is complete.
QString offerPlanTask(QWidget* parent, Database& db, const RecordKind& kind, qint64 recordId,
                      bool wholeMonth = false);

} // namespace houqin::gui::plan
