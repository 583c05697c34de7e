// Demo records of the canteen's monthly and weekly work: leaders eating with the children, the monthly
// accounts, the solar-term dish, the meal committee's meetings and parents' visits, and kitchen hygiene
// checks.
#include "DemoData.h"
#include "domain/canteen/CanteenAccounts.h"
#include "domain/canteen/CanteenCommon.h"
#include "domain/canteen/KitchenHygieneChecks.h"
#include "domain/canteen/MealAccompaniments.h"
#include "domain/canteen/MealCommittee.h"
#include "domain/canteen/SeasonalDishes.h"
#include "domain/staff/StaffKind.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

namespace houqin::demo {

namespace {

Result<QStringList> staffWithPost(Context& ctx, const QString& post) {
    ListQuery q;
    q.equals << qMakePair(QStringLiteral("post"), QVariant(post))
             << qMakePair(QStringLiteral("status"), QVariant(QStringLiteral("active")));
    auto staff = RecordRepository(ctx.db, staff::staffKind()).list(q);
    if (!staff)
        return staff.error();
    QStringList names;
    for (const Record& r : *staff)
        names << r.value(QStringLiteral("name")).toString();
    return names;
}

// The plan's rotation: the administrator on duty and the grade leaders take turns at lunch; the director
// joins on Fridays.
QList<Record> accompaniments(Context& ctx, const QStringList& admins, const QStringList& gradeLeaders,
                             const QStringList& directors) {
    QList<std::pair<QString, QString>> rota; // person, role
    for (const QString& a : admins)
        rota << std::pair{a, QStringLiteral("duty-admin")};
    for (const QString& g : gradeLeaders)
        rota << std::pair{g, QStringLiteral("grade-leader")};
    if (rota.isEmpty())
        return {};
    static const QList<std::pair<QString, QString>> problems{
        {QStringLiteral("汤的温度偏低"), QStringLiteral("已与厨房沟通，汤品出锅后加盖保温")},
        {QStringLiteral("青菜略咸"), QStringLiteral("已提醒厨师减盐，次日复查已改善")},
        {QStringLiteral("个别幼儿饭量不足"), QStringLiteral("已通知班级按需添饭")},
        {QStringLiteral("餐桌擦拭不到位"), QStringLiteral("已提醒保育员餐前消毒擦桌")},
    };
    const QDateTime now = ctx.db.now();
    const Record base = newRecord(canteen::mealAccompanimentsKind(), nullptr, ctx.db.ruleContext());
    QList<Record> out;
    int turn = 0;
    for (const QDate& day : ctx.schoolDays()) {
        if (QDateTime(day, QTime(12, 30)) > now)
            continue;
        Record r = base;
        r.set(QStringLiteral("date"), day);
        const auto& [person, role] = rota.at(turn++ % rota.size());
        const bool director = day.dayOfWeek() == 5 && !directors.isEmpty();
        r.set(QStringLiteral("person"), director ? directors.first() : person);
        r.set(QStringLiteral("role"), director ? QStringLiteral("director") : role);
        for (const QString& key : canteen::ratingFields())
            r.set(key, QVariant::fromValue<qint64>(ctx.rng.bounded(10) < 7 ? 5 : 4));
        if (ctx.rng.bounded(12) == 0) {
            const auto& [problem, followUp] = ctx.pick(problems);
            r.set(ctx.pick(canteen::ratingFields()), QVariant::fromValue<qint64>(3));
            r.set(QStringLiteral("problems"), problem);
            r.set(QStringLiteral("follow_up"), followUp);
        }
        out << r;
    }
    return out;
}

// About 180 children at 12 yuan a day; spending a little under or over the income, so the semester stays
// within ±2% while single months stray a little further.
QList<Record> accounts(Context& ctx) {
    const QDate today = ctx.db.now().date();
    const QDate lastMonth = canteen::firstOfMonth(today).addMonths(-1);
    QMap<QDate, int> schoolDays; // first of month -> school days
    for (const QDate& d : ctx.schoolDays())
        schoolDays[canteen::firstOfMonth(d)] += 1;
    // share of the spending per category, in per mille, in expenseFields() order
    static const QList<int> shares{125, 225, 345, 180, 55, 45, 25};
    QList<Record> out;
    const Record base = newRecord(canteen::canteenAccountsKind(), nullptr, ctx.db.ruleContext());
    for (auto it = schoolDays.cbegin(); it != schoolDays.cend(); ++it) {
        const QDate month = it.key();
        if (month > lastMonth || month < ctx.first)
            continue; // the current month is drawn up after it ends; the span's first month is partial
        Record r = base;
        r.set(QStringLiteral("month"), month);
        const qint64 income = qint64(it.value()) * (175 + ctx.rng.bounded(11)) * 1200;
        r.set(QStringLiteral("income"), QVariant::fromValue(income));
        const int balancePerMille = ctx.rng.bounded(41) - 18; // -1.8% .. +2.2%
        const qint64 spent = income - income * balancePerMille / 1000;
        qint64 left = spent;
        const QStringList keys = canteen::expenseFields();
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const qint64 part = i + 1 == keys.size() ? left : spent * shares[i] / 1000;
            r.set(keys[i], QVariant::fromValue(part));
            left -= part;
        }
        // Published in the first days of the next month; last month's only once those days have come.
        const QDate published = month.addMonths(1).addDays(2 + ctx.rng.bounded(3));
        if (published <= today)
            r.set(QStringLiteral("published_on"), published);
        out << r;
    }
    return out;
}

QList<Record> seasonalDishes(Context& ctx) {
    struct Dish {
        int month;
        const char *term, *dish, *description;
    };
    static const QList<Dish> dishes{
        {2, "yushui", "雨水春卷", "春卷皮包裹时令青菜和胡萝卜丝，讲雨水节气的故事"},
        {3, "jingzhe", "惊蛰梨子羹", "民间有惊蛰吃梨的习俗，冰糖炖梨润肺"},
        {4, "qingming", "艾草青团", "艾草汁和糯米粉做皮，豆沙馅，孩子们参与揉团"},
        {5, "lixia", "立夏五彩饭", "立夏吃五彩饭，豌豆、玉米、胡萝卜与米饭同煮"},
        {6, "xiazhi", "夏至凉面", "冬至饺子夏至面，番茄鸡蛋卤"},
        {7, "xiaoshu", "小暑绿豆汤", "清热解暑的绿豆汤，少糖"},
        {9, "bailu", "白露红薯饼", "红薯蒸熟压泥做饼，香甜软糯"},
        {10, "shuangjiang", "霜降柿子饼", "霜降吃柿子，柿子面饼烙制"},
        {11, "lidong", "立冬饺子", "白菜猪肉馅饺子，各班包饺子体验"},
        {12, "dongzhi", "冬至汤圆", "黑芝麻小汤圆，控制大小防噎"},
        {1, "xiaohan", "小寒腊八粥", "八种谷豆熬煮的腊八粥"},
    };
    QSet<QDate> months;
    for (const QDate& d : ctx.schoolDays())
        months.insert(canteen::firstOfMonth(d));
    QList<QDate> sorted(months.cbegin(), months.cend());
    std::sort(sorted.begin(), sorted.end());
    QList<Record> out;
    for (const QDate& month : sorted)
        for (const Dish& d : dishes)
            if (d.month == month.month()) {
                Record r;
                r.set(QStringLiteral("month"), month);
                r.set(QStringLiteral("solar_term"), QString::fromLatin1(d.term));
                r.set(QStringLiteral("dish"), QString::fromUtf8(d.dish));
                r.set(QStringLiteral("description"), QString::fromUtf8(d.description));
                out << r;
            }
    return out;
}

// Two meetings a semester, in its second and its last full month.
QList<Record> committeeMeetings(Context& ctx, const QStringList& directors) {
    const QString chair = directors.isEmpty() ? QStringLiteral("园长") : directors.first();
    const QString health =
        ctx.healthTeachers.isEmpty() ? QStringLiteral("保健老师") : ctx.healthTeachers.first();
    QList<Record> out;
    const QDate today = ctx.db.now().date();
    for (QDate month = canteen::firstOfMonth(ctx.first); month <= today; month = month.addMonths(1)) {
        if (month.month() != 10 && month.month() != 12 && month.month() != 3 && month.month() != 6)
            continue;
        QDate day = month.addDays(14);
        while (!ctx.isSchoolDay(day))
            day = day.addDays(1);
        if (day > today)
            continue;
        Record r;
        r.set(QStringLiteral("date"), day);
        r.set(QStringLiteral("attendees"),
              QStringLiteral("%1（主持）、%2、食堂组长、各年级家长代表共6人").arg(chair, health));
        r.set(QStringLiteral("minutes"),
              QStringLiteral("通报本阶段菜谱、伙食收支和家长陪餐反馈；家长代表试吃当日午餐并提出建议。"));
        r.set(QStringLiteral("decisions"),
              ctx.rng.bounded(2) ? QStringLiteral("下月起每周增加一次粗粮点心；继续减盐行动。")
                                 : QStringLiteral("调整汤品出锅时间以保证温度；增加时令水果品种。"));
        out << r;
    }
    return out;
}

// A parent visit each Wednesday, booked the week before; next week's is booked already.
QList<Record> committeeVisits(Context& ctx) {
    static const QStringList classes{QStringLiteral("小一班"), QStringLiteral("小二班"),
                                     QStringLiteral("中一班"), QStringLiteral("中二班"),
                                     QStringLiteral("大一班"), QStringLiteral("大二班")};
    static const QStringList surnames{QStringLiteral("陈"), QStringLiteral("王"), QStringLiteral("李"),
                                      QStringLiteral("张"), QStringLiteral("刘"), QStringLiteral("杨")};
    static const QList<std::pair<QString, QString>> feedback{
        {QStringLiteral("菜品新鲜，荤素搭配合理，孩子们吃得很香。"),
         QStringLiteral("感谢肯定，我们会继续保持。")},
        {QStringLiteral("青菜偏咸，建议再少放些盐。"),
         QStringLiteral("已请厨房减盐，并在下次膳委会上通报。")},
        {QStringLiteral("汤有点凉，希望冬天注意保温。"), QStringLiteral("已调整出锅时间，汤桶加盖保温。")},
        {QStringLiteral("验菜过程规范，留样和农残检测记录齐全。"), QStringLiteral("欢迎更多家长预约参与。")},
    };
    const QDate today = ctx.db.now().date();
    QList<Record> out;
    const Record base = newRecord(canteen::mealCommitteeVisitsKind(), nullptr, ctx.db.ruleContext());
    QList<QDate> days;
    for (const QDate& d : ctx.schoolDays())
        if (d.dayOfWeek() == 3)
            days << d;
    QDate next = today.addDays(1);
    while (next.dayOfWeek() != 3 || !ctx.isSchoolDay(next))
        next = next.addDays(1);
    days << next;
    for (const QDate& day : days) {
        Record r = base;
        r.set(QStringLiteral("date"), day);
        r.set(QStringLiteral("booked_on"), qMin(day.addDays(-7), today));
        r.set(QStringLiteral("parent"),
              ctx.pick(surnames) + (ctx.rng.bounded(3) ? QStringLiteral("女士") : QStringLiteral("先生")));
        r.set(QStringLiteral("child_class"), ctx.pick(classes));
        r.set(QStringLiteral("inspect_food"), true);
        r.set(QStringLiteral("eat_with_children"), ctx.rng.bounded(4) != 0);
        if (day < today || (day == today && ctx.db.now().time() >= QTime(13, 0))) {
            const auto& [said, answer] = ctx.pick(feedback);
            r.set(QStringLiteral("feedback"), said);
            r.set(QStringLiteral("response"), answer);
        }
        out << r;
    }
    return out;
}

// Every Friday the health teacher checks three areas; a few checks find something.
QList<Record> hygieneChecks(Context& ctx) {
    static const QStringList areas{QStringLiteral("kitchen"),       QStringLiteral("serving-room"),
                                   QStringLiteral("storeroom"),     QStringLiteral("tableware-disinfection"),
                                   QStringLiteral("sample-fridge"), QStringLiteral("changing-room")};
    static const QList<std::pair<QString, QString>> findings{
        {QStringLiteral("waste_covered"), QStringLiteral("操作间垃圾桶未加盖，已当场整改")},
        {QStringLiteral("surfaces_clean"), QStringLiteral("灶台油污未及时清理，已要求收工前清洁")},
        {QStringLiteral("disinfection_records"), QStringLiteral("周三餐具消毒记录漏签，已补签并提醒")},
        {QStringLiteral("raw_cooked_separate"), QStringLiteral("生熟砧板混放，已重新分区标识")},
    };
    const QString inspector =
        ctx.healthTeachers.isEmpty() ? QStringLiteral("保健老师") : ctx.healthTeachers.first();
    const QDateTime now = ctx.db.now();
    const Record base = newRecord(canteen::kitchenHygieneChecksKind(), nullptr, ctx.db.ruleContext());
    QList<Record> out;
    for (const QDate& day : ctx.schoolDays()) {
        if (day.dayOfWeek() != 5 || QDateTime(day, QTime(15, 0)) > now)
            continue;
        QStringList pool = areas;
        for (int i = 0; i < 3; ++i) {
            Record r = base;
            r.set(QStringLiteral("date"), day);
            r.set(QStringLiteral("area"), pool.takeAt(ctx.rng.bounded(int(pool.size()))));
            r.set(QStringLiteral("inspector"), inspector);
            if (ctx.rng.bounded(20) == 0) {
                const auto& [item, problem] = ctx.pick(findings);
                r.set(item, false);
                r.set(QStringLiteral("problems"), problem);
            }
            out << r;
        }
    }
    return out;
}

} // namespace

