#pragma once

#include "../Attention.h"

namespace houqin::canteen {

// The canteen module's attention items (dashboard): food samples due or overdue for disposal, positive
// pesticide tests not yet handled, health certificates and supplier licences expired or expiring.
// Not here yet: "no pesticide test today" and "last month's account not published" (WhenNone items over
// the filters pesticide-tests/today and canteen-accounts/last-month-published, which exist), and "a canteen
// worker without today's morning check", which needs a count across two kinds that AttentionItem cannot
// express.
const QList<AttentionItem>& attentionItems();

} // namespace houqin::canteen
