// The gate (门卫): visitors, early pickups and the guards' log.
#include "SafetyCommon.h"
#include "SafetyKinds.h"

#include <QCoreApplication>

namespace houqin::safety {

namespace {

QString masked(const QVariant& v) {
    return maskedIdNumber(v.toString());
}

void visitorRules(const Record& r, const RuleContext& c, Issues& out) {
    const QDateTime in = r.value(QStringLiteral("time_in")).toDateTime();
    const QDateTime outAt = r.value(QStringLiteral("time_out")).toDateTime();
    if (in.isValid() && outAt.isValid() && outAt < in)
        out << Issue::error(QStringLiteral("time_out"),
                            QCoreApplication::translate("Visitors", "The visitor left before arriving."));
    if (!r.isEmpty(QStringLiteral("temperature_c")) &&
        !visitorAdmitted(r.value(QStringLiteral("temperature_c")).toDouble(), c.settings))
        out << Issue::warning(QStringLiteral("temperature_c"),
                              QCoreApplication::translate("Visitors",
                                                          "%1 °C is at or above %2 °C: the visitor is not "
                                                          "admitted. The visit is kept on record.")
                                  .arg(r.value(QStringLiteral("temperature_c")).toDouble(), 0, 'f', 1)
                                  .arg(c.settings.feverThresholdC, 0, 'f', 1));
}

RecordKind declareVisitors() {
    RecordKind k;
    k.key = QStringLiteral("visitors");
    k.table = QStringLiteral("visitors");
    k.label = QT_TRANSLATE_NOOP("Fields", "Visitors");
    k.fields = {
        field::dateTime(QStringLiteral("time_in"), QT_TRANSLATE_NOOP("Fields", "Time in")).req(),
        field::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("Fields", "Name")).req().maxLen(50),
        field::text(QStringLiteral("phone"), QT_TRANSLATE_NOOP("Fields", "Phone"))
            .maxLen(20)
            .matches(QStringLiteral("[0-9+\\- ]{5,20}"),
                     QT_TRANSLATE_NOOP("Fields", "digits, spaces, + and -")),
        field::text(QStringLiteral("id_number"), QT_TRANSLATE_NOOP("Fields", "ID number"))
            .maxLen(18)
            .matches(QStringLiteral("[0-9]{17}[0-9Xx]"),
                     QT_TRANSLATE_NOOP("Fields", "18 characters: 17 digits, then a digit or X"))
            .masked(masked, isMaskedIdNumber),
        field::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("Fields", "Organisation")).maxLen(100),
        field::text(QStringLiteral("purpose"), QT_TRANSLATE_NOOP("Fields", "Purpose")).req().maxLen(200),
        field::person(QStringLiteral("received_by"), QT_TRANSLATE_NOOP("Fields", "Received by (leader)")),
        field::decimal(QStringLiteral("temperature_c"), QT_TRANSLATE_NOOP("Fields", "Temperature"), 1)
            .range(34, 43)
            .unitText(QStringLiteral("°C")),
        field::text(QStringLiteral("checks"), QT_TRANSLATE_NOOP("Fields", "Checks done")).maxLen(200),
        field::dateTime(QStringLiteral("time_out"), QT_TRANSLATE_NOOP("Fields", "Time out")),
        field::person(QStringLiteral("guard"), QT_TRANSLATE_NOOP("Fields", "Guard")).carry(),
    };
    k.derived = {
        {field::choice(QStringLiteral("admission"), QT_TRANSLATE_NOOP("Fields", "Admission"),
                       {{QStringLiteral("admitted"),
                         QT_TRANSLATE_NOOP("Fields", "Admitted"),
                         {QStringLiteral("准予入园")}},
                        {QStringLiteral("refused"),
                         QT_TRANSLATE_NOOP("Fields", "Not admitted"),
                         {QStringLiteral("不予入园")}}}),
         [](const Record& r, const RuleContext& c) {
             if (r.isEmpty(QStringLiteral("temperature_c")))
                 return QVariant();
             return QVariant(visitorAdmitted(r.value(QStringLiteral("temperature_c")).toDouble(), c.settings)
                                 ? QStringLiteral("admitted")
                                 : QStringLiteral("refused"));
         }},
    };
    k.listColumns = {
        QStringLiteral("time_in"),       QStringLiteral("name"),      QStringLiteral("id_number"),
        QStringLiteral("unit"),          QStringLiteral("purpose"),   QStringLiteral("received_by"),
        QStringLiteral("temperature_c"), QStringLiteral("admission"), QStringLiteral("time_out")};
    k.dateField = QStringLiteral("time_in");
    k.defaultSort = QStringLiteral("time_in");
    k.titleField = QStringLiteral("name");
    k.searchFields = {QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("purpose"),
                      QStringLiteral("received_by")};
    using Op = Condition::Op;
    k.filters = {
        {QStringLiteral("today"), QT_TRANSLATE_NOOP("Fields", "Today"), {isToday(QStringLiteral("time_in"))}},
        // Came on an earlier day and never signed out (the dashboard's "not signed out").
        {QStringLiteral("not-signed-out"),
         QT_TRANSLATE_NOOP("Fields", "Not signed out"),
         {{QStringLiteral("time_out"), Op::IsNull, {}},
          {QStringLiteral("time_in"), Op::Lt,
           [](const RuleContext& c) { return QVariant(QDateTime(c.now.date(), QTime(0, 0))); }}}},
        {QStringLiteral("refused"),
         QT_TRANSLATE_NOOP("Fields", "Not admitted (fever)"),
         {{QStringLiteral("temperature_c"), Op::Ge,
           [](const RuleContext& c) { return QVariant(c.settings.feverThresholdC); }}}},
    };
    k.rules = visitorRules;
    k.prefill = [](Record& r, const Record*, const RuleContext& c) {
        r.set(QStringLiteral("time_in"),
              QDateTime(c.now.date(), QTime(c.now.time().hour(), c.now.time().minute())));
    };
    return k;
}

