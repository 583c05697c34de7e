// Exists / NotExists conditions: filters that look at other records (or a record's own item lines), built
// by storage/ConditionSql into subqueries with bound values, on real SQLite files. The filters here are
// test filters on copies of real kinds, so the generic machinery is tested apart from the modules' own
// declarations (those are tested in canteen/CanteenStaffFiltersTest.cpp).
#include "storage/ConditionSql.h"

#include "TestSupport.h"
#include "domain/KindRegistry.h"
#include "domain/canteen/HealthCertificates.h"
#include "domain/canteen/MorningChecks.h"
#include "domain/canteen/PesticideTests.h"
#include "domain/staff/StaffKind.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"

#include <gtest/gtest.h>

using namespace houqin;

namespace {
using Op = Condition::Op;
const QDate kToday(2026, 9, 8); // a Tuesday

Condition is(const QString& field, const QVariant& v) {
    return {field, Op::Eq, [v](const RuleContext&) { return v; }, {}};
}
Condition related(Op op, const QString& kindKey, QList<QPair<QString, QString>> links,
                  QList<Condition> conditions = {}, bool lines = false) {
    auto q = std::make_shared<RelatedQuery>();
    q->kindKey = kindKey;
    q->lines = lines;
    q->links = std::move(links);
    q->conditions = std::move(conditions);
    return {{}, op, {}, std::move(q)};
}
const QPair<QString, QString> kByPerson{QStringLiteral("person"), QStringLiteral("name")};

QStringList names(const Result<QList<Record>>& rows, const QString& key = QStringLiteral("name")) {
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? std::string() : rows.error().message.toStdString());
    QStringList out;
    if (rows.ok())
        for (const Record& r : *rows)
            out << r.value(key).toString();
    return out;
}

class ConditionSqlTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(kToday, QTime(10, 0))};
    RecordKind staff = staff::staffKind(); // a copy given test filters

    qint64 insert(const RecordKind& kind, const QVariantMap& values) {
        Record r = newRecord(kind, nullptr, t->ruleContext());
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            r.set(it.key(), it.value());
        auto id = RecordRepository(t.db(), kind).insert(r, test::tester());
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }
    void person(const QString& name, const QString& post = QStringLiteral("canteen")) {
        insert(staff::staffKind(), {{QStringLiteral("name"), name},
                                    {QStringLiteral("post"), post},
                                    {QStringLiteral("campus"), QStringLiteral("滨豪园区")}});
    }
    void check(const QString& name, QDate day) {
        insert(canteen::morningChecksKind(), {{QStringLiteral("date"), day},
                                              {QStringLiteral("person"), name},
                                              {QStringLiteral("temperature_c"), 36.5},
                                              {QStringLiteral("checked_by"), QStringLiteral("保健老师")}});
    }
    void pesticideTest(QDate day) {
        insert(canteen::pesticideTestsKind(), {{QStringLiteral("date"), day},
                                               {QStringLiteral("sample"), QStringLiteral("青菜")},
                                               {QStringLiteral("inhibition_pct"), 10.0},
                                               {QStringLiteral("tester"), QStringLiteral("保健老师")}});
    }
    // The staff (sorted by name) matching a filter made of `conditions`.
    QStringList staffWhere(QList<Condition> conditions, ListQuery q = {}) {
        staff.filters = {{QStringLiteral("f"), "", std::move(conditions)}};
        q.filter = QStringLiteral("f");
        RecordRepository repo(t.db(), staff);
        auto n = repo.count(q);
        EXPECT_TRUE(n.ok());
        const QStringList out = names(repo.list(q));
        EXPECT_EQ(n.ok() ? *n : -1, out.size()) << "count() and list() agree";
        return out;
    }
};
} // namespace

