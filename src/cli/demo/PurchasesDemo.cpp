// Demo data of the assets module, part 2a: purchase requests of both campuses in every state of the 申购
// workflow (three put in stock, so their items are in the register with the next codes), and the supplies
// issued to every class of both campuses in week 1 of the semester (the plan's 发放教学、生活用品), with a
// few later issues of office and cleaning supplies.
#include "DemoData.h"
#include "domain/SemesterCalendar.h"
#include "domain/assets/AssetKinds.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/WorkflowService.h"

namespace houqin::demo {

namespace {

namespace a = assets::asset;
namespace p = assets::purchase;
namespace q = assets::requisition;

struct Want {
    const char* name;
    const char* category;
    const char* model;
    const char* unit;
    int quantity;
    int yuan;
};

struct Plan {
    const char* reason;
    QList<Want> items;
    int daysAgo;
    QString state; // how far it has gone
};

const QList<Plan>& plans() {
    static const QList<Plan> list{
        {"新学期中三班开班，添置幼儿桌椅和电脑",
         {{"幼儿椅", "furniture", "塑料靠背椅", "把", 30, 80},
          {"幼儿桌", "furniture", "1200×600 六人桌", "张", 5, 380},
          {"台式电脑", "general-equipment", "联想 启天 M450", "台", 2, 4600}},
         75,
         p::kStocked},
        {"保健室更换紫外线消毒灯",
         {{"紫外线消毒灯", "special-equipment", "移动式 30W", "台", 2, 1580}},
         52,
         p::kStocked},
        {"图书角补充绘本和书架",
         {{"图书角书架", "furniture", "实木三层", "个", 3, 560},
          {"绘本", "books", "幼儿绘本套装", "套", 12, 168}},
         38,
         p::kStocked},
        {"旧打印机卡纸频繁，申购新打印机",
         {{"打印机", "general-equipment", "惠普 M232dw", "台", 1, 1490}},
         24,
         p::kRejected},
        {"户外活动区添置感统训练器材",
         {{"感统训练器材", "teaching-aids", "平衡木组合", "套", 1, 2680}},
         12,
         p::kAccepted},
        {"厨房更换和面机", {{"和面机", "special-equipment", "HWT-25", "台", 1, 2100}}, 6, p::kApproved},
        {"各班补充积木", {{"积木套装", "teaching-aids", "大颗粒 500 件", "套", 6, 420}}, 2, p::kRequested},
        {"门卫室添置监控摄像头",
         {{"监控摄像头", "general-equipment", "海康 DS-2CD", "个", 4, 560}},
         1,
         p::kRequested},
    };
    return list;
}

Result<int> makePurchaseRequests(Context& ctx) {
    const QDate today = ctx.db.now().date();
    const QStringList& campuses = ctx.db.settings().campuses;
    const QStringList& office = ctx.office.isEmpty() ? ctx.activeStaff : ctx.office;
    const QString director = office.value(0, QStringLiteral("园长"));
    const QString storekeeper = office.value(1, QStringLiteral("总务"));
    const QString accountant = office.value(2, QStringLiteral("会计"));
    const QStringList& requesters = ctx.teachers.isEmpty() ? ctx.activeStaff : ctx.teachers;
    RecordRepository repo(ctx.db, assets::purchaseRequestsKind());
    WorkflowService wf(ctx.db);
    int n = 0;
    for (const Plan& plan : plans()) {
        const QDate on = today.addDays(-plan.daysAgo);
        const QString campus = campuses.value(n % qMax<qsizetype>(1, campuses.size()));
        Record r;
        r.set(p::kRequestedOn, on);
        r.set(p::kRequester, requesters.value(ctx.rng.bounded(int(qMax<qsizetype>(1, requesters.size()))),
                                              QStringLiteral("张老师")));
        if (!campus.isEmpty())
            r.set(p::kCampus, campus);
        r.set(p::kReason, QString::fromUtf8(plan.reason));
        r.set(p::kState, p::kRequested);
        for (const Want& w : plan.items) {
            Record l;
            l.set(a::kName, QString::fromUtf8(w.name));
            l.set(a::kCategory, QString::fromLatin1(w.category));
            l.set(a::kModel, QString::fromUtf8(w.model));
            l.set(a::kUnit, QString::fromUtf8(w.unit));
            l.set(a::kQuantity, QVariant::fromValue<qint64>(w.quantity));
            l.set(a::kUnitPrice, QVariant::fromValue<qint64>(qint64(w.yuan) * 100));
            r.lines << l;
        }
        auto id = repo.insert(r, ctx.who);
        if (!id)
            return id.error();
        ++n;
        auto step = [&](const QString& key, const QVariantMap& filled, const QString& who,
                        const QString& note = {}) {
            auto done = wf.take(assets::purchaseRequestsKind(), *id, key, filled, note, Actor{who});
            return done ? Status() : Status(done.error());
        };
        if (plan.state == p::kRequested)
            continue;
        const QDate reviewed = on.addDays(qMin(plan.daysAgo, 1));
        if (plan.state == p::kRejected) {
            if (Status s = step(QStringLiteral("reject"), {{p::kReviewedOn, reviewed}}, director,
                                QStringLiteral("旧打印机送修后可继续使用，暂缓购买"));
                !s)
                return s.error();
            continue;
        }
        if (Status s = step(QStringLiteral("approve"), {{p::kReviewedOn, reviewed}}, director); !s)
            return s.error();
        if (plan.state == p::kApproved)
            continue;
        const QDate accepted = reviewed.addDays(qMin(plan.daysAgo - 1, 7));
        if (Status s = step(QStringLiteral("accept"),
                            {{p::kAcceptedOn, accepted}, {p::kSecondSigner, accountant}}, storekeeper);
            !s)
            return s.error();
        if (plan.state == p::kAccepted)
            continue;
        if (Status s = step(QStringLiteral("stock"), {{p::kStockedOn, accepted.addDays(1)}}, storekeeper); !s)
            return s.error();
    }
    return n;
}

// Week 1: every class of both campuses gets its teaching and daily supplies; later, the office and the
// cleaners get theirs now and then.
Result<int> makeRequisitions(Context& ctx) {
    const KindergartenSettings& s = ctx.db.settings();
    const QDate today = ctx.db.now().date();
    const SemesterCalendar calendar(s.semesterStart);
    const QDate week1 = calendar.isValid() ? calendar.mondayOfWeek(1) : today.addDays(-today.dayOfWeek() + 1);
    if (week1 > today)
        return 0;
    const QStringList& office = ctx.office.isEmpty() ? ctx.activeStaff : ctx.office;
    const QString storekeeper = office.value(1, QStringLiteral("总务"));
    const QStringList rooms{QStringLiteral("小一班"), QStringLiteral("小二班"), QStringLiteral("中一班"),
                            QStringLiteral("中二班"), QStringLiteral("大一班"), QStringLiteral("大二班")};
    using Items = QList<std::tuple<const char*, int, const char*>>;
    const Items teaching{
        {"彩色卡纸", 50, "张"}, {"水彩笔", 6, "盒"}, {"胶棒", 10, "支"}, {"A4 打印纸", 2, "包"}};
    const Items daily{{"抽纸", 20, "包"}, {"洗手液", 4, "瓶"}, {"毛巾", 35, "条"}, {"一次性手套", 2, "盒"}};
    const Items cleaning{{"84 消毒液", 6, "瓶"}, {"垃圾袋", 10, "卷"}, {"拖把", 2, "把"}};
    const Items officeItems{{"A4 打印纸", 5, "包"}, {"签字笔", 2, "盒"}, {"文件夹", 10, "个"}};
    auto lines = [](const Items& items) {
        QList<Record> out;
        for (const auto& [item, quantity, unit] : items) {
            Record l;
            l.set(q::kItem, QString::fromUtf8(item));
            l.set(q::kQuantity, QVariant::fromValue<qint64>(quantity));
            l.set(q::kUnit, QString::fromUtf8(unit));
            out << l;
        }
        return out;
    };
    QList<Record> records;
    auto issue = [&](QDate on, const QString& campus, const QString& type, const QString& to,
                     const QString& purpose, const Items& items) {
        Record r;
        r.set(q::kIssuedOn, on);
        if (!campus.isEmpty())
            r.set(q::kCampus, campus);
        r.set(q::kRecipientType, type);
        r.set(q::kRecipient, to);
        r.set(q::kPurpose, purpose);
        r.set(q::kIssuedBy, storekeeper);
        r.set(q::kReceivedBy, ctx.pick(ctx.teachers.isEmpty() ? ctx.activeStaff : ctx.teachers));
        r.lines = lines(items);
        records << r;
    };
    for (const QString& campus : s.campuses)
        for (const QString& room : rooms) {
            issue(week1, campus, QStringLiteral("class"), room, QStringLiteral("teaching"), teaching);
            issue(week1.addDays(1), campus, QStringLiteral("class"), room, QStringLiteral("daily"), daily);
        }
    for (QDate d = week1.addDays(28); d <= today; d = d.addDays(28)) {
        const QString campus = s.campuses.value(ctx.rng.bounded(int(qMax<qsizetype>(1, s.campuses.size()))));
        issue(d, campus, QStringLiteral("person"), office.value(2, storekeeper), QStringLiteral("office"),
              officeItems);
        issue(d.addDays(1), campus, QStringLiteral("person"), ctx.pick(ctx.activeStaff),
              QStringLiteral("cleaning"), cleaning);
    }
    auto ids = RecordRepository(ctx.db, assets::requisitionsKind()).insertAll(records, ctx.who);
    if (!ids)
        return ids.error();
    return int(ids->size());
}

} // namespace

Result<Summary> generatePurchases(Context& ctx) {
    Summary summary;
    RecordRepository register_(ctx.db, assets::assetsKind());
    auto before = register_.count();
    if (!before)
        return before.error();
    auto requests = makePurchaseRequests(ctx);
    if (!requests)
        return requests.error();
    summary.insert(QStringLiteral("purchase-requests"), *requests);
    auto after = register_.count();
    if (!after)
        return after.error();
    summary.insert(QStringLiteral("assets"), int(*after - *before)); // the entries put in stock
    auto issued = makeRequisitions(ctx);
    if (!issued)
        return issued.error();
    summary.insert(QStringLiteral("requisitions"), *issued);
    return summary;
}

} // namespace houqin::demo