void pickupRules(const Record& r, const RuleContext&, Issues& out) {
    if (!r.isEmpty(QStringLiteral("left_at")) && r.isEmpty(QStringLiteral("teacher_signed_by")))
        out << Issue::error(QStringLiteral("teacher_signed_by"),
                            QCoreApplication::translate("EarlyPickups",
                                                        "A child leaves only with the class teacher's "
                                                        "signature: enter who signed."));
    const QDateTime arrived = r.value(QStringLiteral("arrived_at")).toDateTime();
    const QDateTime left = r.value(QStringLiteral("left_at")).toDateTime();
    if (arrived.isValid() && left.isValid() && left < arrived)
        out << Issue::error(
            QStringLiteral("left_at"),
            QCoreApplication::translate("EarlyPickups", "The child left before the pickup was asked for."));
}

RecordKind declarePickups() {
    RecordKind k;
    k.key = QStringLiteral("early-pickups");
    k.table = QStringLiteral("early_pickups");
    k.label = QT_TRANSLATE_NOOP("Fields", "Early pickups");
    k.fields = {
        field::dateTime(QStringLiteral("arrived_at"), QT_TRANSLATE_NOOP("Fields", "Date and time")).req(),
        field::text(QStringLiteral("child"), QT_TRANSLATE_NOOP("Fields", "Child")).req().maxLen(50),
        field::text(QStringLiteral("class_name"), QT_TRANSLATE_NOOP("Fields", "Class"))
            .req()
            .maxLen(50)
            .suggest(QStringLiteral("classes"), QStringLiteral("name")),
        field::text(QStringLiteral("collector"), QT_TRANSLATE_NOOP("Fields", "Collected by"))
            .req()
            .maxLen(50),
        field::text(QStringLiteral("relation"), QT_TRANSLATE_NOOP("Fields", "Relation")).req().maxLen(20),
        field::text(QStringLiteral("reason"), QT_TRANSLATE_NOOP("Fields", "Reason")).maxLen(200),
        field::person(QStringLiteral("teacher_signed_by"),
                      QT_TRANSLATE_NOOP("Fields", "Class teacher (signature)")),
        field::dateTime(QStringLiteral("teacher_signed_at"), QT_TRANSLATE_NOOP("Fields", "Signed at")),
        field::person(QStringLiteral("guard"), QT_TRANSLATE_NOOP("Fields", "Guard")).carry(),
        field::dateTime(QStringLiteral("left_at"), QT_TRANSLATE_NOOP("Fields", "Left at")),
    };
    k.listColumns = {
        QStringLiteral("arrived_at"),        QStringLiteral("child"),    QStringLiteral("class_name"),
        QStringLiteral("collector"),         QStringLiteral("relation"), QStringLiteral("reason"),
        QStringLiteral("teacher_signed_by"), QStringLiteral("guard"),    QStringLiteral("left_at")};
    k.dateField = QStringLiteral("arrived_at");
    k.defaultSort = QStringLiteral("arrived_at");
    k.titleField = QStringLiteral("child");
    k.searchFields = {QStringLiteral("child"), QStringLiteral("class_name"), QStringLiteral("collector")};
    k.filters = {{QStringLiteral("today"),
                  QT_TRANSLATE_NOOP("Fields", "Today"),
                  {isToday(QStringLiteral("arrived_at"))}}};
    k.rules = pickupRules;
    k.prefill = [](Record& r, const Record*, const RuleContext& c) {
        r.set(QStringLiteral("arrived_at"),
              QDateTime(c.now.date(), QTime(c.now.time().hour(), c.now.time().minute())));
    };
    return k;
}

