#pragma once

#include "../RecordKind.h"

namespace houqin::canteen {

// 出入库验收: a delivery into the canteen's store (or goods taken out of it) with its item lines. Every
// delivery is checked and signed by two different people (the plan names the canteen leader and the
// supplier's staff); an incoming one names its supplier, whose licence must be valid, and whether the
// supplier's certificate and the delivery ticket were checked (索证索票). Photos go with the record.
const RecordKind& deliveriesKind();

// A line's amount in fen: quantity × unit price, rounded to the fen; empty without a price.
QVariant lineAmountFen(const Record& line);
// The delivery's total in fen over the lines that have a price.
qint64 deliveryTotalFen(const Record& delivery);
// "大白菜 20kg、猪肉 5kg…": the items in one line of text, for lists and the register.
QString itemsSummary(const Record& delivery, int maxItems = 4);

} // namespace houqin::canteen
