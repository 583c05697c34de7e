#pragma once

#include "domain/Result.h"

namespace houqin {

class Database;

// Numbered, append-only SQL files in resources/migrations (NNNN_name.sql), compiled into the binary.
// Each is applied in its own BEGIN IMMEDIATE transaction together with PRAGMA user_version = NNNN.
namespace migrations {
int latestVersion();
Status migrate(Database& db);
} // namespace migrations

} // namespace houqin
