#pragma once

#include "../Attention.h"

namespace houqin::canteen {

// The canteen module's attention items (dashboard). Add the module's further items (pesticide tests,
// health certificates...) to this list.
const QList<AttentionItem>& attentionItems();

} // namespace houqin::canteen
