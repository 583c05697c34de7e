#pragma once

#include "../RecordKind.h"

#include <QStringList>

namespace houqin::canteen {

// 食堂卫生检查: a scheduled or spot check of one area of the kitchen against a short checklist. Passed when
// every item is ticked and no problem is written down. Rectifying what was found belongs to the shared
// rectification workflow (整改) once it exists.
const RecordKind& kitchenHygieneChecksKind();

// The checklist's fields, in form order.
const QStringList& hygieneChecklist();
bool hygieneCheckPassed(const Record& check);

} // namespace houqin::canteen
