#include "StaffNames.h"

#include "domain/staff/StaffKind.h"
#include "logging/Log.h"
#include "storage/RecordRepository.h"

namespace houqin::gui::staff {

QStringList activeStaffNames(Database& db) {
    const RecordKind& kind = houqin::staff::staffKind();
    RecordRepository repo = RecordRepository::forSystem(db, kind); // names only, for pickers
    ListQuery q;
    q.filter = kind.pickerFilter;
    q.sortField = kind.titleField;
    q.sortDescending = false;
    auto people = repo.list(q);
    if (!people) {
        log::get("gui")->warn("staff names: {}", log::s(people.error().message));
        return {};
    }
    QStringList names;
    for (const Record& r : *people) {
        const QString name = r.value(kind.titleField).toString();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

} // namespace houqin::gui::staff
