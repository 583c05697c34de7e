#pragma once

namespace houqin::gui::assets {

// The assets module's additions to the generic pages: a new asset's code follows its campus and acquisition
// date while it is still the generated one (a code typed by the user stays).
void registerGuiExtensions();

} // namespace houqin::gui::assets
