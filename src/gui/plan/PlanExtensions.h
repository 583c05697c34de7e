#pragma once

namespace houqin::gui::plan {

// The work plan's additions to the generic pages: overdue plan tasks highlighted, "mark done" and
// "postpone" on the plan-tasks list, "new semester" and "make current" on the semesters list.
void registerGuiExtensions();

} // namespace houqin::gui::plan
