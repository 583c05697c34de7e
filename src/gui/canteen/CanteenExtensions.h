#pragma once

namespace houqin::gui::canteen {

// The canteen kinds' additions besides food samples: row colours of pesticide tests, morning checks,
// health certificates and suppliers (renewed certificates and suppliers no longer used in grey); the day
// screens "Today's tests…" and "Today's morning check…"; and
// "Copy summary" of a meal committee visit. Called by registerGuiExtensions().
void registerCanteenKindExtensions();

} // namespace houqin::gui::canteen
