#include "Menus.h"

#include "CanteenCommon.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace houqin::canteen {

namespace {

const QString kWeekStart = QStringLiteral("week_start");
const QString kPublished = QStringLiteral("published_on");
const QString kWeekday = QStringLiteral("weekday");
const QString kMeal = QStringLiteral("meal");
const QString kDishes = QStringLiteral("dishes");

void rules(const Record& r, const RuleContext&, Issues& out) {
    const QDate monday = r.value(kWeekStart).toDate();
    if (monday.dayOfWeek() != Qt::Monday)
        out << Issue::error(kWeekStart,
                            QCoreApplication::translate("Menus",
                                                        "A menu's week starts on a Monday; %1 is not one "
                                                        "(that week's Monday is %2).")
                                .arg(monday.toString(Qt::ISODate), weekMonday(monday).toString(Qt::ISODate)));
    const QDate published = r.value(kPublished).toDate();
    if (published.isValid() && published > monday.addDays(6))
        out << Issue::warning(kPublished, QCoreApplication::translate(
                                              "Menus", "Published after the week it is for had ended."));
    QSet<QPair<QString, QString>> seen;
    for (qsizetype i = 0; i < r.lines.size(); ++i) {
        const QPair<QString, QString> cell{r.lines.at(i).value(kWeekday).toString(),
                                           r.lines.at(i).value(kMeal).toString()};
        if (seen.contains(cell))
            out << Issue::error(lineIssueField(i, kMeal),
                                QCoreApplication::translate("Menus",
                                                            "This day and meal is already on the menu: "
                                                            "put all its dishes in one line."));
        seen.insert(cell);
    }
}

std::shared_ptr<const RecordKind> declareLines() {
    auto k = std::make_shared<RecordKind>();
    k->key = QStringLiteral("menu-lines");
    k->table = QStringLiteral("menu_lines");
    k->label = QT_TRANSLATE_NOOP("Fields", "Dishes by day and meal");
    FieldDef meal = mealField();
    meal.required = true;
    k->fields = {
        field::choice(kWeekday, QT_TRANSLATE_NOOP("Fields", "Day"),
                      {
                          {QStringLiteral("1"),
                           QT_TRANSLATE_NOOP("Fields", "Monday"),
                           {QStringLiteral("周一"), QStringLiteral("星期一")}},
                          {QStringLiteral("2"),
                           QT_TRANSLATE_NOOP("Fields", "Tuesday"),
                           {QStringLiteral("周二"), QStringLiteral("星期二")}},
                          {QStringLiteral("3"),
                           QT_TRANSLATE_NOOP("Fields", "Wednesday"),
                           {QStringLiteral("周三"), QStringLiteral("星期三")}},
                          {QStringLiteral("4"),
                           QT_TRANSLATE_NOOP("Fields", "Thursday"),
                           {QStringLiteral("周四"), QStringLiteral("星期四")}},
                          {QStringLiteral("5"),
                           QT_TRANSLATE_NOOP("Fields", "Friday"),
                           {QStringLiteral("周五"), QStringLiteral("星期五")}},
                          {QStringLiteral("6"),
                           QT_TRANSLATE_NOOP("Fields", "Saturday"),
                           {QStringLiteral("周六"), QStringLiteral("星期六")}},
                          {QStringLiteral("7"),
                           QT_TRANSLATE_NOOP("Fields", "Sunday"),
                           {QStringLiteral("周日"), QStringLiteral("星期日"), QStringLiteral("周天")}},
                      })
            .req(),
        meal,
        field::text(kDishes, QT_TRANSLATE_NOOP("Fields", "Dishes")).req().maxLen(500),
    };
    return k;
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("menus");
    k.table = QStringLiteral("menus");
    k.label = QT_TRANSLATE_NOOP("Fields", "Weekly menus");
    k.fields = {
        field::date(kWeekStart, QT_TRANSLATE_NOOP("Fields", "Week of (Monday)")).req(),
        field::campus(QStringLiteral("campus"), QT_TRANSLATE_NOOP("Fields", "Campus")),
        field::date(kPublished, QT_TRANSLATE_NOOP("Fields", "Published on")),
        field::longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    k.derived = {
        {field::choice(QStringLiteral("publication"), QT_TRANSLATE_NOOP("Fields", "Publication"),
                       {
                           {QStringLiteral("draft"),
                            QT_TRANSLATE_NOOP("Fields", "Not published"),
                            {QStringLiteral("未公示")}},
                           {QStringLiteral("on-time"),
                            QT_TRANSLATE_NOOP("Fields", "Published on time"),
                            {QStringLiteral("按时公示")}},
                           {QStringLiteral("late"),
                            QT_TRANSLATE_NOOP("Fields", "Published late"),
                            {QStringLiteral("逾期公示")}},
                       }),
         [](const Record& r, const RuleContext&) {
             return QVariant(menuPublicationKey(menuPublication(r)));
         }},
        {field::integer(QStringLiteral("meal_count"), QT_TRANSLATE_NOOP("Fields", "Meals planned")),
         [](const Record& r, const RuleContext&) { return QVariant::fromValue<qint64>(r.lines.size()); }},
    };
    k.listColumns = {kWeekStart, QStringLiteral("campus"), kPublished, QStringLiteral("publication"),
                     QStringLiteral("meal_count")};
    k.dateField = kWeekStart;
    k.defaultSort = kWeekStart;
    k.titleField = kWeekStart;
    k.searchFields = {QStringLiteral("notes")};
    using Op = Condition::Op;
    auto mondayIn = [](int weeks) {
        return
            [weeks](const RuleContext& c) { return QVariant(weekMonday(c.now.date()).addDays(7 * weeks)); };
    };
    const Condition published{kPublished, Op::NotNull};
    k.filters = {
        {QStringLiteral("this-week"),
         QT_TRANSLATE_NOOP("Fields", "This week"),
         {{kWeekStart, Op::Eq, mondayIn(0)}}},
        {QStringLiteral("this-week-published"),
         QT_TRANSLATE_NOOP("Fields", "This week, published"),
         {{kWeekStart, Op::Eq, mondayIn(0)}, published}},
        {QStringLiteral("next-week-published"),
         QT_TRANSLATE_NOOP("Fields", "Next week, published"),
         {{kWeekStart, Op::Eq, mondayIn(1)}, published}},
        {QStringLiteral("unpublished"),
         QT_TRANSLATE_NOOP("Fields", "Not published"),
         {{kPublished, Op::IsNull}}},
    };
    // Today's meals on this week's menu that have no food sample yet: "a meal without samples".
    auto today = [](const RuleContext& c) { return QVariant(c.now.date()); };
    auto noSample = std::make_shared<RelatedQuery>();
    noSample->kindKey = QStringLiteral("food-samples");
    noSample->links = {{kMeal, kMeal}};
    noSample->conditions = {{QStringLiteral("date"), Op::Eq, today}};
    auto todaysMeals = std::make_shared<RelatedQuery>();
    todaysMeals->kindKey = k.key;
    todaysMeals->lines = true;
    todaysMeals->conditions = {
        {kWeekday, Op::Eq,
         [](const RuleContext& c) { return QVariant(QString::number(c.now.date().dayOfWeek())); }},
        {Op::NotExists, noSample},
    };
    k.filters << FilterDef{QStringLiteral("meal-without-samples"),
                           QT_TRANSLATE_NOOP("Fields", "A meal today without samples"),
                           {{kWeekStart, Op::Eq, mondayIn(0)}, {Op::Exists, todaysMeals}}};
    k.constraints = {
        {QStringLiteral("This week already has a menu for this campus"), kWeekStart,
         QT_TRANSLATE_NOOP("Constraints",
                           "This week already has a menu for this campus; edit that menu instead.")},
        {QStringLiteral("UNIQUE constraint failed: index 'menus_week'"), kWeekStart,
         QT_TRANSLATE_NOOP("Constraints",
                           "This week already has a menu for this campus; edit that menu instead.")},
    };
    k.rules = rules;
    k.lines = declareLines();
    k.linesParentColumn = QStringLiteral("menu_id");
    k.prefill = [](Record& fresh, const Record*, const RuleContext& c) {
        // A new menu is usually next week's.
        fresh.set(kWeekStart, weekMonday(c.now.date()).addDays(7));
    };
    return k;
}

} // namespace

const RecordKind& menusKind() {
    static const RecordKind k = declare();
    return k;
}

QDate weekMonday(QDate day) {
    return day.addDays(1 - day.dayOfWeek());
}

MenuPublication menuPublication(const Record& menu) {
    const QDate published = menu.value(kPublished).toDate();
    if (!published.isValid())
        return MenuPublication::Draft;
    return published <= menu.value(kWeekStart).toDate() ? MenuPublication::OnTime : MenuPublication::Late;
}

QString menuPublicationKey(MenuPublication p) {
    switch (p) {
    case MenuPublication::Draft:
        return QStringLiteral("draft");
    case MenuPublication::OnTime:
        return QStringLiteral("on-time");
    case MenuPublication::Late:
        return QStringLiteral("late");
    }
    return {};
}

QString menuDishes(const Record& menu, int weekday, const QString& meal) {
    const QString day = QString::number(weekday);
    for (const Record& line : menu.lines)
        if (line.value(kWeekday).toString() == day && line.value(kMeal).toString() == meal)
            return line.value(kDishes).toString();
    return {};
}

QStringList splitDishes(const QString& cell) {
    static const QRegularExpression sep(QStringLiteral("[、，,；;\\n]+"));
    QStringList out;
    for (const QString& d : cell.split(sep, Qt::SkipEmptyParts))
        if (const QString t = d.trimmed(); !t.isEmpty())
            out << t;
    return out;
}

} // namespace houqin::canteen