TEST_F(ConditionSqlTest, ExistsAndNotExistsFollowTheLink) {
    person(QStringLiteral("李师傅"));
    person(QStringLiteral("赵阿姨"));
    person(QStringLiteral("钱师傅"));
    check(QStringLiteral("李师傅"), kToday);
    check(QStringLiteral("李师傅"), kToday.addDays(-1));
    check(QStringLiteral("赵阿姨"), kToday.addDays(-1));
    check(QStringLiteral("无名氏"), kToday); // nobody on the staff list: counts for no one

    const QStringList ever = staffWhere({related(Op::Exists, QStringLiteral("morning-checks"), {kByPerson})});
    EXPECT_EQ(ever, (QStringList{QStringLiteral("李师傅"), QStringLiteral("赵阿姨")}))
        << "two checks of one person give one row, not two";
    EXPECT_EQ(staffWhere({related(Op::NotExists, QStringLiteral("morning-checks"), {kByPerson})}),
              QStringList{QStringLiteral("钱师傅")});
    // Without a link every staff member sees every check.
    EXPECT_EQ(staffWhere({related(Op::NotExists, QStringLiteral("morning-checks"), {})}), QStringList{});
}

TEST_F(ConditionSqlTest, InnerConditionsTakeTheirValuesFromTheRuleContext) {
    person(QStringLiteral("李师傅"));
    person(QStringLiteral("赵阿姨"));
    check(QStringLiteral("李师傅"), kToday);
    check(QStringLiteral("赵阿姨"), kToday.addDays(-1));
    const Condition checkedToday = related(
        Op::Exists, QStringLiteral("morning-checks"), {kByPerson},
        {{QStringLiteral("date"), Op::Eq, [](const RuleContext& c) { return QVariant(c.now.date()); }, {}}});
    EXPECT_EQ(staffWhere({checkedToday}), QStringList{QStringLiteral("李师傅")});
    t.setNow(QDateTime(kToday.addDays(-1), QTime(10, 0))); // yesterday, as far as the filter knows
    EXPECT_EQ(staffWhere({checkedToday}), QStringList{QStringLiteral("赵阿姨")});
    t.setNow(QDateTime(kToday.addDays(1), QTime(10, 0)));
    EXPECT_EQ(staffWhere({checkedToday}), QStringList{});
}

TEST_F(ConditionSqlTest, OuterConditionsAndInnerConditionsCombine) {
    person(QStringLiteral("李师傅"));
    person(QStringLiteral("王老师"), QStringLiteral("teacher"));
    const Condition unchecked = related(Op::NotExists, QStringLiteral("morning-checks"), {kByPerson});
    EXPECT_EQ(staffWhere({unchecked}), (QStringList{QStringLiteral("李师傅"), QStringLiteral("王老师")}));
    EXPECT_EQ(staffWhere({is(QStringLiteral("post"), QStringLiteral("canteen")), unchecked}),
              QStringList{QStringLiteral("李师傅")});
    // Inner conditions narrow what is looked for: a fever check is not any check.
    check(QStringLiteral("李师傅"), kToday);
    EXPECT_EQ(staffWhere({related(Op::Exists, QStringLiteral("morning-checks"), {kByPerson},
                                  {{QStringLiteral("temperature_c"),
                                    Op::Ge,
                                    [](const RuleContext&) { return QVariant(37.3); },
                                    {}}})}),
              QStringList{});
    EXPECT_EQ(staffWhere({related(Op::Exists, QStringLiteral("morning-checks"), {kByPerson},
                                  {{QStringLiteral("temperature_c"),
                                    Op::Lt,
                                    [](const RuleContext&) { return QVariant(37.3); },
                                    {}}})}),
              QStringList{QStringLiteral("李师傅")});
}

TEST_F(ConditionSqlTest, NotExistsNestsInsideExistsWithItsOwnAlias) {
    // "Checked on a day without a pesticide test": morning checks and pesticide tests both have a date
    // column, so the nested link t2.date = t1.date only works if every level is qualified.
    person(QStringLiteral("李师傅"));
    person(QStringLiteral("赵阿姨"));
    check(QStringLiteral("李师傅"), kToday);
    check(QStringLiteral("赵阿姨"), kToday.addDays(-1));
    pesticideTest(kToday);
    const QPair<QString, QString> sameDay{QStringLiteral("date"), QStringLiteral("date")};
    const Condition onUntestedDay =
        related(Op::Exists, QStringLiteral("morning-checks"), {kByPerson},
                {related(Op::NotExists, QStringLiteral("pesticide-tests"), {sameDay})});
    EXPECT_EQ(staffWhere({onUntestedDay}), QStringList{QStringLiteral("赵阿姨")});
    pesticideTest(kToday.addDays(-1));
    EXPECT_EQ(staffWhere({onUntestedDay}), QStringList{});
}

