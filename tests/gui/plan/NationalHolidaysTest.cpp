// The "National holidays…" action of 节假日与调休: the shipped year's days offered, ticked, added once.
#include "PlanGuiTestSupport.h"
#include "domain/plan/CalendarDays.h"
#include "gui/plan/NationalHolidaysDialog.h"

#include <QListWidget>

using namespace houqin;
using namespace houqin::gui::plan;
namespace cf = plan::calendardayfield;

TEST(NationalHolidaysDialogTest, OffersTheYearAndAddsOnlyTickedDaysNotAlreadyPresent) {
    test::TempDb t(QDateTime(QDate(2026, 11, 28), QTime(10, 0)));
    RecordRepository repo(t.db(), plan::calendarDaysKind());
    Record existing = newRecord(repo.kind(), nullptr, t->ruleContext());
    existing.set(cf::kDate, QDate(2026, 10, 1));
    existing.set(cf::kKind, cf::kHoliday);
    existing.set(cf::kName, QStringLiteral("国庆"));
    ASSERT_TRUE(repo.insert(existing, test::tester()).ok());

    NationalHolidaysDialog dialog(t.db(), 2026);
    QListWidget* list = dialog.list();
    ASSERT_EQ(list->count(), 39);
    int disabled = 0;
    for (int i = 0; i < list->count(); ++i)
        if (!(list->item(i)->flags() & Qt::ItemIsEnabled))
            ++disabled;
    EXPECT_EQ(disabled, 1);                      // 1 October is already there
    list->item(0)->setCheckState(Qt::Unchecked); // 元旦, 1 January: not wanted
    ASSERT_TRUE(dialog.addTicked());
    EXPECT_EQ(dialog.added(), 37);
    EXPECT_EQ(*repo.count(), 38);

    // Offered again, everything present is greyed out and nothing is added twice.
    NationalHolidaysDialog again(t.db(), 2026);
    int enabled = 0;
    for (int i = 0; i < again.list()->count(); ++i)
        if (again.list()->item(i)->flags() & Qt::ItemIsEnabled)
            ++enabled;
    EXPECT_EQ(enabled, 1); // only 1 January, unticked last time
    ASSERT_TRUE(again.addTicked());
    EXPECT_EQ(*repo.count(), 39);
}

TEST(NationalHolidaysDialogTest, AYearNotInTheTableOffersNothing) {
    test::TempDb t(QDateTime(QDate(2027, 1, 5), QTime(10, 0)));
    NationalHolidaysDialog dialog(t.db(), 2027);
    EXPECT_TRUE(dialog.offered().isEmpty());
    EXPECT_EQ(dialog.list()->count(), 0);
}
