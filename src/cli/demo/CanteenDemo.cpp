#include "DemoData.h"
#include "domain/canteen/FoodSamples.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

namespace houqin::demo {

QList<DemoMeal> demoMeals() {
    return {
        {QStringLiteral("breakfast"),
         QTime(7, 50),
         2,
         3,
         {QStringLiteral("小米粥"), QStringLiteral("鸡蛋饼"), QStringLiteral("肉包"), QStringLiteral("豆浆"),
          QStringLiteral("南瓜馒头"), QStringLiteral("白煮蛋"), QStringLiteral("牛奶燕麦粥"),
          QStringLiteral("菜肉小馄饨")}},
        {QStringLiteral("morning-snack"),
         QTime(9, 40),
         1,
         1,
         {QStringLiteral("苹果"), QStringLiteral("香蕉"), QStringLiteral("牛奶"), QStringLiteral("酸奶"),
          QStringLiteral("小蛋糕")}},
        {QStringLiteral("lunch"),
         QTime(11, 15),
         3,
         4,
         {QStringLiteral("米饭"), QStringLiteral("番茄炒蛋"), QStringLiteral("清炒青菜"),
          QStringLiteral("红烧鸡腿"), QStringLiteral("土豆烧牛肉"), QStringLiteral("紫菜蛋花汤"),
          QStringLiteral("清蒸鲈鱼"), QStringLiteral("西兰花炒虾仁"), QStringLiteral("冬瓜排骨汤"),
          QStringLiteral("香菇青菜"), QStringLiteral("肉末茄子"), QStringLiteral("胡萝卜炒肉丝")}},
        {QStringLiteral("afternoon-snack"),
         QTime(15, 0),
         1,
         2,
         {QStringLiteral("红豆沙"), QStringLiteral("银耳羹"), QStringLiteral("玉米"),
          QStringLiteral("葱油饼"), QStringLiteral("水果拼盘"), QStringLiteral("绿豆汤")}},
    };
}

Result<int> generateFoodSamples(Context& ctx) {
    const RecordKind& kind = canteen::foodSamplesKind();
    const RuleContext rc = ctx.db.ruleContext();
    const qint64 holdSecs = qint64(rc.settings.sampleHoldHours) * 3600;
    const QStringList samplers = ctx.healthTeachers + ctx.canteenStaff;
    QList<Record> samples;
    for (const QDate& day : ctx.schoolDays()) {
        for (const DemoMeal& meal : demoMeals()) {
            const QDateTime stored(day, meal.servedAt.addSecs(60 * (20 + ctx.rng.bounded(20))));
            if (stored > rc.now)
                continue;
            const QString sampler = ctx.pick(samplers);
            const double fridge = ctx.rng.bounded(100) == 0 ? 8.5 : 2.0 + ctx.rng.bounded(40) / 10.0;
            QStringList pool = meal.dishes;
            const int n = meal.minDishes + ctx.rng.bounded(meal.maxDishes - meal.minDishes + 1);
            for (int i = 0; i < n && !pool.isEmpty(); ++i) {
                Record r;
                r.set(QStringLiteral("date"), day);
                r.set(QStringLiteral("meal"), meal.key);
                r.set(QStringLiteral("dish"), pool.takeAt(ctx.rng.bounded(int(pool.size()))));
                r.set(QStringLiteral("weight_g"), 125.0 + ctx.rng.bounded(600) / 10.0);
                r.set(QStringLiteral("stored_at"), stored);
                r.set(QStringLiteral("fridge_temp_c"), fridge);
                r.set(QStringLiteral("sampled_by"), sampler);
                // The demo kindergarten cooks for both campuses in the main campus's kitchen.
                r.set(QStringLiteral("campus"), ctx.db.settings().campuses.value(0));
                const QDateTime disposed = stored.addSecs(holdSecs + 60 * ctx.rng.bounded(180));
                if (disposed <= rc.now) {
                    r.set(QStringLiteral("disposed_at"), disposed);
                    r.set(QStringLiteral("disposed_by"), ctx.pick(ctx.canteenStaff));
                }
                samples << r;
            }
        }
    }
    RecordRepository repo(ctx.db, kind);
    auto ids = repo.insertAll(samples, ctx.who);
    if (!ids)
        return ids.error();
    return int(ids->size());
}

} // namespace houqin::demo
