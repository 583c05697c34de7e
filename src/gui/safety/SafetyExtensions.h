#pragma once

namespace houqin::gui::safety {

// The safety module's additions to the generic pages: hazards coloured by state and deadline, visitors
// refused at the gate in red, checked records with failed items in red, and on every checklist kind
// "Register hazards for problems", which opens a hazard for each problem line (a failed item, a
// patrol's problem) in one step.
void registerGuiExtensions();

} // namespace houqin::gui::safety
