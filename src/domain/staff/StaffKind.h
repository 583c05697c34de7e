#pragma once

#include "../RecordKind.h"

namespace houqin::staff {

// 教职工: the people every module points at. The staff-and-training module extends this kind.
const RecordKind& staffKind();

} // namespace houqin::staff
