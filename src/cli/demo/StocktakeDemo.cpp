// Demo stocktakes (资产清点): every campus counted in the stocktake weeks of every semester (5 and 20 by
// default) that has begun, on the Tuesday, by an office member. Most registered assets are found; a few are
// missing, a few from the other campus turn up (moved), and an old label of a former system is not in the
// register (unknown). Counted against today's register: the demo has no history of the register itself.
#include "DemoData.h"
#include "domain/SemesterCalendar.h"
#include "domain/assets/AssetKinds.h"
#include "domain/plan/Semesters.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/assets/StocktakeService.h"

namespace houqin::demo {

namespace s = assets::stocktake;
namespace sf = plan::semesterfield;

Result<int> generateStocktakes(Context& ctx) {
    const QDate today = ctx.db.now().date();
    const KindergartenSettings& settings = ctx.db.settings();
    auto semesters = RecordRepository(ctx.db, plan::semestersKind()).list({});
    if (!semesters)
        return semesters.error();
    auto reg = assets::loadRegister(ctx.db);
    if (!reg)
        return reg.error();
    if (reg->isEmpty())
        return 0;
    QList<QDate> days;
    for (const Record& sem : *semesters) {
        const SemesterCalendar calendar(sem.value(sf::kStart).toDate(), sem.value(sf::kEnd).toDate());
        for (int week : settings.stocktakeWeeks) {
            const QDate day = calendar.mondayOfWeek(week).addDays(1);
            if (day.isValid() && day >= ctx.first && day < today && !days.contains(day))
                days << day;
        }
    }
    std::sort(days.begin(), days.end());
    const QStringList& counters = ctx.office.isEmpty() ? ctx.activeStaff : ctx.office;
    int made = 0;
    for (const QDate& day : days)
        for (const QString& campus : settings.campuses) {
            assets::StocktakeCount count(*reg, campus, {});
            QList<const assets::RegisterEntry*> expected = count.expected();
            QStringList elsewhere;
            for (const assets::RegisterEntry& e : *reg)
                if (e.campus != campus && e.status != assets::asset::kDisposed)
                    elsewhere << e.code;
            const int missing = 1 + ctx.rng.bounded(3);
            for (int i = 0; i + missing < expected.size(); ++i) {
                const assets::RegisterEntry* e = expected.at(i);
                count.scan(e->code, e->location, QDateTime(day, QTime(9, 0).addSecs(i * 20)));
            }
            const QString room = expected.isEmpty() ? QString() : expected.first()->location;
            for (int n = ctx.rng.bounded(3); n > 0 && !elsewhere.isEmpty(); --n)
                count.scan(ctx.pick(elsewhere), room, QDateTime(day, QTime(11, 30)));
            count.scan(QStringLiteral("ZC-2019-%1").arg(ctx.rng.bounded(1, 300), 4, 10, QLatin1Char('0')),
                       room, QDateTime(day, QTime(11, 45)));
            Record header;
            header.set(s::kDate, day);
            header.set(s::kCounter, counters.isEmpty() ? QStringLiteral("王老师") : ctx.pick(counters));
            auto id = assets::saveStocktake(ctx.db, header, count, ctx.who);
            if (!id)
                return id.error();
            ++made;
        }
    return made;
}

} // namespace houqin::demo