Result<Summary> generateCanteenLife(Context& ctx) {
    auto admins = staffWithPost(ctx, QStringLiteral("administrator"));
    auto teachers = staffWithPost(ctx, QStringLiteral("teacher"));
    auto directors = staffWithPost(ctx, QStringLiteral("director"));
    if (!admins)
        return admins.error();
    if (!teachers)
        return teachers.error();
    if (!directors)
        return directors.error();
    const QStringList gradeLeaders = teachers->mid(0, 3); // one leader per grade: 小班, 中班, 大班
    const QList<std::pair<const RecordKind*, QList<Record>>> batches{
        {&canteen::mealAccompanimentsKind(), accompaniments(ctx, *admins, gradeLeaders, *directors)},
        {&canteen::canteenAccountsKind(), accounts(ctx)},
        {&canteen::seasonalDishesKind(), seasonalDishes(ctx)},
        {&canteen::mealCommitteeKind(), committeeMeetings(ctx, *directors)},
        {&canteen::mealCommitteeVisitsKind(), committeeVisits(ctx)},
        {&canteen::kitchenHygieneChecksKind(), hygieneChecks(ctx)},
    };
    Summary summary;
    for (const auto& [kind, records] : batches) {
        auto ids = RecordRepository(ctx.db, *kind).insertAll(records, ctx.who);
        if (!ids)
            return ids.error();
        summary.insert(kind->key, int(ids->size()));
    }
    return summary;
}

} // namespace houqin::demo
