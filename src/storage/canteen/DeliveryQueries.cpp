#include "DeliveryQueries.h"

#include "domain/canteen/Suppliers.h"
#include "logging/Log.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"

namespace houqin::canteen {

QStringList suppliersDeliveredOn(Database& db, QDate day) {
    Query q(db,
            QStringLiteral("SELECT DISTINCT supplier FROM deliveries WHERE date = :date AND direction = 'in' "
                           "AND supplier IS NOT NULL AND supplier <> '' ORDER BY supplier"));
    q.bind(QStringLiteral(":date"), day.toString(Qt::ISODate));
    QStringList names;
    if (Status s = q.exec(); !s) {
        log::get("storage")->warn("suppliers delivered on {}: {}", log::s(day.toString(Qt::ISODate)),
                                  log::s(s.error().message));
        return {};
    }
    while (q.next())
        names << q.value(0).toString();
    if (Status s = q.finish(); !s) {
        log::get("storage")->warn("suppliers delivered: {}", log::s(s.error().message));
        return {};
    }
    return names;
}

QStringList suppliersInUse(Database& db) {
    const RecordKind& kind = suppliersKind();
    ListQuery lq;
    lq.filter = QStringLiteral("in-use");
    lq.sortField = kind.titleField;
    lq.sortDescending = false;
    auto suppliers = RecordRepository(db, kind).list(lq);
    if (!suppliers) {
        log::get("storage")->warn("suppliers in use: {}", log::s(suppliers.error().message));
        return {};
    }
    QStringList names;
    for (const Record& r : *suppliers) {
        const QString name = r.value(kind.titleField).toString().trimmed();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

} // namespace houqin::canteen
