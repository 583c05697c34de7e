#pragma once

namespace houqin::gui::canteen {

// Registers the food-sample list's additions: status colours, "Dispose of due samples…" and, in a new
// sample's form, "Save and next dish" (Ctrl+Return); then the other canteen kinds' (CanteenExtensions.h).
void registerGuiExtensions();

} // namespace houqin::gui::canteen
