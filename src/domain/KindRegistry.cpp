#include "KindRegistry.h"

#include "canteen/FoodSamples.h"
#include "plan/PlanTasks.h"
#include "plan/Semesters.h"
#include "staff/StaffKind.h"

namespace houqin {

const QList<const RecordKind*>& allKinds() {
    // Adding a kind: declare it in its module folder and list it here.
    static const QList<const RecordKind*> kinds{
        &staff::staffKind(),
        &canteen::foodSamplesKind(),
        &plan::semestersKind(),
        &plan::planTasksKind(),
    };
    return kinds;
}

const RecordKind* findKind(const QString& key) {
    for (const RecordKind* k : allKinds())
        if (k->key == key)
            return k;
    return nullptr;
}

} // namespace houqin
