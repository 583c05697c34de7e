// Being ready: responsibility agreements, emergency plans, drills and duty rosters.
#include "SafetyCommon.h"
#include "SafetyKinds.h"

namespace houqin::safety {

namespace {

RecordKind declareAgreements() {
    RecordKind k;
    k.key = QStringLiteral("responsibility-agreements");
    k.table = QStringLiteral("responsibility_agreements");
    k.label = QT_TRANSLATE_NOOP("Fields", "Responsibility agreements");
    k.fields = {
        field::text(QStringLiteral("semester"), QT_TRANSLATE_NOOP("Fields", "Semester"))
            .maxLen(50)
            .carry()
            .suggest(QStringLiteral("semesters"), QStringLiteral("name")),
        field::person(QStringLiteral("person"), QT_TRANSLATE_NOOP("Fields", "Person")).req(),
        field::choice(QStringLiteral("agreement_kind"), QT_TRANSLATE_NOOP("Fields", "Agreement"),
                      {{QStringLiteral("safety"),
                        QT_TRANSLATE_NOOP("Fields", "Safety responsibility agreement"),
                        {QStringLiteral("安全责任书")}},
                       {QStringLiteral("post"),
                        QT_TRANSLATE_NOOP("Fields", "Post responsibility agreement"),
                        {QStringLiteral("岗位责任书")}}})
            .req()
            .def(QStringLiteral("safety"))
            .carry(),
        field::date(QStringLiteral("signed_on"), QT_TRANSLATE_NOOP("Fields", "Signed on")).req().carry(),
        field::longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    k.dateField = QStringLiteral("signed_on");
    k.defaultSort = QStringLiteral("signed_on");
    k.titleField = QStringLiteral("person");
    k.prefill = [](Record& r, const Record* previous, const RuleContext& c) {
        if (!previous)
            r.set(QStringLiteral("signed_on"), c.now.date());
    };
    return k;
}

RecordKind declarePlans() {
    RecordKind k;
    k.key = QStringLiteral("emergency-plans");
    k.table = QStringLiteral("emergency_plans");
    k.label = QT_TRANSLATE_NOOP("Fields", "Emergency plans");
    k.fields = {
        field::text(QStringLiteral("title"), QT_TRANSLATE_NOOP("Fields", "Title")).req().maxLen(100),
        field::choice(
            QStringLiteral("plan_kind"), QT_TRANSLATE_NOOP("Fields", "Kind"),
            {{QStringLiteral("fire"), QT_TRANSLATE_NOOP("Fields", "Fire"), {QStringLiteral("消防")}},
             {QStringLiteral("earthquake"),
              QT_TRANSLATE_NOOP("Fields", "Earthquake"),
              {QStringLiteral("地震")}},
             {QStringLiteral("abduction"),
              QT_TRANSLATE_NOOP("Fields", "Abduction"),
              {QStringLiteral("防拐骗")}},
             {QStringLiteral("food-poisoning"),
              QT_TRANSLATE_NOOP("Fields", "Food poisoning"),
              {QStringLiteral("食物中毒")}},
             {QStringLiteral("epidemic"),
              QT_TRANSLATE_NOOP("Fields", "Infectious disease"),
              {QStringLiteral("传染病")}},
             {QStringLiteral("weather"),
              QT_TRANSLATE_NOOP("Fields", "Severe weather"),
              {QStringLiteral("防汛防台")}},
             {QStringLiteral("other"), QT_TRANSLATE_NOOP("Fields", "Other"), {QStringLiteral("其他")}}})
            .req(),
        field::person(QStringLiteral("owner"), QT_TRANSLATE_NOOP("Fields", "Owner")),
        field::date(QStringLiteral("last_reviewed"), QT_TRANSLATE_NOOP("Fields", "Last reviewed")),
        field::longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    k.dateField = QStringLiteral("last_reviewed");
    k.defaultSort = QStringLiteral("title");
    k.defaultSortDescending = false;
    k.titleField = QStringLiteral("title");
    k.photos = true;
    return k;
}

RecordKind declareDrills() {
    RecordKind k;
    k.key = QStringLiteral("drills");
    k.table = QStringLiteral("drills");
    k.label = QT_TRANSLATE_NOOP("Fields", "Emergency drills");
    k.fields = {
        field::date(QStringLiteral("date"), QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::choice(
            QStringLiteral("drill_kind"), QT_TRANSLATE_NOOP("Fields", "Kind"),
            {{QStringLiteral("fire"), QT_TRANSLATE_NOOP("Fields", "Fire"), {QStringLiteral("消防")}},
             {QStringLiteral("earthquake"),
              QT_TRANSLATE_NOOP("Fields", "Earthquake"),
              {QStringLiteral("地震")}},
             {QStringLiteral("abduction"),
              QT_TRANSLATE_NOOP("Fields", "Abduction"),
              {QStringLiteral("防拐骗")}},
             {QStringLiteral("other"), QT_TRANSLATE_NOOP("Fields", "Other"), {QStringLiteral("其他")}}})
            .req(),
        field::campus(QStringLiteral("campus"), QT_TRANSLATE_NOOP("Fields", "Campus")).req().carry(),
        field::integer(QStringLiteral("participants"), QT_TRANSLATE_NOOP("Fields", "Participants"))
            .range(0, 5000),
        field::integer(QStringLiteral("evacuation_seconds"), QT_TRANSLATE_NOOP("Fields", "Evacuation time"))
            .range(0, 3600)
            .unitText(QT_TRANSLATE_NOOP("Units", "s")),
        field::longText(QStringLiteral("problems"), QT_TRANSLATE_NOOP("Fields", "Problems found")),
    };
    k.dateField = QStringLiteral("date");
    k.defaultSort = QStringLiteral("date");
    k.titleField = QStringLiteral("drill_kind");
    k.filters = {{QStringLiteral("this-quarter"),
                  QT_TRANSLATE_NOOP("Fields", "This quarter"),
                  {inThisQuarter(QStringLiteral("date"))}}};
    k.prefill = [](Record& r, const Record*, const RuleContext& c) {
        r.set(QStringLiteral("date"), c.now.date());
    };
    k.photos = true;
    return k;
}

RecordKind declareDuty() {
    RecordKind k;
    k.key = QStringLiteral("duty-rosters");
    k.table = QStringLiteral("duty_rosters");
    k.label = QT_TRANSLATE_NOOP("Fields", "Duty rosters");
    k.fields = {
        field::date(QStringLiteral("date"), QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::choice(QStringLiteral("duty_kind"), QT_TRANSLATE_NOOP("Fields", "Duty"),
                      {{QStringLiteral("leader"),
                        QT_TRANSLATE_NOOP("Fields", "Leader on duty"),
                        {QStringLiteral("领导带班")}},
                       {QStringLiteral("24h"),
                        QT_TRANSLATE_NOOP("Fields", "24-hour duty"),
                        {QStringLiteral("24小时值班")}},
                       {QStringLiteral("winter"),
                        QT_TRANSLATE_NOOP("Fields", "Winter holiday duty"),
                        {QStringLiteral("寒假值班")}}})
            .req()
            .carry(),
        field::person(QStringLiteral("person"), QT_TRANSLATE_NOOP("Fields", "Person")).req(),
        field::text(QStringLiteral("phone"), QT_TRANSLATE_NOOP("Fields", "Phone"))
            .maxLen(20)
            .matches(QStringLiteral("[0-9+\\- ]{5,20}"),
                     QT_TRANSLATE_NOOP("Fields", "digits, spaces, + and -")),
        field::text(QStringLiteral("shift"), QT_TRANSLATE_NOOP("Fields", "Shift")).maxLen(50).carry(),
        field::longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    k.dateField = QStringLiteral("date");
    k.defaultSort = QStringLiteral("date");
    k.titleField = QStringLiteral("person");
    k.filters = {
        {QStringLiteral("today"), QT_TRANSLATE_NOOP("Fields", "Today"), {isToday(QStringLiteral("date"))}}};
    k.prefill = [](Record& r, const Record* previous, const RuleContext& c) {
        // Rosters are typed day after day.
        const QDate last = previous ? previous->value(QStringLiteral("date")).toDate() : QDate();
        r.set(QStringLiteral("date"),
              last.isValid() && last >= c.now.date() ? last.addDays(1) : c.now.date());
    };
    return k;
}

} // namespace

const RecordKind& responsibilityAgreementsKind() {
    static const RecordKind k = declareAgreements();
    return k;
}

const RecordKind& emergencyPlansKind() {
    static const RecordKind k = declarePlans();
    return k;
}

const RecordKind& drillsKind() {
    static const RecordKind k = declareDrills();
    return k;
}

const RecordKind& dutyRostersKind() {
    static const RecordKind k = declareDuty();
    return k;
}

} // namespace houqin::safety