RecordKind declareGuardLogs() {
    RecordKind k;
    k.key = QStringLiteral("guard-logs");
    k.table = QStringLiteral("guard_logs");
    k.label = QT_TRANSLATE_NOOP("Fields", "Guard logs");
    k.fields = {
        field::date(QStringLiteral("date"), QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::choice(
            QStringLiteral("shift"), QT_TRANSLATE_NOOP("Fields", "Shift"),
            {{QStringLiteral("day"), QT_TRANSLATE_NOOP("Fields", "Day shift"), {QStringLiteral("白班")}},
             {QStringLiteral("night"), QT_TRANSLATE_NOOP("Fields", "Night shift"), {QStringLiteral("夜班")}}})
            .req()
            .def(QStringLiteral("day")),
        field::person(QStringLiteral("guard"), QT_TRANSLATE_NOOP("Fields", "Guard")).req().carry(),
        field::text(QStringLiteral("patrol_times"), QT_TRANSLATE_NOOP("Fields", "Patrol times")).maxLen(200),
        field::longText(QStringLiteral("handover"), QT_TRANSLATE_NOOP("Fields", "Handover notes")),
        field::longText(QStringLiteral("unusual"), QT_TRANSLATE_NOOP("Fields", "Anything unusual")),
    };
    k.dateField = QStringLiteral("date");
    k.defaultSort = QStringLiteral("date");
    k.titleField = QStringLiteral("date");
    using Op = Condition::Op;
    k.filters = {{QStringLiteral("with-unusual"),
                  QT_TRANSLATE_NOOP("Fields", "Something unusual"),
                  {{QStringLiteral("unusual"), Op::NotNull, {}}}}};
    k.prefill = [](Record& r, const Record*, const RuleContext& c) {
        r.set(QStringLiteral("date"), c.now.date());
    };
    return k;
}

} // namespace

bool visitorAdmitted(double temperatureC, const KindergartenSettings& s) {
    // Typed to one decimal: compare in tenths, so 37.3 is never read as 37.29999.
    return qRound(temperatureC * 10) < qRound(s.feverThresholdC * 10);
}

QString maskedIdNumber(const QString& id) {
    if (id.size() <= 8)
        return id;
    return id.left(4) + QString(id.size() - 8, QLatin1Char('*')) + id.right(4);
}

bool isMaskedIdNumber(const QString& text) {
    const qsizetype stars = text.size() - 8;
    return stars > 0 && text.mid(4, stars) == QString(stars, QLatin1Char('*')) &&
           !text.left(4).contains(u'*') && !text.right(4).contains(u'*');
}

const RecordKind& visitorsKind() {
    static const RecordKind k = declareVisitors();
    return k;
}

const RecordKind& earlyPickupsKind() {
    static const RecordKind k = declarePickups();
    return k;
}

const RecordKind& guardLogsKind() {
    static const RecordKind k = declareGuardLogs();
    return k;
}

} // namespace houqin::safety