TEST_F(ConditionSqlTest, AKindLookingAtItsOwnTableReachesTheOuterRow) {
    // Superseded certificates of people with no current certificate. The inner table is the outer one;
    // the outer row is reached by its table name, the inner by its alias.
    RecordKind certs = canteen::healthCertificatesKind();
    auto cert = [&](const QString& who, QDate issued) {
        return insert(certs, {{QStringLiteral("person"), who},
                              {QStringLiteral("certificate_no"), who + issued.toString(Qt::ISODate)},
                              {QStringLiteral("issue_date"), issued}});
    };
    cert(QStringLiteral("李师傅"), QDate(2024, 9, 1));
    cert(QStringLiteral("李师傅"), QDate(2025, 9, 1)); // supersedes the first (migration 0003)
    cert(QStringLiteral("赵阿姨"), QDate(2024, 9, 1));
    const qint64 last = cert(QStringLiteral("赵阿姨"), QDate(2025, 9, 1));
    RecordRepository repo(t.db(), certs);
    Record withdrawn = *repo.get(last);
    withdrawn.set(QStringLiteral("superseded"), true);
    ASSERT_TRUE(repo.update(withdrawn, test::tester()).ok());

    certs.filters = {{QStringLiteral("orphans"),
                      "",
                      {is(QStringLiteral("superseded"), true),
                       related(Op::NotExists, QStringLiteral("health-certificates"),
                               {{QStringLiteral("person"), QStringLiteral("person")}},
                               {is(QStringLiteral("superseded"), false)})}}};
    ListQuery q;
    q.filter = QStringLiteral("orphans");
    EXPECT_EQ(names(repo.list(q), QStringLiteral("certificate_no")),
              (QStringList{QStringLiteral("赵阿姨2025-09-01"), QStringLiteral("赵阿姨2024-09-01")}));
}

namespace {
// A kind with lines over migration 0004's tables, rows written directly: these test the filter, not the
// writing of lines. Deliveries A (大米 50 kg, 青菜 5 kg, with a price), B (青菜 12 kg, no price), C (none).
RecordKind deliveriesWithLines() {
    auto lines = std::make_shared<RecordKind>();
    lines->key = QStringLiteral("test-delivery-lines");
    lines->table = QStringLiteral("delivery_lines");
    lines->fields = {field::text(QStringLiteral("item"), "Item"),
                     field::decimal(QStringLiteral("quantity"), "Quantity", 2),
                     field::integer(QStringLiteral("unit_price_fen"), "Price")};
    RecordKind deliveries;
    deliveries.key = QStringLiteral("test-deliveries");
    deliveries.table = QStringLiteral("deliveries");
    deliveries.fields = {field::date(QStringLiteral("date"), "Date"),
                         field::text(QStringLiteral("supplier"), "Supplier")};
    deliveries.defaultSort = QStringLiteral("supplier");
    deliveries.defaultSortDescending = false;
    deliveries.lines = lines;
    deliveries.linesParentColumn = QStringLiteral("delivery_id");
    return deliveries;
}

void insertDeliveries(Database& db) {
    const QString meta = QStringLiteral("'2026-09-08T08:00:00', 't', '2026-09-08T08:00:00', 't'");
    for (const QString& sql :
         {QStringLiteral(
              "INSERT INTO deliveries VALUES(1, %1, '2026-09-08', 'in', 'A', NULL, 0, 'x', 'y', NULL)"),
          QStringLiteral(
              "INSERT INTO deliveries VALUES(2, %1, '2026-09-08', 'in', 'B', NULL, 0, 'x', 'y', NULL)"),
          QStringLiteral(
              "INSERT INTO deliveries VALUES(3, %1, '2026-09-08', 'in', 'C', NULL, 0, 'x', 'y', NULL)"),
          QStringLiteral("INSERT INTO delivery_lines VALUES(1, 1, 1, '大米', 50, 'kg', 400, NULL)"),
          QStringLiteral("INSERT INTO delivery_lines VALUES(2, 1, 2, '青菜', 5, 'kg', 300, NULL)"),
          QStringLiteral("INSERT INTO delivery_lines VALUES(3, 2, 1, '青菜', 12, 'kg', NULL, NULL)")})
        ASSERT_TRUE(Query::run(db, sql.contains(QLatin1String("%1")) ? sql.arg(meta) : sql).ok());
}

// The SQL ConditionSql writes for `conditions` on `kind`, placeholders numbered from :p0.
QString sqlOf(const RecordKind& kind, const QList<Condition>& conditions, const RuleContext& ctx,
              const ConditionSql::Resolve& resolve = ConditionSql::Resolve(findKind)) {
    int n = 0;
    return ConditionSql::build(
        kind, kind.table, conditions, ctx, [&](const QVariant&) { return QStringLiteral(":p%1").arg(n++); },
        resolve);
}
} // namespace

