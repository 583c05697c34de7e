#pragma once

// Small helpers shared by the canteen module's domain tests.

#include "domain/RecordKind.h"

#include <QDateTime>
#include <QVariantMap>

namespace houqin::test {

inline RuleContext ctxOn(QDate today, KindergartenSettings s = {}) {
    return {std::move(s), QDateTime(today, QTime(10, 0)), {}};
}

inline Record recordOf(const QVariantMap& values) {
    Record r;
    r.values = values;
    return r;
}

inline bool hasErrorOn(const Issues& issues, const QString& field) {
    for (const Issue& i : issues)
        if (i.isError() && i.field == field)
            return true;
    return false;
}

inline bool hasWarningOn(const Issues& issues, const QString& field) {
    for (const Issue& i : issues)
        if (!i.isError() && i.field == field)
            return true;
    return false;
}

inline QString derived(const RecordKind& kind, const Record& r, const RuleContext& ctx, const QString& key) {
    return deriveValues(kind, r, ctx).value(key).toString();
}

} // namespace houqin::test
