#pragma once

#include "domain/RecordKind.h"

#include <QDateTime>

namespace houqin::test {

// A valid food sample of one dish, stored at `stored`: the record most tests of the generic parts write.
inline Record foodSample(const QString& dish, const QDateTime& stored,
                         const QString& meal = QStringLiteral("lunch"), double weight = 130) {
    Record r;
    r.set(QStringLiteral("date"), stored.date());
    r.set(QStringLiteral("meal"), meal);
    r.set(QStringLiteral("dish"), dish);
    r.set(QStringLiteral("weight_g"), weight);
    r.set(QStringLiteral("stored_at"), stored);
    r.set(QStringLiteral("fridge_temp_c"), 4.0);
    r.set(QStringLiteral("sampled_by"), QStringLiteral("王老师"));
    return r;
}

} // namespace houqin::test
