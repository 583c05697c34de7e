#pragma once

#include "../GuiTestHelpers.h"
#include "domain/plan/PlanTasks.h"
#include "storage/RecordRepository.h"
#include "storage/plan/PlanService.h"
#include "storage/plan/SemesterService.h"

namespace houqin::test {

// The autumn semester of the test databases: 1 September 2026 (a Tuesday), so week 1 is 31 August to
// 6 September and TempDb's clock (Monday 7 September) is in week 2.
inline const QString kAutumn = QStringLiteral("2026学年第一学期");

// kAutumn with the template's tasks, current.
inline plan::Semester createAutumn(TempDb& t) {
    plan::NewSemester n;
    n.name = kAutumn;
    n.start = QDate(2026, 9, 1);
    n.tasks = plan::NewSemester::Tasks::FromTemplate;
    n.makeCurrent = true;
    auto created = plan::SemesterService(t.db()).create(n, tester());
    EXPECT_TRUE(created.ok()) << (created.ok() ? std::string() : created.error().message.toStdString());
    return created.ok() ? created->semester : plan::Semester();
}

inline Record storedTask(TempDb& t, qint64 id) {
    auto r = RecordRepository(t.db(), plan::planTasksKind()).get(id);
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r : Record();
}

inline QList<qint64> idsOf(const QList<Record>& records) {
    QList<qint64> ids;
    for (const Record& r : records)
        ids << r.id;
    return ids;
}

} // namespace houqin::test
