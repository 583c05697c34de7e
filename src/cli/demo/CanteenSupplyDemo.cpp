// Demo records of what comes into the canteen and what it cooks: the morning deliveries with their item
// lines and two signers, and the weekly menus, written from the food samples already generated so that
// every sampled dish is on that day's menu. Next week's menu is left unpublished, and today's meals that
// are still to come have no samples yet, as on a real morning.
#include "DemoData.h"
#include "domain/canteen/Deliveries.h"
#include "domain/canteen/FoodSamples.h"
#include "domain/canteen/Menus.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QHash>
#include <QMap>

namespace houqin::demo {

namespace {

struct Goods {
    QString item, unit;
    qint64 priceFen;
    int shelfDays; // 0 = no use-by date (produce)
    double minQty, maxQty;
};

struct Round {
    QString supplier, driver;
    int everyDays; // 1 = every school day
    QList<Goods> goods;
    int minItems, maxItems;
};

QList<Round> rounds() {
    return {
        {QStringLiteral("绿源净菜配送有限公司"),
         QStringLiteral("周经理"),
         1,
         {{QStringLiteral("青菜"), QStringLiteral("kg"), 650, 0, 8, 15},
          {QStringLiteral("大白菜"), QStringLiteral("kg"), 320, 0, 10, 20},
          {QStringLiteral("西兰花"), QStringLiteral("kg"), 980, 0, 5, 10},
          {QStringLiteral("番茄"), QStringLiteral("kg"), 760, 0, 6, 12},
          {QStringLiteral("土豆"), QStringLiteral("kg"), 380, 0, 8, 15},
          {QStringLiteral("胡萝卜"), QStringLiteral("kg"), 420, 0, 5, 10},
          {QStringLiteral("冬瓜"), QStringLiteral("kg"), 280, 0, 8, 16},
          {QStringLiteral("茄子"), QStringLiteral("kg"), 640, 0, 5, 10}},
         3,
         5},
        {QStringLiteral("鲜达肉禽蛋供应站"),
         QStringLiteral("黄先生"),
         2,
         {{QStringLiteral("猪肉"), QStringLiteral("kg"), 2800, 2, 8, 15},
          {QStringLiteral("鸡腿"), QStringLiteral("kg"), 2200, 2, 10, 18},
          {QStringLiteral("牛肉"), QStringLiteral("kg"), 7600, 2, 5, 9},
          {QStringLiteral("鸡蛋"), QStringLiteral("kg"), 1150, 20, 10, 15}},
         2,
         3},
        {QStringLiteral("海之鲜水产"),
         QStringLiteral("陈先生"),
         5,
         {{QStringLiteral("鲈鱼"), QStringLiteral("kg"), 4200, 1, 6, 10},
          {QStringLiteral("虾仁"), QStringLiteral("kg"), 9800, 1, 3, 5}},
         1,
         2},
        {QStringLiteral("光明乳品经销部"),
         QStringLiteral("吴女士"),
         3,
         {{QStringLiteral("纯牛奶"), QStringLiteral("盒"), 250, 30, 180, 200},
          {QStringLiteral("酸奶"), QStringLiteral("杯"), 350, 21, 180, 200}},
         1,
         2},
        {QStringLiteral("新港粮油贸易商行"),
         QStringLiteral("林老板"),
         10,
         {{QStringLiteral("大米"), QStringLiteral("kg"), 560, 365, 100, 150},
          {QStringLiteral("面粉"), QStringLiteral("kg"), 480, 270, 25, 50},
          {QStringLiteral("食用油"), QStringLiteral("桶"), 13800, 540, 2, 4}},
         2,
         3},
    };
}

QList<Record> deliveries(Context& ctx) {
    const QDateTime now = ctx.db.now();
    const QString leader = ctx.canteenStaff.isEmpty() ? QStringLiteral("食堂组长") : ctx.canteenStaff.first();
    const Record base = newRecord(canteen::deliveriesKind(), nullptr, ctx.db.ruleContext());
    QList<Record> out;
    int dayNo = 0;
    for (const QDate& day : ctx.schoolDays()) {
        ++dayNo;
        if (QDateTime(day, QTime(7, 30)) > now)
            continue;
        for (const Round& round : rounds()) {
            if (dayNo % round.everyDays != 0)
                continue;
            Record r = base;
            r.set(QStringLiteral("date"), day);
            r.set(QStringLiteral("direction"), QStringLiteral("in"));
            r.set(QStringLiteral("supplier"), round.supplier);
            r.set(QStringLiteral("documents_checked"), ctx.rng.bounded(40) != 0);
            r.set(QStringLiteral("received_by"), leader);
            r.set(QStringLiteral("checked_by"), round.driver);
            QList<Goods> pool = round.goods;
            const int n = round.minItems + ctx.rng.bounded(round.maxItems - round.minItems + 1);
            for (int i = 0; i < n && !pool.isEmpty(); ++i) {
                const Goods g = pool.takeAt(ctx.rng.bounded(int(pool.size())));
                Record line;
                line.set(QStringLiteral("item"), g.item);
                // Produce by the half kilogram, packed goods by the piece.
                const double step = g.unit == QStringLiteral("kg") ? 0.5 : 1.0;
                const double qty = g.minQty + step * ctx.rng.bounded(int((g.maxQty - g.minQty) / step) + 1);
                line.set(QStringLiteral("quantity"), qty);
                line.set(QStringLiteral("unit"), g.unit);
                line.set(QStringLiteral("unit_price_fen"), QVariant::fromValue<qint64>(g.priceFen));
                if (g.shelfDays > 0)
                    line.set(QStringLiteral("shelf_life_date"), day.addDays(g.shelfDays));
                r.lines << line;
            }
            out << r;
        }
    }
    return out;
}

// Sampled dishes per day and meal, in the order they were sampled.
Result<QHash<QDate, QMap<QString, QStringList>>> sampledDishes(Context& ctx) {
    ListQuery q;
    q.sortField = QStringLiteral("id");
    q.sortDescending = false;
    auto samples = RecordRepository(ctx.db, canteen::foodSamplesKind()).list(q);
    if (!samples)
        return samples.error();
    QHash<QDate, QMap<QString, QStringList>> out;
    for (const Record& s : *samples)
        out[s.value(QStringLiteral("date")).toDate()][s.value(QStringLiteral("meal")).toString()]
            << s.value(QStringLiteral("dish")).toString();
    return out;
}

Result<QList<Record>> menus(Context& ctx) {
    auto sampled = sampledDishes(ctx);
    if (!sampled)
        return sampled.error();
    const QDate today = ctx.db.now().date();
    const QDate nextMonday = canteen::weekMonday(today).addDays(7);
    QList<Record> out;
    for (QDate monday = canteen::weekMonday(ctx.first); monday <= nextMonday; monday = monday.addDays(7)) {
        Record m;
        m.set(QStringLiteral("week_start"), monday);
        for (int d = 1; d <= 5; ++d) {
            const QDate day = monday.addDays(d - 1);
            if (day < ctx.first || !ctx.isSchoolDay(day))
                continue;
            for (const DemoMeal& meal : demoMeals()) {
                QStringList dishes = sampled->value(day).value(meal.key);
                if (dishes.isEmpty() && day >= today) { // planned, not cooked yet
                    QStringList pool = meal.dishes;
                    const int n = meal.minDishes + ctx.rng.bounded(meal.maxDishes - meal.minDishes + 1);
                    for (int i = 0; i < n && !pool.isEmpty(); ++i)
                        dishes << pool.takeAt(ctx.rng.bounded(int(pool.size())));
                }
                if (dishes.isEmpty())
                    continue;
                Record line;
                line.set(QStringLiteral("weekday"), QString::number(d));
                line.set(QStringLiteral("meal"), meal.key);
                line.set(QStringLiteral("dishes"), dishes.join(QStringLiteral("、")));
                m.lines << line;
            }
        }
        if (m.lines.isEmpty())
            continue;
        // Published on the Friday before, now and then only on the Monday itself; next week's is a draft.
        if (monday < nextMonday)
            m.set(QStringLiteral("published_on"), ctx.rng.bounded(8) == 0 ? monday : monday.addDays(-3));
        out << m;
    }
    return out;
}

} // namespace

Result<Summary> generateCanteenSupply(Context& ctx) {
    Summary summary;
    auto d = RecordRepository(ctx.db, canteen::deliveriesKind()).insertAll(deliveries(ctx), ctx.who);
    if (!d)
        return d.error();
    summary.insert(QStringLiteral("deliveries"), int(d->size()));
    auto m = menus(ctx);
    if (!m)
        return m.error();
    auto ids = RecordRepository(ctx.db, canteen::menusKind()).insertAll(*m, ctx.who);
    if (!ids)
        return ids.error();
    summary.insert(QStringLiteral("menus"), int(ids->size()));
    return summary;
}

} // namespace houqin::demo
