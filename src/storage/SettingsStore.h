#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/Settings.h"

namespace houqin {

class Database;

// The kindergarten's settings in the settings table (key, value). Saving is audited and refreshes the
// Database's cached copy, which rules read.
namespace SettingsStore {
Result<KindergartenSettings> load(Database& db);
Status save(Database& db, const KindergartenSettings& s, const Actor& who);
} // namespace SettingsStore

} // namespace houqin
