#include "SeasonalDishes.h"

#include "CanteenCommon.h"

#include <QCoreApplication>

namespace houqin::canteen {

namespace {

const QString kMonth = QStringLiteral("month");
const QString kTerm = QStringLiteral("solar_term");

struct Term {
    const char* key;
    const char* label;   // English source
    const char* chinese; // alias, so Chinese spreadsheets import under any UI language
};

// Two terms a month, starting with 立春 in February.
const Term kTerms[24] = {
    {"lichun", QT_TRANSLATE_NOOP("Fields", "Start of Spring"), "立春"},
    {"yushui", QT_TRANSLATE_NOOP("Fields", "Rain Water"), "雨水"},
    {"jingzhe", QT_TRANSLATE_NOOP("Fields", "Awakening of Insects"), "惊蛰"},
    {"chunfen", QT_TRANSLATE_NOOP("Fields", "Spring Equinox"), "春分"},
    {"qingming", QT_TRANSLATE_NOOP("Fields", "Clear and Bright"), "清明"},
    {"guyu", QT_TRANSLATE_NOOP("Fields", "Grain Rain"), "谷雨"},
    {"lixia", QT_TRANSLATE_NOOP("Fields", "Start of Summer"), "立夏"},
    {"xiaoman", QT_TRANSLATE_NOOP("Fields", "Grain Buds"), "小满"},
    {"mangzhong", QT_TRANSLATE_NOOP("Fields", "Grain in Ear"), "芒种"},
    {"xiazhi", QT_TRANSLATE_NOOP("Fields", "Summer Solstice"), "夏至"},
    {"xiaoshu", QT_TRANSLATE_NOOP("Fields", "Minor Heat"), "小暑"},
    {"dashu", QT_TRANSLATE_NOOP("Fields", "Major Heat"), "大暑"},
    {"liqiu", QT_TRANSLATE_NOOP("Fields", "Start of Autumn"), "立秋"},
    {"chushu", QT_TRANSLATE_NOOP("Fields", "End of Heat"), "处暑"},
    {"bailu", QT_TRANSLATE_NOOP("Fields", "White Dew"), "白露"},
    {"qiufen", QT_TRANSLATE_NOOP("Fields", "Autumn Equinox"), "秋分"},
    {"hanlu", QT_TRANSLATE_NOOP("Fields", "Cold Dew"), "寒露"},
    {"shuangjiang", QT_TRANSLATE_NOOP("Fields", "Frost's Descent"), "霜降"},
    {"lidong", QT_TRANSLATE_NOOP("Fields", "Start of Winter"), "立冬"},
    {"xiaoxue", QT_TRANSLATE_NOOP("Fields", "Minor Snow"), "小雪"},
    {"daxue", QT_TRANSLATE_NOOP("Fields", "Major Snow"), "大雪"},
    {"dongzhi", QT_TRANSLATE_NOOP("Fields", "Winter Solstice"), "冬至"},
    {"xiaohan", QT_TRANSLATE_NOOP("Fields", "Minor Cold"), "小寒"},
    {"dahan", QT_TRANSLATE_NOOP("Fields", "Major Cold"), "大寒"},
};

QList<ChoiceDef> termChoices() {
    QList<ChoiceDef> out;
    for (const Term& t : kTerms)
        out << ChoiceDef{QString::fromLatin1(t.key), t.label, {QString::fromUtf8(t.chinese)}};
    return out;
}

void rules(const Record& r, const RuleContext&, Issues& out) {
    requireFirstOfMonth(r, kMonth, out);
    const QDate month = r.value(kMonth).toDate();
    const int termMonth = solarTermMonth(r.value(kTerm).toString());
    if (month.isValid() && termMonth != 0 && month.month() != termMonth)
        out << Issue::warning(
            kTerm, QCoreApplication::translate("SeasonalDishes", "%1 falls in month %2, not in month %3.")
                       .arg(trLabel(kTerms[solarTermKeys().indexOf(r.value(kTerm).toString())].label))
                       .arg(termMonth)
                       .arg(month.month()));
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("seasonal-dishes");
    k.table = QStringLiteral("seasonal_dishes");
    k.label = QT_TRANSLATE_NOOP("Fields", "Solar-term dishes");
    k.fields = {
        field::date(kMonth, QT_TRANSLATE_NOOP("Fields", "Month (first day)")).req(),
        field::choice(kTerm, QT_TRANSLATE_NOOP("Fields", "Solar term"), termChoices()).req(),
        field::text(QStringLiteral("dish"), QT_TRANSLATE_NOOP("Fields", "Dish")).req().maxLen(100),
        field::longText(QStringLiteral("description"), QT_TRANSLATE_NOOP("Fields", "Description")),
    };
    k.listColumns = {kMonth, kTerm, QStringLiteral("dish"), QStringLiteral("description")};
    k.dateField = kMonth;
    k.defaultSort = kMonth;
    k.titleField = QStringLiteral("dish");
    k.photos = true; // the dish as served
    k.rules = rules;
    k.prefill = [](Record& r, const Record*, const RuleContext& c) {
        r.set(kMonth, firstOfMonth(c.now.date()));
    };
    return k;
}

} // namespace

const RecordKind& seasonalDishesKind() {
    static const RecordKind k = declare();
    return k;
}

const QStringList& solarTermKeys() {
    static const QStringList keys = [] {
        QStringList out;
        for (const Term& t : kTerms)
            out << QString::fromLatin1(t.key);
        return out;
    }();
    return keys;
}

int solarTermMonth(const QString& termKey) {
    const qsizetype i = solarTermKeys().indexOf(termKey);
    if (i < 0)
        return 0;
    return int((i / 2 + 1) % 12) + 1; // 0,1 -> 2 (Feb) ... 20,21 -> 12, 22,23 -> 1 (Jan)
}

} // namespace houqin::canteen
