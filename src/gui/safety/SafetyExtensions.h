#pragma once

namespace houqin::gui::safety {

// The safety module's additions to the generic pages: hazards coloured by state and deadline, visitors
// refused at the gate in red, checked records with failed items in red, and on every checklist kind
// "Register hazards for failed items", which opens a hazard for each failed line in one step.
void registerGuiExtensions();

} // namespace houqin::gui::safety
