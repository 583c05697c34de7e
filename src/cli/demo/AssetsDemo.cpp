// Demo data of the assets module, part one: the register of both campuses (furniture, appliances, teaching
// aids, kitchen and special equipment in every room, bought over the years, numbered per campus and year),
// a disposal of worn-out items, teaching aids lent to classes and teachers (most back on time, a few late,
// a few overdue now) and repair requests in every state of the 维修 workflow.
#include "DemoData.h"
#include "domain/assets/AssetKinds.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/WorkflowService.h"

namespace houqin::demo {

namespace {

namespace a = assets::asset;
namespace l = assets::loan;
namespace rp = assets::repair;
namespace d = assets::disposal;

struct Item {
    const char* name;
    const char* category;
    const char* model;
    const char* unit;
    int minYuan, maxYuan;
    bool perClass; // one in every classroom
};

const QList<Item>& catalogue() {
    static const QList<Item> items{
        {"幼儿桌", "furniture", "1200×600 六人桌", "张", 280, 460, true},
        {"幼儿椅", "furniture", "塑料靠背椅", "把", 45, 90, true},
        {"玩具柜", "furniture", "实木五格", "个", 600, 1300, true},
        {"午睡床", "furniture", "实木单人床", "张", 320, 520, true},
        {"空调", "general-equipment", "格力 KFR-72LW", "台", 4200, 6800, true},
        {"电视机", "general-equipment", "海信 65E3F", "台", 2800, 4600, true},
        {"钢琴", "special-equipment", "珠江 UP118", "台", 9800, 16800, true},
        {"电子琴", "special-equipment", "雅马哈 PSR-E373", "台", 1200, 1990, false},
        {"消毒柜", "special-equipment", "康宝 ZTP108", "台", 1300, 1700, true},
        {"饮水机", "general-equipment", "温热型", "台", 600, 1400, true},
        {"紫外线消毒灯", "special-equipment", "移动式 30W", "台", 900, 1600, false},
        {"台式电脑", "general-equipment", "联想 启天 M450", "台", 4200, 5600, false},
        {"笔记本电脑", "general-equipment", "联想 ThinkPad E14", "台", 4800, 6200, false},
        {"打印机", "general-equipment", "惠普 M232dw", "台", 1100, 1900, false},
        {"投影仪", "general-equipment", "爱普生 CB-X06", "台", 2600, 3900, false},
        {"办公桌", "furniture", "1400×700", "张", 700, 1200, false},
        {"文件柜", "furniture", "钢制双开门", "个", 560, 980, false},
        {"积木套装", "teaching-aids", "大颗粒 500 件", "套", 380, 980, true},
        {"图书角书架", "furniture", "实木三层", "个", 420, 860, true},
        {"感统训练器材", "teaching-aids", "平衡木组合", "套", 1500, 3800, false},
        {"大型组合滑梯", "special-equipment", "户外组合 ZH-12", "套", 28000, 56000, false},
        {"消防灭火器", "general-equipment", "MFZ/ABC4", "具", 90, 160, false},
        {"冰箱", "general-equipment", "海尔 BCD-520", "台", 3200, 4800, false},
        {"留样冰箱", "special-equipment", "海尔 HYC-310", "台", 1900, 2800, false},
        {"蒸饭柜", "special-equipment", "24 盘电热", "台", 5200, 7800, false},
        {"和面机", "special-equipment", "HWT-25", "台", 1400, 2600, false},
        {"监控摄像头", "general-equipment", "海康 DS-2CD", "个", 380, 980, false},
        {"体重身高测量仪", "special-equipment", "HGM-200", "台", 1480, 2200, false},
    };
    return items;
}

const QStringList& classRooms() {
    static const QStringList rooms{QStringLiteral("小一班"), QStringLiteral("小二班"),
                                   QStringLiteral("中一班"), QStringLiteral("中二班"),
                                   QStringLiteral("大一班"), QStringLiteral("大二班")};
    return rooms;
}

// The room and department an item other than a classroom's belongs to, by its name.
QPair<QString, QString> placeOf(const QString& name) {
    if (name.contains(QStringLiteral("冰箱")) || name.contains(QStringLiteral("蒸饭")) ||
        name.contains(QStringLiteral("和面")))
        return {QStringLiteral("厨房"), QStringLiteral("食堂")};
    if (name.contains(QStringLiteral("测量")) || name.contains(QStringLiteral("紫外线")))
        return {QStringLiteral("保健室"), QStringLiteral("保健室")};
    if (name.contains(QStringLiteral("滑梯")) || name.contains(QStringLiteral("感统")))
        return {QStringLiteral("户外场地"), QStringLiteral("教学部")};
    if (name.contains(QStringLiteral("监控")) || name.contains(QStringLiteral("灭火器")))
        return {QStringLiteral("门卫室"), QStringLiteral("后勤部")};
    if (name.contains(QStringLiteral("琴")) || name.contains(QStringLiteral("投影")))
        return {QStringLiteral("多功能厅"), QStringLiteral("教学部")};
    return {QStringLiteral("办公室"), QStringLiteral("办公室")};
}

Result<QList<Record>> makeAssets(Context& ctx) {
    const KindergartenSettings& s = ctx.db.settings();
    const QDate today = ctx.db.now().date();
    const QStringList& people = ctx.office.isEmpty() ? ctx.activeStaff : ctx.office;
    QList<Record> out;
    QMap<QString, int> numbers; // "campus|year" -> last number
    const int spanYears = qMax(1, int(ctx.first.daysTo(ctx.last) / 365));
    for (const QString& campus : s.campuses) {
        // What was bought over the years: everything a room needs at the start, more each year.
        QList<QPair<const Item*, QString>> wanted; // item, room
        for (const Item& item : catalogue()) {
            if (item.perClass)
                for (const QString& room : classRooms())
                    wanted << qMakePair(&item, room);
            else
                for (int n = 1 + ctx.rng.bounded(3); n > 0; --n)
                    wanted << qMakePair(&item, placeOf(QString::fromUtf8(item.name)).first);
        }
        for (int extra = 0; extra < 40 * spanYears; ++extra) {
            const Item& item = ctx.pick(catalogue());
            wanted << qMakePair(&item, item.perClass ? ctx.pick(classRooms())
                                                     : placeOf(QString::fromUtf8(item.name)).first);
        }
        for (const auto& [item, room] : wanted) {
            const QDate acquired =
                ctx.first.addDays(ctx.rng.bounded(int(qMax<qint64>(1, ctx.first.daysTo(today)))));
            const QString key = campus + QLatin1Char('|') + QString::number(acquired.year());
            const int number = ++numbers[key];
            const QString name = QString::fromUtf8(item->name);
            const bool classroom = classRooms().contains(room);
            Record r;
            r.set(a::kCode, assets::assetCode(s, campus, acquired.year(), number));
            r.set(a::kName, name);
            r.set(a::kCategory, QString::fromLatin1(item->category));
            r.set(a::kModel, QString::fromUtf8(item->model));
            r.set(a::kUnit, QString::fromUtf8(item->unit));
            const bool many = QString::fromUtf8(item->unit) == QStringLiteral("把");
            r.set(a::kQuantity, QVariant::fromValue<qint64>(many ? 10 + ctx.rng.bounded(21) : 1));
            const int yuan = item->minYuan + ctx.rng.bounded(item->maxYuan - item->minYuan + 1);
            r.set(a::kUnitPrice, QVariant::fromValue<qint64>(qint64(yuan) * 100 + ctx.rng.bounded(2) * 50));
            r.set(a::kAcquiredOn, acquired);
            r.set(a::kSource,
                  ctx.rng.bounded(15) == 0 ? QStringLiteral("donation") : QStringLiteral("purchase"));
            r.set(a::kCampus, campus);
            r.set(a::kLocation, room);
            r.set(a::kDepartment, classroom ? QStringLiteral("教学部") : placeOf(name).second);
            r.set(a::kCustodian, ctx.pick(classroom && !ctx.teachers.isEmpty() ? ctx.teachers : people));
            const int roll = ctx.rng.bounded(40);
            r.set(a::kStatus, roll == 0 ? a::kIdle : roll == 1 ? a::kRepairing : a::kInUse);
            out << r;
        }
    }
    return out;
}

Result<int> makeDisposals(Context& ctx, const QList<Record>& stored) {
    // Worn-out chairs and tables bought in the first year: a few of them go each year.
    QStringList codes;
    for (const Record& r : stored)
        if (r.value(a::kCategory).toString() == QStringLiteral("furniture") &&
            r.value(a::kAcquiredOn).toDate() < ctx.first.addDays(200) && codes.size() < 6)
            codes << r.value(a::kCode).toString();
    if (codes.isEmpty())
        return 0;
    Record disposal;
    disposal.set(d::kDate, ctx.db.now().date().addDays(-30));
    disposal.set(d::kCampus, ctx.db.settings().campuses.first());
    disposal.set(d::kReason, QStringLiteral("使用年限已满，破损严重，无维修价值"));
    disposal.set(d::kMethod, QStringLiteral("scrap"));
    disposal.set(d::kApprovedBy, ctx.office.value(0, QStringLiteral("园长")));
    disposal.set(d::kApprovalRef, QStringLiteral("园办〔%1〕3 号").arg(ctx.db.now().date().year()));
    disposal.set(d::kHandledBy, ctx.pick(ctx.office.isEmpty() ? ctx.activeStaff : ctx.office));
    for (const QString& code : codes) {
        Record line;
        line.set(d::kAssetCode, code);
        disposal.lines << line;
    }
    auto id = RecordRepository(ctx.db, assets::disposalsKind()).insert(disposal, ctx.who);
    if (!id)
        return id.error();
    return 1;
}

Result<int> makeLoans(Context& ctx, const QList<Record>& stored) {
    const QDate today = ctx.db.now().date();
    QList<const Record*> aids;
    for (const Record& r : stored)
        if (r.value(a::kCategory).toString() == QStringLiteral("teaching-aids") &&
            r.value(a::kStatus).toString() == a::kInUse)
            aids << &r;
    if (aids.isEmpty())
        return 0;
    QList<Record> loans;
    int overdueLeft = 3;
    for (QDate day = qMax(ctx.first, today.addYears(-1)); day <= today;
         day = day.addDays(3 + ctx.rng.bounded(5))) {
        if (!ctx.isSchoolDay(day))
            continue;
        const Record& aid = *ctx.pick(aids);
        Record r;
        r.set(l::kAssetCode, aid.value(a::kCode));
        r.set(l::kItem, aid.value(a::kName));
        r.set(l::kQuantity, QVariant::fromValue<qint64>(1));
        r.set(l::kCampus, aid.value(a::kCampus));
        const bool toClass = ctx.rng.bounded(2) == 0;
        r.set(l::kBorrowerType, toClass ? QStringLiteral("class") : QStringLiteral("person"));
        r.set(l::kBorrower, toClass ? ctx.pick(classRooms())
                                    : ctx.pick(ctx.teachers.isEmpty() ? ctx.activeStaff : ctx.teachers));
        r.set(l::kLentOn, day);
        const QDate due = day.addDays(7 + 7 * ctx.rng.bounded(3));
        r.set(l::kDueOn, due);
        const bool overdueNow = due < today && due >= today.addDays(-20) && overdueLeft > 0;
        if (overdueNow) {
            --overdueLeft; // still out, past due
        } else if (due < today || ctx.rng.bounded(3) == 0) {
            const int roll = ctx.rng.bounded(10);
            QDate back = roll == 0 ? due.addDays(1 + ctx.rng.bounded(5)) : due.addDays(-ctx.rng.bounded(4));
            if (back > today && due < today)
                back = due; // not late beyond today: only the chosen few are overdue now
            if (back <= today && back >= day) {
                r.set(l::kReturnedOn, back);
                r.set(l::kCondition,
                      ctx.rng.bounded(12) == 0 ? QStringLiteral("damaged") : QStringLiteral("good"));
            }
        }
        loans << r;
    }
    auto ids = RecordRepository(ctx.db, assets::loansKind()).insertAll(loans, ctx.who);
    if (!ids)
        return ids.error();
    return int(ids->size());
}

Result<int> makeRepairs(Context& ctx, const QList<Record>& stored) {
    static const QList<QPair<QString, QString>> faults{
        {QStringLiteral("空调"), QStringLiteral("空调不制冷，室外机异响")},
        {QStringLiteral("饮水机"), QStringLiteral("饮水机加热指示灯不亮")},
        {QStringLiteral("幼儿椅"), QStringLiteral("两把椅子椅腿松动")},
        {QStringLiteral("午睡床"), QStringLiteral("床板开裂")},
        {QStringLiteral("电视机"), QStringLiteral("电视无信号")},
        {QStringLiteral("大型组合滑梯"), QStringLiteral("滑梯扶手螺丝松动，有安全隐患")},
        {QStringLiteral("打印机"), QStringLiteral("打印机卡纸，进纸器损坏")},
        {QStringLiteral("消毒柜"), QStringLiteral("消毒柜门关不严")},
    };
    const QDate today = ctx.db.now().date();
    const QStringList& office = ctx.office.isEmpty() ? ctx.activeStaff : ctx.office;
    const QStringList repairers{QStringLiteral("王师傅"), QStringLiteral("李师傅")};
    QList<Record> requests;
    QList<QDate> days;
    for (QDate day = qMax(ctx.first, today.addYears(-1)); day <= today;
         day = day.addDays(4 + ctx.rng.bounded(6))) {
        if (!ctx.isSchoolDay(day) && day != today)
            continue;
        const auto& [word, fault] = ctx.pick(faults);
        const Record* asset = nullptr;
        for (const Record& r : stored)
            if (r.value(a::kName).toString() == word && r.value(a::kStatus).toString() != a::kDisposed) {
                asset = &r;
                if (ctx.rng.bounded(3) == 0)
                    break;
            }
        Record r;
        r.set(rp::kReportedOn, day);
        r.set(rp::kReporter, ctx.pick(ctx.teachers.isEmpty() ? ctx.activeStaff : ctx.teachers));
        r.set(rp::kCampus, asset ? asset->value(a::kCampus) : QVariant(ctx.db.settings().campuses.first()));
        r.set(rp::kPlace, asset ? asset->value(a::kLocation) : QVariant(QStringLiteral("户外场地")));
        if (asset)
            r.set(rp::kAssetCode, asset->value(a::kCode));
        r.set(rp::kDescription, fault);
        const int roll = ctx.rng.bounded(6);
        r.set(rp::kPriority, roll == 0 ? rp::kUrgent : roll == 1 ? rp::kLow : rp::kNormal);
        r.set(rp::kState, rp::kWaiting);
        requests << r;
        days << day;
    }
    // One urgent request nobody has dispatched for three days, for the dashboard.
    Record urgent;
    urgent.set(rp::kReportedOn, today.addDays(-3));
    urgent.set(rp::kReporter, ctx.pick(ctx.teachers.isEmpty() ? ctx.activeStaff : ctx.teachers));
    urgent.set(rp::kCampus, ctx.db.settings().campuses.last());
    urgent.set(rp::kPlace, QStringLiteral("中一班"));
    urgent.set(rp::kDescription, QStringLiteral("盥洗室水管漏水，地面湿滑"));
    urgent.set(rp::kPriority, rp::kUrgent);
    urgent.set(rp::kState, rp::kWaiting);
    requests << urgent;
    days << today.addDays(-3);
    auto ids = RecordRepository(ctx.db, assets::repairsKind()).insertAll(requests, ctx.who);
    if (!ids)
        return ids.error();
    WorkflowService wf(ctx.db);
    const RecordKind& kind = assets::repairsKind();
    // By age: the newest request waits, the next two are being repaired, the next two wait for
    // acceptance, the rest are accepted.
    const qsizetype newest = ids->size() - 2;
    for (qsizetype i = 0; i <= newest; ++i) {
        const qint64 id = ids->at(i);
        const qint64 age = days.at(i).daysTo(today);
        const qsizetype rank = newest - i;
        if (rank == 0)
            continue; // waiting
        const bool self = ctx.rng.bounded(5) == 0;
        const QString repairer = self ? requests.at(i).value(rp::kReporter).toString() : ctx.pick(repairers);
        auto step = [&](const QString& key, const QVariantMap& filled, const Actor& who) {
            auto r = wf.take(kind, id, key, filled, {}, who);
            return r ? Status() : Status(r.error());
        };
        if (Status s = step(QStringLiteral("dispatch"),
                            {{rp::kRepairBy, self ? rp::kSelf : QStringLiteral("maintenance")},
                             {rp::kAssignee, repairer}},
                            Actor{office.value(0)});
            !s)
            return s.error();
        if (rank <= 2)
            continue; // being repaired
        const qint64 cost = self ? 0 : (20 + ctx.rng.bounded(400)) * 100;
        if (Status s =
                step(QStringLiteral("complete"),
                     {{rp::kCompletedOn, days.at(i).addDays(qMin<qint64>(age, 1 + ctx.rng.bounded(3)))},
                      {rp::kCost, QVariant::fromValue<qint64>(cost)},
                      {rp::kWorkDone, QStringLiteral("已检修，恢复正常使用")}},
                     Actor{repairer});
            !s)
            return s.error();
        if (rank <= 4)
            continue; // waiting for acceptance
        QStringList acceptors = office;
        acceptors.removeAll(repairer);
        if (Status s = step(QStringLiteral("accept"), {}, Actor{acceptors.value(0, QStringLiteral("园长"))});
            !s)
            return s.error();
    }
    return int(ids->size());
}

} // namespace

Result<Summary> generateAssets(Context& ctx) {
    Summary summary;
    auto made = makeAssets(ctx);
    if (!made)
        return made.error();
    RecordRepository repo(ctx.db, assets::assetsKind());
    auto ids = repo.insertAll(*made, ctx.who);
    if (!ids)
        return ids.error();
    summary.insert(QStringLiteral("assets"), int(ids->size()));
    auto disposals = makeDisposals(ctx, *made);
    if (!disposals)
        return disposals.error();
    summary.insert(QStringLiteral("disposals"), *disposals);
    auto loans = makeLoans(ctx, *made);
    if (!loans)
        return loans.error();
    summary.insert(QStringLiteral("loans"), *loans);
    auto repairs = makeRepairs(ctx, *made);
    if (!repairs)
        return repairs.error();
    summary.insert(QStringLiteral("repairs"), *repairs);
    auto stocktakes = generateStocktakes(ctx);
    if (!stocktakes)
        return stocktakes.error();
    summary.insert(QStringLiteral("stocktakes"), *stocktakes);
    return summary;
}

} // namespace houqin::demo