TEST_F(ConditionSqlTest, ItemLinesAreLinkedToTheirRecord) {
    RecordKind deliveries = deliveriesWithLines();
    insertDeliveries(t.db());
    auto suppliers = [&](QList<Condition> conditions) {
        deliveries.filters = {{QStringLiteral("f"), "", std::move(conditions)}};
        ListQuery q;
        q.filter = QStringLiteral("f");
        RecordRepository repo(t.db(), deliveries);
        const QStringList out = names(repo.list(q), QStringLiteral("supplier"));
        EXPECT_EQ(repo.count(q).value(), out.size()) << "count() and list() agree";
        return out;
    };
    const QString self = deliveries.key;
    const Condition greens = is(QStringLiteral("item"), QStringLiteral("青菜"));
    EXPECT_EQ(suppliers({related(Op::Exists, self, {}, {greens}, true)}),
              (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    EXPECT_EQ(suppliers({related(Op::Exists, self, {}, {is(QStringLiteral("item"), QStringLiteral("大米"))},
                                 true)}),
              QStringList{QStringLiteral("A")});
    EXPECT_EQ(suppliers({related(Op::NotExists, self, {}, {}, true)}), QStringList{QStringLiteral("C")});
    EXPECT_EQ(suppliers({related(Op::Exists, self, {}, {}, true)}),
              (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    EXPECT_EQ(
        suppliers({related(
            Op::Exists, self, {},
            {{QStringLiteral("quantity"), Op::Gt, [](const RuleContext&) { return QVariant(10.0); }, {}}},
            true)}),
        (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    // Lines with an empty column, on both sides: B's greens have no price, A's lines all have one.
    const Condition noPrice{QStringLiteral("unit_price_fen"), Op::IsNull};
    EXPECT_EQ(suppliers({related(Op::Exists, self, {}, {noPrice}, true)}), QStringList{QStringLiteral("B")});
    EXPECT_EQ(suppliers({related(Op::NotExists, self, {}, {noPrice}, true)}),
              (QStringList{QStringLiteral("A"), QStringLiteral("C")}))
        << "C has no lines at all, so none without a price";
    const Condition priced{QStringLiteral("unit_price_fen"), Op::Lt,
                           [](const RuleContext&) { return QVariant(350); }};
    EXPECT_EQ(suppliers({related(Op::Exists, self, {}, {priced}, true)}), QStringList{QStringLiteral("A")})
        << "an empty price is not below 350";
    EXPECT_EQ(suppliers({related(Op::NotExists, self, {}, {priced}, true)}),
              (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
    // With another condition beside it, and inside an alternative, the same records.
    EXPECT_EQ(suppliers({is(QStringLiteral("supplier"), QStringLiteral("B")),
                         related(Op::Exists, self, {}, {greens}, true)}),
              QStringList{QStringLiteral("B")});
    EXPECT_EQ(suppliers({Condition::anyOf({is(QStringLiteral("supplier"), QStringLiteral("C")),
                                           related(Op::Exists, self, {}, {noPrice}, true)})}),
              (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
    // The lines of another kind (or of a kind without lines) are not this record's lines.
    EXPECT_EQ(suppliers({related(Op::NotExists, QStringLiteral("staff"), {}, {}, true)}), QStringList{});
}

TEST_F(ConditionSqlTest, AnExistsOnItsOwnLinesAloneReadsTheMatchingLinesFirst) {
    // Written as an IN list, so an index on the lines' conditions drives the query (issue #15); with
    // another condition beside it, or as NotExists, the correlated subquery stays.
    const RecordKind deliveries = deliveriesWithLines();
    const RuleContext ctx = t->ruleContext();
    const Condition greens = is(QStringLiteral("item"), QStringLiteral("青菜"));
    EXPECT_EQ(sqlOf(deliveries, {related(Op::Exists, deliveries.key, {}, {greens}, true)}, ctx),
              QStringLiteral("deliveries.id IN (SELECT t1.delivery_id FROM delivery_lines AS t1 WHERE "
                             "t1.item = :p0)"));
    EXPECT_EQ(sqlOf(deliveries, {related(Op::Exists, deliveries.key, {}, {}, true)}, ctx),
              QStringLiteral("deliveries.id IN (SELECT t1.delivery_id FROM delivery_lines AS t1)"));
    EXPECT_EQ(sqlOf(deliveries,
                    {is(QStringLiteral("supplier"), QStringLiteral("A")),
                     related(Op::Exists, deliveries.key, {}, {greens}, true)},
                    ctx),
              QStringLiteral("deliveries.supplier = :p0 AND EXISTS (SELECT 1 FROM delivery_lines AS t1 WHERE "
                             "t1.delivery_id = deliveries.id AND t1.item = :p1)"));
    EXPECT_EQ(sqlOf(deliveries, {related(Op::NotExists, deliveries.key, {}, {greens}, true)}, ctx),
              QStringLiteral("NOT EXISTS (SELECT 1 FROM delivery_lines AS t1 WHERE t1.delivery_id = "
                             "deliveries.id AND t1.item = :p0)"));
    // A link by name, not by the record's id, stays correlated (the staff filters' plans need it).
    EXPECT_EQ(sqlOf(staff, {related(Op::Exists, QStringLiteral("morning-checks"), {kByPerson})}, ctx),
              QStringLiteral("EXISTS (SELECT 1 FROM morning_checks AS t1 WHERE t1.person = staff.name)"));
}

TEST_F(ConditionSqlTest, RecordsLinkedByTheOuterIdMayHaveAnEmptyLink) {
    // Notes that name a delivery by its id, or none. A note without a delivery belongs to no delivery:
    // it must neither make every delivery match an Exists nor hide every delivery from a NotExists
    // (NULL in an IN list makes "id NOT IN (...)" never true).
    const RecordKind deliveries = deliveriesWithLines();
    insertDeliveries(t.db());
    ASSERT_TRUE(Query::run(t.db(), QStringLiteral("CREATE TABLE test_notes (id INTEGER PRIMARY KEY, "
                                                  "delivery_id INTEGER, note TEXT) STRICT"))
                    .ok());
    ASSERT_TRUE(Query::run(t.db(), QStringLiteral("INSERT INTO test_notes VALUES (1, 1, 'late'), "
                                                  "(2, NULL, 'late'), (3, NULL, 'short')"))
                    .ok());
    RecordKind notes;
    notes.key = QStringLiteral("test-notes");
    notes.table = QStringLiteral("test_notes");
    notes.fields = {field::integer(QStringLiteral("delivery_id"), "Delivery"),
                    field::text(QStringLiteral("note"), "Note")};
    const ConditionSql::Resolve resolve = [&](const QString& key) -> const RecordKind* {
        return key == notes.key ? &notes : nullptr;
    };
    const RuleContext ctx = t->ruleContext();
    const QPair<QString, QString> byId{QStringLiteral("delivery_id"), QStringLiteral("id")};
    auto suppliers = [&](const Condition& c) {
        QVariantMap binds;
        const QString where = ConditionSql::build(
            deliveries, deliveries.table, {c}, ctx,
            [&](const QVariant& v) {
                const QString name = QStringLiteral(":p%1").arg(binds.size());
                binds.insert(name, v);
                return name;
            },
            resolve);
        Query q(t.db(), QStringLiteral("SELECT supplier FROM deliveries WHERE ") + where +
                            QStringLiteral(" ORDER BY supplier"));
        for (auto it = binds.cbegin(); it != binds.cend(); ++it)
            q.bind(it.key(), it.value());
        EXPECT_TRUE(q.exec().ok());
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    const Condition late = is(QStringLiteral("note"), QStringLiteral("late"));
    const Condition shortNote = is(QStringLiteral("note"), QStringLiteral("short"));
    EXPECT_EQ(sqlOf(deliveries, {related(Op::Exists, notes.key, {byId}, {late})}, ctx, resolve),
              QStringLiteral("deliveries.id IN (SELECT t1.delivery_id FROM test_notes AS t1 WHERE "
                             "t1.delivery_id IS NOT NULL AND t1.note = :p0)"));
    EXPECT_EQ(suppliers(related(Op::Exists, notes.key, {byId}, {late})), QStringList{QStringLiteral("A")});
    EXPECT_EQ(suppliers(related(Op::Exists, notes.key, {byId}, {shortNote})), QStringList{});
    EXPECT_EQ(suppliers(related(Op::Exists, notes.key, {byId})), QStringList{QStringLiteral("A")});
    EXPECT_EQ(suppliers(related(Op::NotExists, notes.key, {byId}, {late})),
              (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
    EXPECT_EQ(suppliers(related(Op::NotExists, notes.key, {byId}, {shortNote})),
              (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    EXPECT_EQ(suppliers(related(Op::NotExists, notes.key, {byId})),
              (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
}

TEST_F(ConditionSqlTest, AnUnknownKindOrFieldMatchesNothing) {
    person(QStringLiteral("李师傅"));
    person(QStringLiteral("赵阿姨"));
    check(QStringLiteral("李师傅"), kToday);
    ASSERT_EQ(staffWhere({related(Op::NotExists, QStringLiteral("morning-checks"), {kByPerson})}).size(), 1);
    // A broken NotExists must not turn into "matches everybody".
    EXPECT_EQ(staffWhere({related(Op::NotExists, QStringLiteral("no-such-kind"), {kByPerson})}),
              QStringList{});
    EXPECT_EQ(staffWhere({related(Op::Exists, QStringLiteral("no-such-kind"), {kByPerson})}), QStringList{});
    EXPECT_EQ(staffWhere({related(Op::NotExists, QStringLiteral("morning-checks"),
                                  {{QStringLiteral("nobody"), QStringLiteral("name")}})}),
              QStringList{});
    EXPECT_EQ(staffWhere({related(Op::NotExists, QStringLiteral("morning-checks"),
                                  {{QStringLiteral("person"), QStringLiteral("nickname")}})}),
              QStringList{});
    EXPECT_EQ(staffWhere({related(Op::NotExists, QStringLiteral("morning-checks"), {kByPerson},
                                  {is(QStringLiteral("verdict"), QStringLiteral("fit"))})}),
              QStringList{})
        << "a derived field is not stored and cannot be filtered in SQL";
    EXPECT_EQ(staffWhere({{{}, Op::NotExists, {}, {}}}), QStringList{}) << "no related query";
    EXPECT_EQ(staffWhere({is(QStringLiteral("no_such_field"), 1)}), QStringList{});

    QString problem;
    QVariantMap binds;
    const QString sql = ConditionSql::build(
        staff, staff.table, {related(Op::NotExists, QStringLiteral("no-such-kind"), {kByPerson})},
        t->ruleContext(),
        [&](const QVariant& v) {
            binds.insert(QStringLiteral(":p%1").arg(binds.size()), v);
            return QStringLiteral(":p%1").arg(binds.size() - 1);
        },
        &problem);
    EXPECT_EQ(sql, QStringLiteral("0"));
    EXPECT_TRUE(problem.contains(QStringLiteral("no-such-kind"))) << problem.toStdString();
}

TEST_F(ConditionSqlTest, ValuesAreBoundNotSpliced) {
    QStringList bound;
    const QString hostile = QStringLiteral("x' OR 1=1 --");
    const QString sql =
        ConditionSql::build(staff, staff.table,
                            {is(QStringLiteral("post"), QStringLiteral("canteen")),
                             related(Op::NotExists, QStringLiteral("morning-checks"), {kByPerson},
                                     {is(QStringLiteral("checked_by"), hostile)})},
                            t->ruleContext(), [&](const QVariant& v) {
                                bound << v.toString();
                                return QStringLiteral(":p%1").arg(bound.size() - 1);
                            });
    EXPECT_EQ(sql, QStringLiteral("staff.post = :p0 AND NOT EXISTS (SELECT 1 FROM morning_checks AS t1 WHERE "
                                  "t1.person = staff.name AND t1.checked_by = :p1)"));
    EXPECT_EQ(bound, (QStringList{QStringLiteral("canteen"), hostile}));
}

TEST_F(ConditionSqlTest, SearchSortingAndPagingStillWorkWithSuchAFilter) {
    for (const QString& n : {QStringLiteral("王师傅"), QStringLiteral("王阿姨"), QStringLiteral("李师傅"),
                             QStringLiteral("赵师傅")})
        person(n);
    check(QStringLiteral("赵师傅"), kToday);
    const QList<Condition> unchecked{related(
        Op::NotExists, QStringLiteral("morning-checks"), {kByPerson},
        {{QStringLiteral("date"), Op::Eq, [](const RuleContext& c) { return QVariant(c.now.date()); }, {}}})};
    EXPECT_EQ(staffWhere(unchecked),
              (QStringList{QStringLiteral("李师傅"), QStringLiteral("王师傅"), QStringLiteral("王阿姨")}))
        << "default sort: name ascending";
    ListQuery search;
    search.search = QStringLiteral("王");
    EXPECT_EQ(staffWhere(unchecked, search),
              (QStringList{QStringLiteral("王师傅"), QStringLiteral("王阿姨")}));
    search.search = QStringLiteral("赵"); // matches a name, but that one is checked
    EXPECT_EQ(staffWhere(unchecked, search), QStringList{});
    ListQuery sorted;
    sorted.sortField = QStringLiteral("name");
    sorted.sortDescending = true;
    EXPECT_EQ(staffWhere(unchecked, sorted),
              (QStringList{QStringLiteral("王阿姨"), QStringLiteral("王师傅"), QStringLiteral("李师傅")}));
    sorted.limit = 2;
    sorted.offset = 1;
    staff.filters = {{QStringLiteral("f"), "", unchecked}};
    sorted.filter = QStringLiteral("f");
    EXPECT_EQ(names(RecordRepository(t.db(), staff).list(sorted)),
              (QStringList{QStringLiteral("王师傅"), QStringLiteral("李师傅")}));
    ListQuery byPost;
    byPost.equals << qMakePair(QStringLiteral("post"), QVariant(QStringLiteral("canteen")));
    byPost.from = kToday; // staff has no date field: ignored
    EXPECT_EQ(staffWhere(unchecked, byPost).size(), 3);
}

TEST(ConditionSqlDeclarations, EveryDeclaredFilterBuildsAndRuns) {
    // A typo in a declaration would otherwise silently show an empty list.
    test::TempDb t;
    for (const RecordKind* kind : allKinds())
        for (const FilterDef& f : kind->filters) {
            SCOPED_TRACE((kind->key + QLatin1Char('/') + f.key).toStdString());
            QString problem;
            int n = 0;
            const QString sql = ConditionSql::build(
                *kind, kind->table, f.conditions, t->ruleContext(),
                [&](const QVariant&) { return QStringLiteral(":p%1").arg(n++); }, &problem);
            EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
            EXPECT_NE(sql, QStringLiteral("0"));
            ListQuery q;
            q.filter = f.key;
            EXPECT_TRUE(RecordRepository(t.db(), *kind).count(q).ok());
        }
}
