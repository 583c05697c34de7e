#pragma once

#include "domain/RecordKind.h"

#include <QByteArray>

namespace houqin {

// A record as the audit trail keeps it (before_json, after_json): a compact JSON object of
// {field key: canonical text} for the fields that have a value, keys in order, and for a kind with item
// lines "lines": an array of such objects, one per line. UTF-8, byte for byte what QJsonDocument wrote for
// the same object before (tests/storage/RecordJsonTest); empty (stored as NULL) when no field has a value.
QByteArray recordJson(const RecordKind& kind, const Record& r);

} // namespace houqin
